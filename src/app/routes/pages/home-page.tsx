/** The front page: the series, its renewal status and the way into each section. */
import { useSuspenseQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link } from 'react-router'
import { ReferenceList, ReferenceProvider } from '@/components/references'
import { PageHead } from '@/components/page-head'
import { seriesQueries } from '@/features/series/api/series-queries'
import { SeriesHeading, SeriesOverview } from '@/features/series/components/series-overview'
import { timelineQueries } from '@/features/timeline/api/timeline-queries'
import { RenewalHistory } from '@/features/timeline/components/renewal-history'
import { RenewalStatusCard } from '@/features/timeline/components/renewal-status-card'
import { paths } from '@/config/paths'
import { sectionLinks } from '@/app/route-table'
import '../home.css'
import { PageFooter } from '@/components/page-footer'
import { fixtureFiles } from '@/config/fixture-files'

export function HomePage() {
  const { data: series } = useSuspenseQuery(seriesQueries.detail())
  const { data: renewalStatus } = useSuspenseQuery(timelineQueries.renewalStatus())
  // Both documents' articles; the provider looks each up by id, so one cited by both is one
  // reference. The same array while the documents are, so the numbering is not started again.
  const sources = useMemo(
    () => [...series.sources, ...renewalStatus.sources],
    [series.sources, renewalStatus.sources],
  )
  return (
    <ReferenceProvider sources={sources}>
      <PageHead description="Fan wiki for the Netflix medical drama The Trauma Code: Heroes on Call: characters, cast and crew, the webtoon it adapts and every season 2 and 3 rumor, each fact cited." />
      <div className="home-banner" aria-hidden="true" />
      <SeriesHeading />
      {/* The status comes first in the page: it is what most readers come for, and on a phone it
          then fills the first screen. Wide screens put it beside the overview (home.css). */}
      <div className="home-layout">
        <aside className="home-status" aria-label="Renewal status">
          <RenewalStatusCard />
        </aside>
        <div className="home-main">
          <SeriesOverview />
        </div>
        <div className="home-history">
          <RenewalHistory />
        </div>
      </div>
      <nav aria-labelledby="explore-heading">
        <h2 id="explore-heading">Explore the wiki</h2>
        <ul className="section-links">
          {sectionLinks
            .filter((section) => section.path !== paths.home())
            .map((section) => (
              <li key={section.path}>
                <Link to={section.path}>{section.label}</Link>
              </li>
            ))}
        </ul>
      </nav>
      <ReferenceList />
      <PageFooter
        sources={sources}
        files={[fixtureFiles.series(series.series.slug), fixtureFiles.collection('timeline')]}
        title="The Trauma Code: Heroes on Call"
      />
    </ReferenceProvider>
  )
}
