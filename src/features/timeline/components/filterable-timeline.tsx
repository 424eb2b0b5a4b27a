/**
 * The part of a timeline page that the filters change: the form, the matches from every page while
 * a filter is set, and the page's own entries while none is (docs/decisions/030-timeline-matches.md).
 * A component of its own, holding the filter state, so that a keystroke re-renders this part and
 * not the page around it (its title, lede, latest news and footer).
 *
 * The page's entries stay mounted while a filter is set, hidden, so clearing it does not rebuild
 * them; the match list is there, hidden, from hydration on, so the first keystroke shows rows
 * already built (decision 031). Until hydration the page renders as the prerender did (no
 * filters), so hydration finds the markup it expects; the address's filters apply from the render
 * after.
 */
import { type ReactNode, useEffect, useMemo } from 'react'
import { Link, useNavigate } from 'react-router'
import type { TimelineResponse } from '@/content/api-contract'
import { paths, timelineAnchors } from '@/config/paths'
import { EmptyState } from '@/components/empty-state'
import { ReferenceProvider } from '@/components/references'
import { type TimelinePage, isSameTimelinePage, timelinePageName } from '@/content/timeline-pages'
import { useMeasureCommit } from '@/lib/interaction-timing'
import { openLinksInApp } from '@/lib/open-links-in-app'
import { groupThousands } from '@/lib/format-number'
import { useHydrated } from '@/lib/use-hydrated'
import { whenIdle } from '@/lib/when-idle'
import { applyFilters } from '../timeline-filters'
import type { TimelineLookups } from '../timeline-lookups'
import { useIncrementalList } from '../use-incremental-list'
import { useTimelineFilters } from '../use-timeline-filters'
import { TimelineEntry } from './timeline-entry'
import { TimelineMatch } from './timeline-match'
import { ActiveFilterChips, TimelineFiltersForm } from './timeline-filters-form'
import { TimelineContents, eventCount } from './timeline-pager'

/**
 * Lays the waiting match list out once, out of sight, when the page is next idle; hidden, it keeps
 * that layout (timeline-matches.css), so the first keystroke finds its rows laid out, their fonts
 * set up and their words shaped (decisions 031 and 032). About 20 ms at a phone's speed, in a task
 * of its own. A callback ref, stable, so it runs when the list mounts and not on each render.
 */
function layOutWhenIdle(list: HTMLOListElement) {
  // Without idle callbacks (Safari) the first keystroke lays the rows out.
  return whenIdle(() => {
    list.dataset.layingOut = ''
    list.getBoundingClientRect()
    delete list.dataset.layingOut
  })
}

