/**
 * Links between the timeline's pages: the list of every page by year, and "Older"/"Newer" at the
 * foot of each page. All are real links, so a reader without
 * JavaScript (or a crawler) reaches every event by following them.
 */
import { Link } from 'react-router'
import { type TimelinePageRef, paths } from '@/config/paths'
import { type TimelinePage, isSameTimelinePage, timelinePageName } from '@/content/timeline-pages'
import { formatPartialDate } from '@/lib/format-date'
import { groupThousands } from '@/lib/format-number'

export const eventCount = (count: number) =>
  `${groupThousands(count)} ${count === 1 ? 'event' : 'events'}`

/**
 * "23 January 2025 to 4 February 2025", or the one date when a page's events share it. The ends
 * read as dates, without an event's "by" or "from": the range already bounds them.
 */
export function dateRange({ from, to }: TimelinePage): string {
  const first = formatPartialDate({ ...from, qualifier: 'on' })
  const last = formatPartialDate({ ...to, qualifier: 'on' })
  return first === last ? first : `${first} to ${last}`
}

/**
 * Every page with its events' count and dates: the front page's table of contents, and the foot of
 * each page (`current`, marked), where a reader who has read a page looks next.
 */
export function TimelineContents({
  pages,
  current,
}: {
  pages: readonly TimelinePage[]
  current?: TimelinePageRef
}) {
  return (
    <nav className="timeline-contents" aria-labelledby="timeline-contents-heading">
      <h2 id="timeline-contents-heading">Pages by year</h2>
      <ul>
        {pages.map((page) => (
          <li key={paths.timelinePage(page)}>
            <Link
              to={paths.timelinePage(page)}
              aria-current={current && isSameTimelinePage(page, current) ? 'page' : undefined}
            >
              {timelinePageName(page)}
            </Link>{' '}
            <span className="muted">
              {eventCount(page.count)}, {dateRange(page)}
            </span>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** Below a page's events: the page before and after it, in date order. */
export function TimelineOlderNewer({
  pages,
  current,
}: {
  pages: readonly TimelinePage[]
  current: TimelinePageRef
}) {
  const index = pages.findIndex((page) => isSameTimelinePage(page, current))
  const older = index > 0 ? pages[index - 1] : undefined
  const newer = index === -1 ? undefined : pages[index + 1]
  if (!older && !newer) return null
  return (
    <nav className="timeline-older-newer" aria-label="Older and newer events">
      {older ? (
        <Link to={paths.timelinePage(older)} rel="prev">
          Older: {timelinePageName(older)}
        </Link>
      ) : null}
      {newer ? (
        <Link to={paths.timelinePage(newer)} rel="next" className="timeline-newer">
          Newer: {timelinePageName(newer)}
        </Link>
      ) : null}
    </nav>
  )
}
