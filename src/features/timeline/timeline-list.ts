/**
 * Which events the timeline's list keeps mounted, and which of those the reader sees. Mounting an
 * entry is what a keystroke pays for (its DOM, its links), and unmounting one is not free either:
 * the first letter typed used to unmount a page's 50 entries and mount 20 matches from nothing,
 * 31 to 46 ms at the scale benchmark's 100x content, where later letters, which keep most
 * entries, take 5 to 14. So the list keeps the page's own events and the first step of the whole
 * timeline mounted, hidden while they do not match (docs/decisions/021-timeline-kept-entries.md).
 */
import type { LedgerEventBody } from '@/content/api-contract'

export type ListedEvent = { event: LedgerEventBody; hidden: boolean }

/**
 * `shown` in the order of `ordered`, with the `kept` events that are not shown, hidden, between
 * them: both are in timeline order, so showing one view or the other never moves an entry, and
 * each event is listed once (its anchor is its id).
 */
export function listEvents(
  ordered: readonly LedgerEventBody[],
  shown: readonly LedgerEventBody[],
  kept: readonly LedgerEventBody[],
): ListedEvent[] {
  const showing = new Set(shown)
  const mounted = new Set([...shown, ...kept])
  // Not flatMap: this runs on every keystroke over every event of the timeline (1,300 in the scale
  // benchmark), and flatMap makes an array for each.
  return ordered
    .filter((event) => mounted.has(event))
    .map((event) => ({ event, hidden: !showing.has(event) }))
}
