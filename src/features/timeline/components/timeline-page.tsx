import { useSuspenseQuery } from '@tanstack/react-query'
import { memo, useEffect, useId, useMemo, useRef, useState } from 'react'
import { Link, useLocation, useSearchParams } from 'react-router'
import { EmptyState } from '@/components/empty-state'
import { QuoteFigure } from '@/components/quote'
import { Cite, ReferenceList, ReferenceProvider } from '@/components/references'
import type { LedgerEventBody, TimelineEventBody, TimelineResponse } from '@/content/api-contract'
import type { EventStatus } from '@/content/ledger-contract'
import type { TimelineKind } from '@/content/schemas'
import { formatPartialDate } from '@/lib/format-date'
import { markInput, useMeasureCommit } from '@/lib/interaction-timing'
import { timelineKindLabels } from '@/content/labels'
import { timelineQueries } from '../api/timeline-queries'
import { statusLabels } from '../status-labels'
import { applyFilters, readFilters, searchableTexts } from '../timeline-filters'
import '../timeline.css'
import { type ClaimInEvent, LedgerClaim } from './ledger-claim'
import { StatusBadges } from './status-badges'
import { useHydrated } from '@/lib/use-hydrated'
import { paths, timelineAnchors } from '@/config/paths'

function OutletLine({
  event,
  outlets,
}: {
  event: TimelineEventBody
  outlets: TimelineResponse['outlets']
}) {
  if (!event.outlet) return null
  const outlet = outlets.find((candidate) => candidate.slug === event.outlet?.value)
  if (!outlet) return null
  return (
    <p className="event-outlet">
      {event.venue ? (
        <>
          {event.venue.value}
          <Cite sources={event.venue.sources} />
          {', '}
        </>
      ) : null}
      {outlet.name.value}
      <Cite sources={event.outlet.sources} />
      {outlet.nameVariants.length > 0 ? (
        <span className="muted">
          {' '}
          (also spelled{' '}
          {outlet.nameVariants.map((variant, position) => (
            <span key={variant.value}>
              {position > 0 ? ', ' : null}
              {variant.value}
              <Cite sources={variant.sources} />
            </span>
          ))}
          )
        </span>
      ) : null}
    </p>
  )
}

function OfficialResponse({ answer }: { answer: TimelineEventBody }) {
  return (
    <aside className="official-response" aria-label={`Official response: ${answer.title}`}>
      <h4>
        Official response,{' '}
        <a href={`#${timelineAnchors.event(answer.slug)}`}>{formatPartialDate(answer.date)}</a>
      </h4>
      {answer.quotes.map((quote) => (
        <QuoteFigure key={quote.text} quote={quote} />
      ))}
    </aside>
  )
}

