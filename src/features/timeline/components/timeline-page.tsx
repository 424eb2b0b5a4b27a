/**
 * The rumor timeline: every event with its derived statuses, filtered by what the address says,
 * rendered a step at a time. Until hydration it renders as the prerender did (no filters, no
 * #event), so hydration finds the markup it expects; the address applies from the render after.
 */
import { useSuspenseQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useLocation } from 'react-router'
import { EmptyState } from '@/components/empty-state'
import { PageFooter } from '@/components/page-footer'
import { PageHead } from '@/components/page-head'
import { fixtureFiles } from '@/config/fixture-files'
import { ReferenceList, ReferenceProvider } from '@/components/references'
import { useMeasureCommit } from '@/lib/interaction-timing'
import { useHydrated } from '@/lib/use-hydrated'
import { timelineQueries } from '../api/timeline-queries'
import { applyFilters } from '../timeline-filters'
import { deriveTimeline } from '../timeline-lookups'
import '../timeline.css'
import { useIncrementalList } from '../use-incremental-list'
import { useTimelineFilters } from '../use-timeline-filters'
import { NewestReport } from './follow-the-news'
import { TimelineEntry } from './timeline-entry'
import { ActiveFilterChips, TimelineFiltersForm } from './timeline-filters-form'

/** The event a `#slug` or `#slug--claim` link points at. */
function hashTarget(hash: string): string {
  return decodeURIComponent(hash.slice(1)).split('--')[0] ?? ''
}

export function TimelinePage() {
  const { data } = useSuspenseQuery(timelineQueries.list())
  const events = data.events
  const derived = useMemo(() => deriveTimeline(data), [data])
  const { statuses, texts, people, eventsBySlug, claims, years, kinds } = derived
  const controls = useTimelineFilters(statuses)
  const { filters, isFiltered } = controls
  const { kind, status, year, text, order } = filters
  const shown = useMemo(
    () => applyFilters(events, { kind, status, year, text, order }, texts),
    [events, kind, status, year, text, order, texts],
  )
  // Like the filters, #event applies from the render after hydration.
  const { hash: addressHash } = useLocation()
  const hash = useHydrated() ? addressHash : ''
  // A link to an event further down (search, sources, the status card) must find it rendered.
  const targetIndex = useMemo(() => {
    const slug = hashTarget(hash)
    return slug === '' ? -1 : shown.findIndex((event) => event.slug === slug)
  }, [hash, shown])
  // A new filter starts the list from its first step again.
  const { visible, remaining, nextStep, showMore, showMoreButton } = useIncrementalList(shown, {
    resetKey: JSON.stringify([kind, status, year, text, order]),
    pinnedIndex: targetIndex,
  })
  useMeasureCommit('timeline-filter', text)
  // The reference list does not depend on the filters; keeping the element skips re-rendering it.
  const referenceList = useMemo(() => <ReferenceList />, [])
  const pageFooter = useMemo(
    () => (
      <PageFooter
        sources={data.sources}
        files={[fixtureFiles.collection('timeline'), fixtureFiles.collection('outlets')]}
        title="Rumor timeline"
      />
    ),
    [data.sources],
  )

  return (
    <ReferenceProvider sources={data.sources}>
      <PageHead
        title="Rumor timeline"
        description="Every report, interview and Netflix statement about seasons 2 and 3 of The Trauma Code: Heroes on Call, in date order, with Netflix's answer beside each claim."
      />
      <h1>Rumor timeline</h1>
      <p className="lede">
        Every report, interview and official statement about seasons 2 and 3, with Netflix’s answer
        beside each claim.
      </p>
      <NewestReport events={events} />
      <TimelineFiltersForm controls={controls} kinds={kinds} statuses={statuses} years={years} />
      {isFiltered ? <ActiveFilterChips controls={controls} /> : null}
      <p className="result-count" role="status">
        {isFiltered ? `${shown.length} of ${events.length} events` : `${events.length} events`}
        {isFiltered ? (
          <>
            {' · '}
            <button type="button" className="link-button" onClick={controls.clear}>
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
              <button ref={showMoreButton} type="button" className="link-button" onClick={showMore}>
                Show {nextStep} more of the {remaining} events left
              </button>
            </p>
          ) : null}
        </>
      )}
      {referenceList}
      {pageFooter}
    </ReferenceProvider>
  )
}
