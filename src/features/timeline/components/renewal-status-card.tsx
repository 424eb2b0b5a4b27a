import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { QuoteFigure } from '@/components/quote'
import { Cite } from '@/components/cite'
import { TitledSection } from '@/components/titled-section'
import { formatPartialDate } from '@/lib/format-date'
import { eventStatusLabels, timelineKindLabels } from '@/content/labels'
import { timelineQueries } from '../api/timeline-queries'
import { LedgerStatusBadges } from './ledger-claim'
import { paths } from '@/config/paths'
import './renewal-status-card.css'

/**
 * Where a renewal stands, read off the rumor ledger with the same rules as the timeline: the newest
 * renewal claim nothing has replaced, its status, and the official answer beside it. The build
 * derives it (src/content/ledger-documents.ts), so the home page loads this, not the timeline.
 */
export function RenewalStatusCard() {
  const { data } = useSuspenseQuery(timelineQueries.renewalStatus())
  const { current } = data
  if (!current) return null
  const { answer } = current
  const asOf = answer?.date ?? current.event.date
  const stanceDisputed = (answer?.stance?.length ?? 0) > 1

  // Status, date and why come first: on a phone the home page shows these on its first screen.
  return (
    <TitledSection title="Renewal status now" className="status-card">
      <p className="status-card-stance">
        <LedgerStatusBadges ledger={current.claim.ledger} />
        <span className="muted"> as of {formatPartialDate(asOf)}</span>
      </p>
      {answer ? (
        <p className="status-card-why">
          <span className="muted">Netflix’s answer: </span>
          {answer.stance?.map((stance, position) => (
            <span key={stance.value}>
              {position > 0 ? ' or ' : null}
              <strong>{eventStatusLabels[stance.value]}</strong>
              {stanceDisputed ? <Cite of={stance} /> : null}
            </span>
          ))}
          . {answer.summary.value}
          {/* One marker for the answer: its status, its summary and the quote below. */}
          <Cite
            of={[
              ...(stanceDisputed ? [] : (answer.stance ?? [])),
              answer.summary,
              ...answer.quotes,
            ]}
          />
        </p>
      ) : (
        <p className="status-card-why">No official statement answers this claim yet.</p>
      )}
      {answer?.quotes.map((quote) => (
        <QuoteFigure key={quote.text} quote={quote} cited={false} />
      ))}
      <p>
        <span className="muted">Latest claim: </span>
        {current.claim.text}
        <Cite of={current.claim} /> (
        <Link to={paths.timelineEvent(current.event.page, current.event.slug)}>
          {current.event.title}
        </Link>
        , {timelineKindLabels[current.event.kind].toLowerCase()},{' '}
        {formatPartialDate(current.event.date)})
      </p>
      <p>
        <Link to={paths.timeline()}>Every report and statement in the rumor timeline</Link>
      </p>
    </TitledSection>
  )
}
