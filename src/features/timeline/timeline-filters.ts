/** Filter state kept in the URL, so a filtered view can be shared as a link. */
import type { LedgerEventBody, TimelineEventBody } from '@/content/api-contract'
import type { EventStatus } from '@/content/ledger-contract'
import type { TimelineKind } from '@/content/timeline-schemas'
import { timelineKindLabels } from '@/content/labels'

type TimelineOrder = 'oldest' | 'newest'

export type TimelineFilters = {
  kind: TimelineKind | null
  status: EventStatus | null
  year: string | null
  text: string
  order: TimelineOrder
}

function isKind(value: string | null): value is TimelineKind {
  return value !== null && value in timelineKindLabels
}

export function readFilters(params: URLSearchParams, statuses: readonly string[]): TimelineFilters {
  const kind = params.get('kind')
  const status = params.get('status')
  const year = params.get('year')
  return {
    kind: isKind(kind) ? kind : null,
    status: status !== null && statuses.includes(status) ? (status as EventStatus) : null,
    year: year !== null && /^\d{4}$/.test(year) ? year : null,
    text: params.get('q') ?? '',
    order: params.get('order') === 'newest' ? 'newest' : 'oldest',
  }
}

/** Case, accents and punctuation do not matter when matching text. */
function normalizeText(text: string): string {
  // Nothing to normalize: the Unicode patterns below compile on first use, which the render that
  // hydrates an unfiltered timeline (an empty filter text) should not pay for.
  if (text === '') return ''
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, ' ')
    .trim()
}

function normalizedText(
  event: TimelineEventBody,
  outletNames: ReadonlyMap<string, string[]>,
): string {
  return normalizeText(
    [
      event.title,
      event.summary.value,
      ...event.claims.map((claim) => claim.text),
      ...event.quotes.flatMap((quote) => [quote.text, quote.speaker]),
      ...(event.outlet ? (outletNames.get(event.outlet.value) ?? []) : []),
      event.venue?.value ?? '',
    ].join(' '),
  )
}

/**
 * A typist's pause between keys: what the filter waits for before the work that can wait until
 * typing stops (the address taking the typed text, the matches' next step being watched).
 */
export const typingPauseMs = 300

/** Each event's searchable text, normalized when first asked for and then kept. */
export type SearchableTexts = {
  of: (event: TimelineEventBody) => string
  /**
   * Normalizes the texts not asked for yet, a few milliseconds at a time, so the first text typed
   * finds them ready. Returns a function that stops.
   */
  prepareAll: (events: readonly TimelineEventBody[]) => () => void
}

/** How long one step of `prepareAll` may hold the main thread: well inside a frame. */
const preparationStepMs = 4

/**
 * Normalizing every event on each keystroke is what made filtering a long timeline slow, and
 * normalizing them all in the render that hydrates the page made one long task of it: about 20 ms
 * of the timeline's first act at 4x CPU slowdown with today's 13 events, and 12 to 20 ms at full
 * speed with the scale benchmark's 1,300. So each text is normalized when first needed, and kept.
 */
export function searchableTexts(outletNames: ReadonlyMap<string, string[]>): SearchableTexts {
  const normalized = new Map<string, string>()
  const of = (event: TimelineEventBody) => {
    let text = normalized.get(event.slug)
    if (text === undefined) {
      text = normalizedText(event, outletNames)
      normalized.set(event.slug, text)
    }
    return text
  }
  return {
    of,
    prepareAll(events) {
      let next = 0
      let timer: ReturnType<typeof setTimeout> | undefined
      const step = () => {
        const until = performance.now() + preparationStepMs
        while (next < events.length && performance.now() < until) {
          const event = events[next++]
          if (event) of(event)
        }
        timer = next < events.length ? setTimeout(step) : undefined
      }
      // A plain timer, not yieldToBrowser: scheduler.yield would put each step ahead of the work
      // waiting to finish the page (React's), which this preparation should come after.
      timer = setTimeout(step)
      return () => clearTimeout(timer)
    },
  }
}

export function applyFilters(
  events: readonly LedgerEventBody[],
  filters: TimelineFilters,
  texts: SearchableTexts,
): LedgerEventBody[] {
  const words = normalizeText(filters.text).split(' ').filter(Boolean)
  const matching = events.filter((event) => {
    if (filters.kind && event.kind !== filters.kind) return false
    if (filters.year && !event.date.value.startsWith(filters.year)) return false
    if (filters.status && !event.statuses.some(({ status }) => status === filters.status)) {
      return false
    }
    if (words.length === 0) return true
    const text = texts.of(event)
    return words.every((word) => text.includes(word))
  })
  return filters.order === 'newest' ? matching.reverse() : matching
}
