import { Link } from 'react-router'
import type { LedgerEventBody } from '@/content/api-contract'
import { formatPartialDate } from '@/lib/format-date'
import { paths } from '@/config/paths'

/** The Atom feed, for readers who want the next report without coming back to look. */
export function FollowTheNews() {
  return (
    <p className="follow-the-news">
      <a href={paths.feed()} type="application/atom+xml">
        Follow the news
      </a>{' '}
      <span className="muted">(Atom feed of the timeline, for a feed reader)</span>
    </p>
  )
}

/**
 * The newest event, so a returning reader knows at a glance whether anything is new. Not "report":
 * it may be Netflix's statement, which the timeline tells apart from a press report.
 */
export function LatestNews({ events }: { events: readonly LedgerEventBody[] }) {
  const newest = events.at(-1)
  if (!newest) return null
  return (
    <div className="latest-news">
      <p>
        <span className="muted">Latest news: </span>
        <time dateTime={newest.date.value}>{formatPartialDate(newest.date)}</time>,{' '}
        <Link to={paths.timelineEvent(newest.page, newest.slug)}>{newest.title}</Link>
      </p>
      <FollowTheNews />
    </div>
  )
}
