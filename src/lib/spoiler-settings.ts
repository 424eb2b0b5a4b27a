/**
 * How much plot the reader has chosen to see. Pages and search leave out every fact the settings do
 * not reveal, so a hidden fact is never in the DOM. A first visit gets the safe setting: nothing
 * from any episode, no webtoon plot.
 */
import { useSyncExternalStore } from 'react'
import type { Spoiler } from '@/content/fact-schemas'

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
export function readSpoilerSettings(): SpoilerSettings {
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

function notify(): void {
  for (const listener of listeners) listener()
}

export function saveSpoilerSettings(settings: SpoilerSettings): void {
  if (!isSpoilerSettings(settings)) throw new RangeError('not a spoiler setting')
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
  // Another tab changed the setting: follow it, so no tab shows what the reader just hid (or
  // fetches the plot the reader just revealed there).
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === storageKey) listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

/**
 * The reader's settings, and a function to change them. Before hydration (and in prerendered HTML)
 * the safe setting applies, so no spoiler is ever sent as markup; plot itself is fetched from its
 * own documents once a setting reveals it (src/lib/plot.ts).
 */
export function useSpoilerSettings(): [SpoilerSettings, (next: SpoilerSettings) => void] {
  const settings = useSyncExternalStore(subscribe, readSpoilerSettings, () => safeSpoilerSettings)
  return [settings, saveSpoilerSettings]
}
