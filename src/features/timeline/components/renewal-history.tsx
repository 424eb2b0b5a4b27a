import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { ListSection } from '@/components/titled-section'
import { ledgerStatusLabels } from '@/content/labels'
import { formatPartialDate } from '@/lib/format-date'
import { paths } from '@/config/paths'
import { timelineQueries } from '../api/timeline-queries'
import { FollowTheNews } from './follow-the-news'
import { StatusBadges } from './status-badges'
import './renewal-history.css'

/**
 * How the renewal status moved: every renewal claim, oldest first, each with where it stands now,
 * the event that made it and the answer that moved it. A replaced claim stays, marked, so a reader
 * can see what was believed when. The build derives it (src/content/ledger-documents.ts). Each
 * claim links to its entry in the timeline, which cites it: a summary cites only disagreements.
 */
export function RenewalHistory() {
  const { data } = useSuspenseQuery(timelineQueries.renewalStatus())
  return (
    <>
      <ListSection
        title="How the status moved"
        items={data.history}
        ordered
        className="renewal-history"
      >
        {(step) => (
          <li key={`${step.event.slug}#${step.claim.id}`}>
            <time dateTime={step.event.date.value}>{formatPartialDate(step.event.date)}</time>{' '}
            <StatusBadges
              claims={step.claim.ledger.statuses}
              labels={ledgerStatusLabels}
              citations="disputes once"
            />{' '}
            {step.current ? (
              <strong className="renewal-history-mark">Status now</strong>
            ) : (
              <span className="renewal-history-mark muted">Replaced by a later claim</span>
            )}
            <p>
              <Link to={paths.timelineClaim(step.event.page, step.event.slug, step.claim.id)}>
                {step.claim.text}
              </Link>
              {step.answer ? (
                <span className="muted">
                  {' '}
                  Answered by{' '}
                  <Link to={paths.timelineEvent(step.answer.page, step.answer.slug)}>
                    {step.answer.title}
                  </Link>
                  , {formatPartialDate(step.answer.date)}.
                </span>
              ) : null}
            </p>
          </li>
        )}
      </ListSection>
      <FollowTheNews />
    </>
  )
}
