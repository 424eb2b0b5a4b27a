/**
 * How much each search entry weighs in the ranking, whatever was typed: its type's weight, and for a
 * timeline event, how recent it is among the events (search-engine.ts boosts each hit by it).
 */
import type { SearchEntry, SearchEntryType } from '@/content/search-contract'

// Articles are where facts come from, not what a reader looks for first: an outlet's name should
// open its report before the articles that cover it.
const typeWeights: Record<SearchEntryType, number> = {
  series: 1,
  character: 1,
  person: 1,
  'timeline-event': 1,
  source: 0.5,
  origin: 1,
}

/**
 * How much less an older timeline event weighs than the newest, at most: a rumor timeline's
 * newer news matters more, but only enough to order events that match about equally well.
 */
const olderEventDiscount = 0.05

/** Each entry's weight: its type's, and for a timeline event, how recent it is among the events. */
export function entryWeights(entries: readonly SearchEntry[]): number[] {
  const eventDates = entries
    .flatMap((entry) => (entry.type === 'timeline-event' && entry.date ? [entry.date.value] : []))
    .sort()
  // Events of the same date weigh the same: the last position of their date.
  const positions = new Map(eventDates.map((date, position) => [date, position]))
  const newest = Math.max(eventDates.length - 1, 1)
  return entries.map((entry) => {
    const weight = typeWeights[entry.type]
    if (entry.type !== 'timeline-event' || !entry.date) return weight
    const position = positions.get(entry.date.value) ?? newest
    return weight * (1 - olderEventDiscount * (1 - position / newest))
  })
}
