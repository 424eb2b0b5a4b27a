/**
 * How much plot the reader has chosen to see. Pages and search leave out every fact the settings do
 * not reveal, so a hidden fact is never in the DOM. A first visit gets the safe setting: nothing
 * from any episode, no webtoon plot.
 */
import { useSyncExternalStore } from 'react'
import type { Spoiler } from '@/content/schemas'

export const seasonOneEpisodeCount = 8

export type SpoilerSettings = { watchedEpisode: number; showWebtoonPlot: boolean }

// Checked by hand rather than with zod: this module is in every page's first load.
function isSpoilerSettings(value: unknown): value is SpoilerSettings {
  if (typeof value !== 'object' || value === null) return false
  const { watchedEpisode, showWebtoonPlot } = value as Record<string, unknown>
  return (
    Number.isInteger(watchedEpisode) &&
    (watchedEpisode as number) >= 0 &&
    (watchedEpisode as number) <= seasonOneEpisodeCount &&
    typeof showWebtoonPlot === 'boolean'
  )
}

export const safeSpoilerSettings: SpoilerSettings = Object.freeze({
  watchedEpisode: 0,
  showWebtoonPlot: false,
})

const storageKey = 'spoiler-settings'

export function isRevealed(spoiler: Spoiler | undefined, settings: SpoilerSettings): boolean {
  if (!spoiler) return true
  if (spoiler.kind === 'webtoon') return settings.showWebtoonPlot
  return settings.watchedEpisode >= spoiler.episode
}

/** The facts the reader may see, in their order. */
export function revealedFacts<T extends { spoiler?: Spoiler | undefined }>(
  facts: readonly T[],
  settings: SpoilerSettings,
): T[] {
  return facts.filter((entry) => isRevealed(entry.spoiler, settings))
}

/** The facts held back, for a placeholder that says what is hidden. */
export function hiddenSpoilers(
  facts: readonly { spoiler?: Spoiler | undefined }[],
  settings: SpoilerSettings,
): Spoiler[] {
  return facts.flatMap((entry) =>
    entry.spoiler && !isRevealed(entry.spoiler, settings) ? [entry.spoiler] : [],
  )
}

// Stored settings are untrusted input (another version of the site, a hand edit), so they are
// parsed, and anything unreadable falls back to the safe setting. The parsed value is cached by its
// raw string so `useSyncExternalStore` sees the same object until the setting really changes.
let cached: { raw: string | null; settings: SpoilerSettings } = {
  raw: null,
  settings: safeSpoilerSettings,
}

function readStoredRaw(): string | null {
  try {
    return localStorage.getItem(storageKey)
  } catch {
    return null
  }
}

/** What the reader chose, as stored (so another tab's choice counts too). */
export function readChosenSpoilerSettings(): SpoilerSettings {
  const raw = readStoredRaw()
  if (raw === cached.raw) return cached.settings
  let settings = safeSpoilerSettings
  if (raw !== null) {
    try {
      const parsed: unknown = JSON.parse(raw)
      if (isSpoilerSettings(parsed)) {
        settings = {
          watchedEpisode: parsed.watchedEpisode,
          showWebtoonPlot: parsed.showWebtoonPlot,
        }
      }
    } catch {
      // Not JSON: keep the safe setting.
    }
  }
  cached = { raw, settings }
  return settings
}

const listeners = new Set<() => void>()

/** Whether the settings show any plot at all, that is, differ from the safe setting. */
export function revealsAnything(settings: SpoilerSettings): boolean {
  return settings.watchedEpisode > 0 || settings.showWebtoonPlot
}

let beforeReveal: (() => Promise<void>) | null = null
let revealing: Promise<void> | null = null

/**
 * Work to finish before any plot is first shown: a prerendered page's data has its spoiler text
 * blanked, so the full documents must be in before a setting that reveals plot applies. Until the
 * work is done, pages read the safe setting whatever the reader chose, here or in another tab.
 */
export function setBeforeReveal(task: () => Promise<void>): void {
  beforeReveal = task
}

function notify(): void {
  for (const listener of listeners) listener()
}

/** Runs the work before a first reveal once; pages follow the reader's choice when it is done. */
function startReveal(): void {
  const task = beforeReveal
  if (!task || revealing) return
  // If the documents cannot be fetched, the choice still applies: blanked plot then shows as
  // nothing, never as the wrong text.
  revealing = task()
    .catch(() => undefined)
    .then(() => {
      beforeReveal = null
      revealing = null
      notify()
    })
}

/** What pages may show: the reader's choice, or the safe setting while the work above runs. */
export function readSpoilerSettings(): SpoilerSettings {
  const chosen = readChosenSpoilerSettings()
  return beforeReveal && revealsAnything(chosen) ? safeSpoilerSettings : chosen
}

export function saveSpoilerSettings(settings: SpoilerSettings): void {
  if (!isSpoilerSettings(settings)) throw new RangeError('not a spoiler setting')
  storeSpoilerSettings(settings)
  if (beforeReveal && revealsAnything(settings)) startReveal()
}

function storeSpoilerSettings(settings: SpoilerSettings): void {
  const valid = {
    watchedEpisode: settings.watchedEpisode,
    showWebtoonPlot: settings.showWebtoonPlot,
  }
  const raw = JSON.stringify(valid)
  try {
    localStorage.setItem(storageKey, raw)
  } catch {
    // Without storage the choice lasts for this page view only.
  }
  cached = { raw, settings: valid }
  notify()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  // Another tab changed the setting: follow it, so no tab shows what the reader just hid.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== null && event.key !== storageKey) return
    if (beforeReveal && revealsAnything(readChosenSpoilerSettings())) startReveal()
    listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

/**
 * The settings pages show by, and a function to change them. Before hydration (and in prerendered
 * HTML) the safe setting applies, so no spoiler is ever sent as markup.
 */
export function useSpoilerSettings(): [SpoilerSettings, (next: SpoilerSettings) => void] {
  const settings = useSyncExternalStore(subscribe, readSpoilerSettings, () => safeSpoilerSettings)
  return [settings, saveSpoilerSettings]
}

/**
 * What the reader chose, for the controls that change it: a new choice is made from the last
 * one, even while pages still wait to show it.
 */
export function useChosenSpoilerSettings(): [SpoilerSettings, (next: SpoilerSettings) => void] {
  const settings = useSyncExternalStore(
    subscribe,
    readChosenSpoilerSettings,
    () => safeSpoilerSettings,
  )
  return [settings, saveSpoilerSettings]
}