export function FilterableTimeline({
  data,
  lookups,
  page,
  pageLinks,
  references,
}: {
  data: TimelineResponse
  lookups: TimelineLookups
  /** The page the address names; none on the front page, which shows the newest page's events. */
  page: TimelinePage | undefined
  /** What follows the entries on a page of the timeline (its links to the others). */
  pageLinks: ReactNode
  /** The references of the page's entries, hidden with them while a filter is set. */
  references: ReactNode
}) {
  const events = data.events
  const { statuses, searchable, outletsBySlug, people, eventsBySlug, claims, years, kinds } =
    lookups
  const controls = useTimelineFilters(statuses)
  const hydrated = useHydrated()
  const navigate = useNavigate()
  const { filters, isFiltered, filteredByReader } = controls
  const { kind, status, year, text, order } = filters
  const shown = useMemo(
    () => applyFilters(searchable, { kind, status, year, text, order }),
    [searchable, kind, status, year, text, order],
  )
  // The filter's texts are normalized after the page is up, in steps, not while it hydrates.
  useEffect(() => searchable.prepareAll(), [searchable])
  // Unfiltered, a page shows its own events, all of them: that is what reads without scripts. The
  // front page shows the newest page's, so a fan who opens the timeline meets the latest news.
  const latest = data.pages.at(-1)
  const shownPage = page ?? latest
  // The page's entries, list and all, one element from one keystroke to the next: a keystroke only
  // hides the wrapper around it, and React passes the whole list by. Re-creating the entries cost
  // about 0.5 ms at 100x (decision 032); passing each of them by, as every keystroke did while the
  // list itself took the `hidden` attribute, cost the first letter and "net" 0.3 to 1 ms more from
  // input to commit (decision 039).
  const pageEntries = useMemo(() => {
    const ordered = order === 'newest' ? [...events].reverse() : events
    const entries = ordered
      .filter((event) => shownPage && isSameTimelinePage(event.page, shownPage))
      .map((event) => (
        <li
          key={event.slug}
          id={timelineAnchors.event(event.slug)}
          className="timeline-event"
          tabIndex={-1}
        >
          <TimelineEntry
            event={event}
            outletsBySlug={outletsBySlug}
            eventsBySlug={eventsBySlug}
            claims={claims}
            people={people}
          />
        </li>
      ))
    return (
      <ol className="timeline" data-render-near-screen={!page || undefined}>
        {entries}
      </ol>
    )
  }, [events, order, page, shownPage, outletsBySlug, eventsBySlug, claims, people])
  // A new filter starts the list from its first step again, and numbers its matches' citations
  // from 1 again.
  const filterKey = JSON.stringify([kind, status, year, text, order])
  const { visible, remaining, nextStep, showMore, showMoreButton } = useIncrementalList(
    shown,
    filterKey,
  )
  useMeasureCommit('timeline-filter', text)
  // The front page's contents, hidden rather than unmounted while a filter is set: unmounting their
  // links cost the first keystroke about 3 ms of React's clean-up at 100x. The same element each
  // render, so a keystroke does not re-render them.
  const frontPageContents = useMemo(
    () =>
      !page && latest ? (
        <>
          <TimelineContents pages={data.pages} />
          <p className="timeline-latest">
            The newest events, from{' '}
            <Link to={paths.timelinePage(latest)}>{timelinePageName(latest)}</Link>:
          </p>
        </>
      ) : null,
    [page, latest, data.pages],
  )

  return (
    <>
      <TimelineFiltersForm
        kind={kind}
        status={status}
        year={year}
        order={order}
        textInAddress={controls.textInAddress}
        searchInput={controls.searchInput}
        update={controls.update}
        typeText={controls.typeText}
        kinds={kinds}
        statuses={statuses}
        years={years}
      />
      {isFiltered ? <ActiveFilterChips controls={controls} /> : null}
      {/* A live region, which a rehearsal leaves as it was: some screen readers would announce a
          region changed in a task, even back to what it said. */}
      <p className="result-count" role="status">
        {filteredByReader
          ? `${groupThousands(shown.length)} of ${eventCount(events.length)}, from every year`
          : `${eventCount(events.length)} in the timeline`}
        {filteredByReader ? (
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
      ) : (
        <>
          {isFiltered && shown.length === 0 ? (
            <p className="empty-state">No event matches these filters.</p>
          ) : null}
          {frontPageContents ? (
            <div className="timeline-kept-hidden" hidden={isFiltered}>
              {frontPageContents}
            </div>
          ) : null}
          {/* Built once the page has hydrated and kept, hidden while no filter is set: unfiltered
              it holds the first events, which a first letter typed mostly keeps, so the first
              keystroke shows rows rather than building them with code that has never run
              (decision 031). */}
          {hydrated ? (
            // Numbered apart: the matches come from every page, and their markers must not add
            // articles to this page's references (decision 034). No list of them is shown, so
            // each filter's matches number from 1, in the order they cite.
            <ReferenceProvider sources={data.sources} scope={filterKey}>
              <ol
                ref={layOutWhenIdle}
                className="timeline-matches"
                aria-label="Matching events"
                hidden={!isFiltered}
                onClick={openLinksInApp(navigate)}
              >
                {visible.map((event) => (
                  <TimelineMatch key={event.slug} event={event} outletsBySlug={outletsBySlug} />
                ))}
              </ol>
            </ReferenceProvider>
          ) : null}
          {/* Hidden, not unmounted, while a filter is set: clearing it shows them again. On the
              front page entries render as the reader nears them (timeline.css): no link lands on
              an event there. The wrapper is hidden, not the list, so the list stays one element. */}
          <div className="timeline-entries" hidden={isFiltered}>
            {pageEntries}
          </div>
          {isFiltered && remaining > 0 ? (
            <p className="timeline-more">
              <button ref={showMoreButton} type="button" className="link-button" onClick={showMore}>
                {nextStep < remaining
                  ? `Show ${nextStep} more of the ${eventCount(remaining)} left`
                  : remaining === 1
                    ? 'Show the last event'
                    : `Show the last ${eventCount(remaining)}`}
              </button>
            </p>
          ) : null}
        </>
      )}
      {pageLinks}
      {/* The references are the page's entries' and are hidden with them while a filter is set. A
          disputed status among the matches keeps its marker, whose preview names and links the
          article without the list (decision 015). Shown, the list came into view as the matches
          shortened the page and was laid out in the frame after each keystroke's (decision 031). */}
      <div className="timeline-kept-hidden" hidden={isFiltered}>
        {references}
      </div>
    </>
  )
}
