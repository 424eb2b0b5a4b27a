/**
 * The rumor timeline, in pages (docs/decisions/020-timeline-pages.md): the front page lists the
 * pages by year, and each page shows its events in full, so everything reads without JavaScript.
 * The filters search every event, whichever page they are used on: while one is set, the page's
 * own entries are hidden (kept mounted, so clearing the filter does not rebuild them) and the
 * matches from every page show as a list of results, a step at a time, each linking to its event
 * (docs/decisions/030-timeline-matches.md). That list is there, hidden, from hydration on, so the
 * first keystroke shows rows already built (decision 031). Until hydration the page renders as the prerender did
 * (no filters), so hydration finds the markup it expects; the address's filters apply from the
 * render after.
 */
import { useSuspenseQuery } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import { EmptyState } from '@/components/empty-state'
import { PageFooter } from '@/components/page-footer'
import { PageHead } from '@/components/page-head'
import { fixtureFiles } from '@/config/fixture-files'
import { paths, timelineAnchors } from '@/config/paths'
import { Link, useLocation, useNavigate } from 'react-router'
import { isSameTimelinePage, timelinePageName, timelinePageTitle } from '@/content/timeline-pages'
import { ReferenceList, ReferenceProvider } from '@/components/references'
import { useMeasureCommit } from '@/lib/interaction-timing'
import { openLinksInApp } from '@/lib/open-links-in-app'
import { useHydrated } from '@/lib/use-hydrated'
import { timelineQueries } from '../api/timeline-queries'
import { applyFilters } from '../timeline-filters'
import { deriveTimeline } from '../timeline-lookups'
import '../timeline.css'
import '../timeline-matches.css'
import { useIncrementalList } from '../use-incremental-list'
import { useTimelineFilters } from '../use-timeline-filters'
import { LatestNews } from './follow-the-news'
import { TimelineEntry } from './timeline-entry'
import { TimelineMatch } from './timeline-match'
import { ActiveFilterChips, TimelineFiltersForm } from './timeline-filters-form'
import { TimelineContents, TimelineOlderNewer, dateRange, eventCount } from './timeline-pager'

/**
 * Lays the waiting match list out once, out of sight, when the page is next idle; hidden, it keeps
 * that layout (timeline-matches.css), so the first keystroke finds its rows laid out, their fonts
 * set up and their words shaped (decisions 031 and 032). About 20 ms at a phone's speed, in a task
 * of its own. A callback ref, stable, so it runs when the list mounts and not on each render.
 */
function layOutWhenIdle(list: HTMLOListElement) {
  // Safari has no requestIdleCallback: there the first keystroke lays the rows out.
  if (typeof requestIdleCallback === 'undefined') return
  const idle = requestIdleCallback(() => {
    list.dataset.layingOut = ''
    list.getBoundingClientRect()
    delete list.dataset.layingOut
  })
  return () => cancelIdleCallback(idle)
}

/** What the timeline holds, which the description and the lede both say. */
const about =
  'reports, interviews and Netflix statements about seasons 2 and 3, with Netflix’s answer beside each claim'

/** The front page at /timeline, or the page of the timeline the address names. */
export function TimelinePage() {
  const { data } = useSuspenseQuery(timelineQueries.list())
  const events = data.events
  const derived = useMemo(() => deriveTimeline(data), [data])
  const { statuses, texts, outletsBySlug, people, eventsBySlug, claims, years, kinds } = derived
  const controls = useTimelineFilters(statuses)
  const hydrated = useHydrated()
  const navigate = useNavigate()
  const { filters, isFiltered } = controls
  const { kind, status, year, text, order } = filters
  const shown = useMemo(
    () => applyFilters(events, { kind, status, year, text, order }, texts),
    [events, kind, status, year, text, order, texts],
  )
  // The filter's texts are normalized after the page is up, in steps, not while it hydrates.
  useEffect(() => texts.prepareAll(events), [texts, events])
  // The page the address names; none on the front page (the loader turned away any other).
  // Memoized so that React's lint knows it stays the same object while the page footer's memo
  // below depends on it.
  const { pathname } = useLocation()
  const page = useMemo(
    () => data.pages.find((candidate) => paths.timelinePage(candidate) === pathname),
    [data.pages, pathname],
  )
  // Unfiltered, a page shows its own events, all of them: that is what reads without scripts. The
  // front page shows the newest page's, so a fan who opens the timeline meets the latest news.
  const latest = data.pages.at(-1)
  const shownPage = page ?? latest
  // The page's entries, the same elements from one keystroke to the next: a keystroke only hides
  // them, and React then passes them by (re-creating them cost about 0.5 ms at 100x, decision 032).
  const pageEntries = useMemo(() => {
    const ordered = order === 'newest' ? [...events].reverse() : events
    return ordered
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
  }, [events, order, shownPage, outletsBySlug, eventsBySlug, claims, people])
  // A new filter starts the list from its first step again, and numbers its matches' citations
  // from 1 again.
  const filterKey = JSON.stringify([kind, status, year, text, order])
  const { visible, remaining, nextStep, showMore, showMoreButton } = useIncrementalList(
    shown,
    filterKey,
  )
  useMeasureCommit('timeline-filter', text)
  // Neither depends on the filters; keeping their elements skips re-rendering them on a keystroke
  // (the latest news line's first re-render cost the first keystroke about 0.5 ms at 100x).
  const referenceList = useMemo(() => <ReferenceList />, [])
  const latestNews = useMemo(() => <LatestNews events={events} />, [events])
  const title = page ? timelinePageTitle(page) : 'Rumor timeline'
  const pageFooter = useMemo(
    () => (
      <PageFooter
        sources={data.sources}
        files={[fixtureFiles.collection('timeline'), fixtureFiles.collection('outlets')]}
        title={title}
      />
    ),
    [data.sources, title],
  )
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
  const lede = page
    ? `${eventCount(page.count)}, ${dateRange(page)}: ${about}.`
    : `All the ${about}, by year.`

  return (
    // Each page numbers the articles its own entries cite (decision 034).
    <ReferenceProvider sources={data.sources} scope={pathname}>
      <PageHead title={title} description={`The Trauma Code: Heroes on Call. ${lede}`} />
      <h1>{title}</h1>
      <p className="lede">{lede}</p>
      {latestNews}
      <TimelineFiltersForm controls={controls} kinds={kinds} statuses={statuses} years={years} />
      {isFiltered ? <ActiveFilterChips controls={controls} /> : null}
      <p className="result-count" role="status">
        {isFiltered
          ? `${shown.length} of ${events.length} events, from every year`
          : `${eventCount(events.length)} in the timeline`}
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
              an event there. */}
          <ol className="timeline" hidden={isFiltered} data-render-near-screen={!page || undefined}>
            {pageEntries}
          </ol>
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
      {page ? (
        <>
          <TimelineOlderNewer pages={data.pages} current={page} />
          <TimelineContents pages={data.pages} current={page} />
        </>
      ) : null}
      {/* The references are the page's entries' and are hidden with them while a filter is set. A
          disputed status among the matches keeps its marker, whose preview names and links the
          article without the list (decision 015). Shown, the list came into view as the matches
          shortened the page and was laid out in the frame after each keystroke's (decision 031). */}
      <div className="timeline-kept-hidden" hidden={isFiltered}>
        {referenceList}
      </div>
      {pageFooter}
    </ReferenceProvider>
  )
}
