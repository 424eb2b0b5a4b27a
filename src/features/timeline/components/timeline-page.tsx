/**
 * The rumor timeline, in pages (docs/decisions/020-timeline-pages.md): the front page lists the
 * pages by year, and each page shows its events in full, so everything reads without JavaScript.
 * The filters search every event, whichever page they are used on (`FilterableTimeline`).
 */
import { useSuspenseQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { PageFooter } from '@/components/page-footer'
import { PageHead } from '@/components/page-head'
import { fixtureFiles } from '@/config/fixture-files'
import { paths } from '@/config/paths'
import { useLocation } from 'react-router'
import { timelinePageTitle } from '@/content/timeline-pages'
import { ReferenceList, ReferenceProvider } from '@/components/references'
import { timelineQueries } from '../api/timeline-queries'
import { deriveTimeline } from '../timeline-lookups'
import '../timeline.css'
import '../timeline-matches.css'
import { FilterableTimeline } from './filterable-timeline'
import { LatestNews } from './follow-the-news'
import { TimelineContents, TimelineOlderNewer, dateRange, eventCount } from './timeline-pager'

/** What the timeline holds, which the description and the lede both say. */
const about =
  'reports, interviews and Netflix statements about seasons 2 and 3, with Netflix’s answer beside each claim'

/**
 * The front page at /timeline, or the page of the timeline the address names. A keystroke in the
 * filters re-renders `FilterableTimeline` only: what this component renders around it, and the
 * elements it passes down, stay as they are.
 */
export function TimelinePage() {
  const { data } = useSuspenseQuery(timelineQueries.list())
  const lookups = useMemo(() => deriveTimeline(data), [data])
  // The page the address names; none on the front page (the loader turned away any other).
  const { pathname } = useLocation()
  const page = data.pages.find((candidate) => paths.timelinePage(candidate) === pathname)
  const title = page ? timelinePageTitle(page) : 'Rumor timeline'
  const lede = page
    ? `${eventCount(page.count)}, ${dateRange(page)}: ${about}.`
    : `All the ${about}, by year.`

  return (
    // Each page numbers the articles its own entries cite (decision 034).
    <ReferenceProvider sources={data.sources} scope={pathname}>
      <PageHead title={title} description={`The Trauma Code: Heroes on Call. ${lede}`} />
      <h1>{title}</h1>
      <p className="lede">{lede}</p>
      <LatestNews events={data.events} />
      <FilterableTimeline
        data={data}
        lookups={lookups}
        page={page}
        pageLinks={
          page ? (
            <>
              <TimelineOlderNewer pages={data.pages} current={page} />
              <TimelineContents pages={data.pages} current={page} />
            </>
          ) : null
        }
        references={<ReferenceList />}
      />
      <PageFooter
        sources={data.sources}
        files={[fixtureFiles.collection('timeline'), fixtureFiles.collection('outlets')]}
        title={title}
      />
    </ReferenceProvider>
  )
}