// Memoized with props that stay the same between keystrokes, so filtering only renders the
// entries that come into the list.
const TimelineEntry = memo(function TimelineEntry({
  event,
  outlets,
  eventsBySlug,
  claims,
  people,
}: {
  event: LedgerEventBody
  outlets: TimelineResponse['outlets']
  eventsBySlug: ReadonlyMap<string, LedgerEventBody>
  claims: ReadonlyMap<string, ClaimInEvent>
  people: ReadonlyMap<string, string>
}) {
  const answers = event.answeredBy.flatMap((slug) => eventsBySlug.get(slug) ?? [])
  return (
    <li id={timelineAnchors.event(event.slug)} className="timeline-event" tabIndex={-1}>
      <article aria-labelledby={`${event.slug}-title`}>
        <p className="event-meta">
          <time dateTime={event.date.value}>{formatPartialDate(event.date)}</time>
          <span className="event-kind">{timelineKindLabels[event.kind]}</span>
          <StatusBadges claims={event.statuses} labels={statusLabels} />
        </p>
        <h2 id={`${event.slug}-title`} className="event-title">
          {event.title}
        </h2>
        {event.dateNote ? <p className="fact-note">{event.dateNote}</p> : null}
        <OutletLine event={event} outlets={outlets} />
        <p>
          {event.summary.value}
          <Cite sources={event.summary.sources} />
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
          <div className="disagreement disagreement-block">
            <span className="disagreement-label">
              Sources disagree on how to describe this reply:
            </span>
            <ul>
              {event.stance.map((stance) => (
                <li key={stance.value}>
                  {statusLabels[stance.value]}
                  <Cite sources={stance.sources} />
                  {stance.note ? `: ${stance.note}` : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {event.respondsTo?.length ? (
          <p className="muted">
            Answers:{' '}
            {event.respondsTo.map((slug, position) => (
              <span key={slug}>
                {position > 0 ? ', ' : null}
                <a href={`#${timelineAnchors.event(slug)}`}>
                  {eventsBySlug.get(slug)?.title ?? slug}
                </a>
              </span>
            ))}
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
    </li>
  )
})

/**
 * The lookups and filter options the page needs, once per response rather than per keystroke. The
 * statuses themselves come derived in the document (src/content/ledger-documents.ts).
 */
function deriveTimeline(data: TimelineResponse) {
  const events = data.events
  const statuses = [
    ...new Set(events.flatMap((event) => event.statuses.map(({ status }) => status))),
  ]
  const outletNames = new Map(
    data.outlets.map((outlet) => [
      outlet.slug,
      [outlet.name.value, ...outlet.nameVariants.map((variant) => variant.value)],
    ]),
  )
  const texts = searchableTexts(events, outletNames)
  const people = new Map(data.people.map((person) => [person.slug, person.name]))
  const eventsBySlug = new Map(events.map((event) => [event.slug, event]))
  // A claim's disagreements name the other claims by event and id: found here by their anchor.
  const claims = new Map(
    events.flatMap((event) =>
      event.claims.map((claim) => [timelineAnchors.claim(event.slug, claim.id), { event, claim }]),
    ),
  )
  const years = [...new Set(events.map((event) => event.date.value.slice(0, 4)))].sort()
  const kinds = [...new Set(events.map((event) => event.kind))]
  return {
    statuses,
    texts,
    people,
    eventsBySlug,
    claims,
    years,
    kinds,
  }
}

/**
 * Events rendered at first, and added each time the reader nears the end of the list. A long
 * timeline (the scale benchmark's 1,000 events) would otherwise re-render every entry on each
 * keystroke of the filter; today's content fits in one step, so nothing changes for it.
 */
const listStep = 20
const noSearchParams = new URLSearchParams()

/** The event a `#slug` or `#slug--claim` link points at. */
function hashTarget(hash: string): string {
  return decodeURIComponent(hash.slice(1)).split('--')[0] ?? ''
}

export function TimelinePage() {
  const { data } = useSuspenseQuery(timelineQueries.list())
  const [addressParams, setSearchParams] = useSearchParams()
  // The prerendered timeline is unfiltered: filters and #event apply from the render after hydration.
  const hydrated = useHydrated()
  const searchParams = hydrated ? addressParams : noSearchParams
  const formId = useId()
  // The search box is uncontrolled: typing must never wait for the URL to catch up.
  const searchInput = useRef<HTMLInputElement>(null)
  const { hash: addressHash } = useLocation()
  const hash = hydrated ? addressHash : ''
  const events = data.events
  const derived = useMemo(() => deriveTimeline(data), [data])
  const { statuses, texts, people, eventsBySlug, claims } = derived
  const { years, kinds } = derived
  // Typed text answers from this state at once; the address follows as a transition, because
  // changing it re-renders every link on the page (hundreds on a long timeline).
  const [typedText, setTypedText] = useState<string | null>(null)
  const filtersInAddress = readFilters(searchParams, statuses)
  // Once the address has caught up with what was typed, it leads again (a link may change it).
  if (typedText !== null && typedText === filtersInAddress.text) setTypedText(null)
  const filters = { ...filtersInAddress, text: typedText ?? filtersInAddress.text }
  const { kind, status, year, text, order } = filters
  const shown = useMemo(
    () => applyFilters(events, { kind, status, year, text, order }, texts),
    [events, kind, status, year, text, order, texts],
  )
  // A new filter starts the list from its first step again.
  const filterKey = JSON.stringify([kind, status, year, text, order])
  const [listWindow, setListWindow] = useState({ filterKey, limit: listStep })
  if (listWindow.filterKey !== filterKey) setListWindow({ filterKey, limit: listStep })
  const limit = listWindow.filterKey === filterKey ? listWindow.limit : listStep
  // A link to an event further down (search, sources, the status card) must find it rendered.
  const targetIndex = useMemo(() => {
    const slug = hashTarget(hash)
    return slug === '' ? -1 : shown.findIndex((event) => event.slug === slug)
  }, [hash, shown])
  const visibleCount = Math.max(limit, targetIndex + 1)
  const visible = shown.length > visibleCount ? shown.slice(0, visibleCount) : shown
  const remaining = shown.length - visible.length
  const showMore = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const button = showMore.current
    if (!button || typeof IntersectionObserver === 'undefined') return
    // Load the next step before the reader reaches the end, so scrolling never hits a wall.
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setListWindow((current) => ({
            ...current,
            limit: Math.max(current.limit, visibleCount) + listStep,
          }))
        }
      },
      { rootMargin: '1000px 0px' },
    )
    observer.observe(button)
    return () => observer.disconnect()
  }, [remaining, visibleCount])
  useMeasureCommit('timeline-filter', text)
  // The text box is uncontrolled (typing never waits for the address), so it is kept in step here:
  // on a prerendered page it takes what was typed before the app started; later, it follows the
  // address when a link or Back changes it.
  const isFirstTextSync = useRef(true)
  const addressText = filtersInAddress.text
  useEffect(() => {
    const input = searchInput.current
    if (!input) return
    const typedBeforeStart = isFirstTextSync.current && input.value !== addressText
    isFirstTextSync.current = false
    if (typedBeforeStart) {
      setTypedText(input.value)
      update('q', input.value)
    } else if (typedText === null && input.value !== addressText) {
      input.value = addressText
    }
    // `update` is a new function each render and only writes the address.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [addressText, typedText])
  // The reference list does not depend on the filters; keeping the element skips re-rendering it.
  const referenceList = useMemo(() => <ReferenceList />, [])
  const isFiltered =
    filters.kind !== null || filters.status !== null || filters.year !== null || filters.text !== ''

  function update(name: string, value: string) {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (value === '') next.delete(name)
        else next.set(name, value)
        return next
      },
      { replace: true, preventScrollReset: true },
    )
  }

  return (
    <ReferenceProvider sources={data.sources}>
      <title>Rumor timeline · The Trauma Code wiki</title>
      <meta
        name="description"
        content="Every report, interview and Netflix statement about seasons 2 and 3 of The Trauma Code: Heroes on Call, in date order, with Netflix's answer beside each claim."
      />
      <h1>Rumor timeline</h1>
      <p className="lede">
        Every report, interview and official statement about seasons 2 and 3, with Netflix’s answer
        beside each claim.
      </p>
      <form
        className="timeline-filters"
        aria-label="Filter the timeline"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="filter-field filter-text">
          <label htmlFor={`${formId}-q`}>Search</label>
          <input
            id={`${formId}-q`}
            type="search"
            ref={searchInput}
            defaultValue={filters.text}
            placeholder="Outlet, person or claim"
            onChange={(event) => {
              markInput('timeline-filter')
              setTypedText(event.target.value)
              update('q', event.target.value)
            }}
          />
        </div>
        <div className="filter-field">
          <label htmlFor={`${formId}-kind`}>Kind</label>
          <select
            id={`${formId}-kind`}
            value={filters.kind ?? ''}
            onChange={(event) => update('kind', event.target.value)}
          >
            <option value="">All kinds</option>
            {kinds.map((kind: TimelineKind) => (
              <option key={kind} value={kind}>
                {timelineKindLabels[kind]}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor={`${formId}-status`}>Status</label>
          <select
            id={`${formId}-status`}
            value={filters.status ?? ''}
            onChange={(event) => update('status', event.target.value)}
          >
            <option value="">Any status</option>
            {statuses.map((status: EventStatus) => (
              <option key={status} value={status}>
                {statusLabels[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor={`${formId}-year`}>Year</label>
          <select
            id={`${formId}-year`}
            value={filters.year ?? ''}
            onChange={(event) => update('year', event.target.value)}
          >
            <option value="">All years</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor={`${formId}-order`}>Order</label>
          <select
            id={`${formId}-order`}
            value={filters.order}
            onChange={(event) => update('order', event.target.value === 'newest' ? 'newest' : '')}
          >
            <option value="oldest">Oldest first</option>
            <option value="newest">Newest first</option>
          </select>
        </div>
      </form>
      <p className="result-count" role="status">
        {isFiltered ? `${shown.length} of ${events.length} events` : `${events.length} events`}
        {isFiltered ? (
          <>
            {' · '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                if (searchInput.current) searchInput.current.value = ''
                setTypedText(null)
                setSearchParams(filters.order === 'newest' ? { order: 'newest' } : {}, {
                  replace: true,
                  preventScrollReset: true,
                })
              }}
            >
              Clear filters
            </button>
          </>
        ) : null}
      </p>
      {events.length === 0 ? (
        <EmptyState title="No events yet">
          No report, interview or statement about future seasons has been added so far.
        </EmptyState>
      ) : shown.length === 0 ? (
        <p className="empty-state">No event matches these filters.</p>
      ) : (
        <>
          <ol className="timeline">
            {visible.map((event) => (
              <TimelineEntry
                key={event.slug}
                event={event}
                outlets={data.outlets}
                eventsBySlug={eventsBySlug}
                claims={claims}
                people={people}
              />
            ))}
          </ol>
          {remaining > 0 ? (
            <p className="timeline-more">
              <button
                ref={showMore}
                type="button"
                className="link-button"
                onClick={() =>
                  setListWindow((current) => ({
                    ...current,
                    limit: Math.max(current.limit, visibleCount) + listStep,
                  }))
                }
              >
                Show {Math.min(listStep, remaining)} more of the {remaining} events left
              </button>
            </p>
          ) : null}
        </>
      )}
      {referenceList}
    </ReferenceProvider>
  )
}
