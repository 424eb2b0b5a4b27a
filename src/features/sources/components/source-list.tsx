import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { EmptyListState } from '@/components/empty-state'
import { PageHead } from '@/components/page-head'
import { PageFooter } from '@/components/page-footer'
import { fixtureFiles } from '@/config/fixture-files'
import { sourceQueries } from '../api/source-queries'
import { OutletTrackTable } from './outlet-track-table'
import { ExternalArticleLink, PublishedDate, SourceName, webAddress } from './source-details'
import '../sources.css'
import { paths } from '@/config/paths'

function citedByCount(count: number): string {
  if (count === 0) return 'Not cited by any page yet'
  return `Cited by ${count} ${count === 1 ? 'page' : 'pages'}`
}

export function SourceList() {
  const { data } = useSuspenseQuery(sourceQueries.list())

  return (
    <>
      <PageHead
        title="Sources"
        description="The news articles every fact on The Trauma Code wiki cites, with their outlet, date and every page that cites them."
      />
      <h1>Sources</h1>
      <p className="lede">
        Every fact on this wiki cites one of these {data.sources.length} articles. Where they
        disagree, the wiki shows both versions, each with its own citation.
      </p>
      <EmptyListState list={data.sources} title="No sources yet">
        No article has been added to the wiki so far.
      </EmptyListState>
      <ul className="card-list source-list">
        {data.sources.map((source) => {
          const url = webAddress(source.url)
          return (
            <li key={source.id} className="card source-card">
              <h2 className="card-title">
                <Link to={paths.source(source.id)}>
                  <SourceName source={source} />
                </Link>
              </h2>
              <p className="card-line">
                {source.outlet ?? 'Outlet not named'}
                {' · '}
                <PublishedDate published={source.published} />
              </p>
              {source.publishedNote === undefined ? null : (
                <p className="card-line card-muted source-note">{source.publishedNote}</p>
              )}
              <p className="card-line source-cited-count">{citedByCount(source.citedBy.length)}</p>
              {url === null ? null : (
                <p className="card-line">
                  <ExternalArticleLink url={url} />
                </p>
              )}
            </li>
          )
        })}
      </ul>
      <OutletTrackTable outlets={data.outlets} />
      <PageFooter
        sources={data.sources}
        files={[fixtureFiles.collection('sources'), fixtureFiles.collection('outlets')]}
        title="Sources"
      />
    </>
  )
}
