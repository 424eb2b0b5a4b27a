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
 * Each event's searchable text, normalized once per response: normalizing every event on each
 * keystroke is what made filtering a long timeline slow.
 */
export function searchableTexts(
  events: readonly TimelineEventBody[],
  outletNames: ReadonlyMap<string, string[]>,
): ReadonlyMap<string, string> {
  return new Map(events.map((event) => [event.slug, normalizedText(event, outletNames)]))
}

export function applyFilters(
  events: readonly LedgerEventBody[],
  filters: TimelineFilters,
  texts: ReadonlyMap<string, string>,
): LedgerEventBody[] {
  const words = normalizeText(filters.text).split(' ').filter(Boolean)
  const matching = events.filter((event) => {
    if (filters.kind && event.kind !== filters.kind) return false
    if (filters.year && !event.date.value.startsWith(filters.year)) return false
    if (filters.status && !event.statuses.some(({ status }) => status === filters.status)) {
      return false
    }
    if (words.length === 0) return true
    const text = texts.get(event.slug) ?? ''
    return words.every((word) => text.includes(word))
  })
  return filters.order === 'newest' ? matching.reverse() : matching
}
