/**
 * One event in the rumor timeline: date, kind and status badges, outlet, summary, each claim with
 * its ledger status, Netflix's answer beside the claims, quotes, and who took part. Everything it
 * shows was derived at build time; the lookups it gets are built once per response.
 */
import { memo } from 'react'
import { Link } from 'react-router'
import { AttestedValue } from '@/components/attested-value'
import { QuoteFigure } from '@/components/quote'
import { Cite } from '@/components/cite'
import type { LedgerEventBody, TimelineEventBody, TimelineResponse } from '@/content/api-contract'
import { eventStatusLabels, timelineKindLabels } from '@/content/labels'
import { formatPartialDate } from '@/lib/format-date'
import { paths } from '@/config/paths'
import { type ClaimInEvent, LedgerClaim, StaleMark } from './ledger-claim'
import { StatusBadges } from './status-badges'

/** An outlet, which each entry finds by slug (a long timeline names hundreds). */
type Outlet = TimelineResponse['outlets'][number]

/** Where the event was reported, and by whom: the summary's marker below cites it. */
function outletFacts(event: TimelineEventBody, outlet: Outlet | undefined) {
  return [
    ...(event.venue ? [event.venue] : []),
    ...(event.outlet ? [event.outlet] : []),
    ...(outlet?.nameVariants ?? []),
  ]
}

function OutletLine({ event, outlet }: { event: TimelineEventBody; outlet: Outlet }) {
  return (
    <p className="event-outlet">
      {event.venue ? (
        <>
          {event.venue.value}
          {', '}
        </>
      ) : null}
      <Link to={paths.outlet(outlet.slug)}>{outlet.name.value}</Link>
      {outlet.nameVariants.length > 0 ? (
        <span className="muted">
          {' '}
          (also spelled{' '}
          {outlet.nameVariants.map((variant, position) => (
            <span key={variant.value}>
              {position > 0 ? ', ' : null}
              {variant.value}
            </span>
          ))}
          )
        </span>
      ) : null}
    </p>
  )
}

function OfficialResponse({ answer }: { answer: LedgerEventBody }) {
  return (
    <aside className="official-response" aria-label={`Official response: ${answer.title}`}>
      <h4>
        Official response,{' '}
        <Link to={paths.timelineEvent(answer.page, answer.slug)}>
          {formatPartialDate(answer.date)}
        </Link>
      </h4>
      {answer.quotes.map((quote) => (
        <QuoteFigure key={quote.text} quote={quote} />
      ))}
    </aside>
  )
}

// Memoized with props that stay the same between keystrokes: a filter hides the page's entries
// and lists its matches apart (timeline-match.tsx), and no keystroke re-renders an entry.
export const TimelineEntry = memo(function TimelineEntry({
  event,
  outletsBySlug,
  eventsBySlug,
  claims,
  people,
}: {
  event: LedgerEventBody
  outletsBySlug: ReadonlyMap<string, Outlet>
  eventsBySlug: ReadonlyMap<string, LedgerEventBody>
  claims: ReadonlyMap<string, ClaimInEvent>
  people: ReadonlyMap<string, string>
}) {
  const outlet = event.outlet && outletsBySlug.get(event.outlet.value)
  const answers = event.answeredBy.flatMap((slug) => eventsBySlug.get(slug) ?? [])
  return (
    <article aria-labelledby={`${event.slug}-title`}>
      <p className="event-meta">
        <time dateTime={event.date.value}>{formatPartialDate(event.date)}</time>
        <span className="event-kind">{timelineKindLabels[event.kind]}</span>
        <StatusBadges claims={event.statuses} labels={eventStatusLabels} />
        <StaleMark since={event.claims[0]?.ledger.staleSince ?? null} />
      </p>
      <h2 id={`${event.slug}-title`} className="event-title">
        {event.title}
      </h2>
      {event.dateNote ? <p className="fact-note">{event.dateNote}</p> : null}
      {outlet ? <OutletLine event={event} outlet={outlet} /> : null}
      <p>
        {event.summary.value}
        <Cite of={[event.summary, ...outletFacts(event, outlet)]} />
      </p>
      <div className={answers.length > 0 ? 'claims-and-response' : undefined}>
        {event.claims.length > 0 ? (
          <div>
            <h3 className="event-subheading">Claims</h3>
            <ul className="claims">
              {event.claims.map((claim) => (
                <LedgerClaim key={claim.id} event={event} claim={claim} claims={claims} />
              ))}
            </ul>
          </div>
        ) : null}
        {answers.map((answer) => (
          <OfficialResponse key={answer.slug} answer={answer} />
        ))}
      </div>
      {event.quotes.length > 0 ? (
        <div className="event-quotes">
          {event.quotes.map((quote) => (
            <QuoteFigure key={quote.text} quote={quote} />
          ))}
        </div>
      ) : null}
      {event.stance && event.stance.length > 1 ? (
        <AttestedValue
          values={event.stance}
          layout="list"
          about="on how to describe this reply"
          render={(stance) => eventStatusLabels[stance]}
          note={(stance) => (stance.note ? `: ${stance.note}` : null)}
        />
      ) : null}
      {event.respondsTo?.length ? (
        <p className="muted">
          Answers:{' '}
          {event.respondsTo.flatMap((slug, position) => {
            const answered = eventsBySlug.get(slug)
            // Validation guarantees every answered event exists; skip rather than link nowhere.
            if (!answered) return []
            return [
              <span key={slug}>
                {position > 0 ? ', ' : null}
                <Link to={paths.timelineEvent(answered.page, answered.slug)}>{answered.title}</Link>
              </span>,
            ]
          })}
        </p>
      ) : null}
      {event.people.length > 0 ? (
        <p className="event-people">
          People:{' '}
          {event.people.map((slug, position) => (
            <span key={slug}>
              {position > 0 ? ', ' : null}
              <Link to={paths.person(slug)}>{people.get(slug) ?? slug}</Link>
            </span>
          ))}
        </p>
      ) : null}
    </article>
  )
})
