/**
 * How the rumor timeline splits into pages, so every event can be read without JavaScript however
 * long the timeline grows: one page per year, and a year with more events than fit one page runs
 * on over numbered pages. Pages fill from the oldest event, so news (which lands at the end) only
 * ever changes a year's last page and an event's address stays put. Runs at build time; the
 * documents carry each event's page and the page list (docs/decisions/020-timeline-pages.md).
 */
import type { TimelinePageRef } from '../config/paths.ts'
import type { PartialDate } from './fact-schemas.ts'

/**
 * Events on one page at most: enough that today's years fit one page each, few enough that a page
 * of long events stays within the HTML budget and hydrates quickly.
 */
export const timelinePageSize = 50

/**
 * A page as the timeline document lists it: where it is, how many events, and their dates. Its
 * schema is in timeline-page-contract.ts: this module reaches the browser bundle, zod must not (005).
 */
export type TimelinePage = TimelinePageRef & { count: number; from: PartialDate; to: PartialDate }

type DatedEvent = { slug: string; date: PartialDate }

/** Timeline order, as the timeline document lists events: by date, then by slug. */
function byTimelineOrder(a: DatedEvent, b: DatedEvent): number {
  return a.date.value.localeCompare(b.date.value) || a.slug.localeCompare(b.slug)
}

export type TimelineSplit = {
  /** Oldest first. */
  pages: TimelinePage[]
  /** Each event's page, by slug. */
  pageOf: ReadonlyMap<string, TimelinePageRef>
}

/** Splits events (in any order) into their pages. */
export function splitTimeline(
  events: readonly DatedEvent[],
  pageSize: number = timelinePageSize,
): TimelineSplit {
  const pages: TimelinePage[] = []
  const pageOf = new Map<string, TimelinePageRef>()
  let current: TimelinePage | undefined
  for (const event of [...events].sort(byTimelineOrder)) {
    const year = event.date.value.slice(0, 4)
    if (current?.year !== year || current.count === pageSize) {
      const number = current?.year === year ? current.number + 1 : 1
      current = { year, number, count: 0, from: event.date, to: event.date }
      pages.push(current)
    }
    current.count += 1
    current.to = event.date
    pageOf.set(event.slug, { year, number: current.number })
  }
  return { pages, pageOf }
}

export function isSameTimelinePage(a: TimelinePageRef, b: TimelinePageRef): boolean {
  return a.year === b.year && a.number === b.number
}

/** A page's name in links: its year, and which page of the year after the first. */
export function timelinePageName({ year, number }: TimelinePageRef): string {
  return number === 1 ? year : `${year}, page ${number}`
}

/** A page's title, which its <title>, its h1 and its share image all use. */
export const timelinePageTitle = (page: TimelinePageRef) =>
  `Rumor timeline: ${timelinePageName(page)}`

/**
 * The page a timeline address names, or null for one `timelinePage` never builds (page-1, page-0,
 * a bare number): each page has one address.
 */
export function readTimelinePage(year: string, page: string | undefined): TimelinePageRef | null {
  if (!/^\d{4}$/.test(year)) return null
  if (page === undefined) return { year, number: 1 }
  const number = /^page-([1-9]\d*)$/.exec(page)?.[1]
  return number === undefined || number === '1' ? null : { year, number: Number(number) }
}
