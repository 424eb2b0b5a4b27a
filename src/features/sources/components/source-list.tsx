import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { EmptyState } from '@/components/empty-state'
import { PageHead } from '@/components/page-head'
import type { SourceBody } from '@/content/api-contract'
import { formatPartialDate } from '@/lib/format-date'
import { sourceQueries } from '../api/source-queries'
import '../sources.css'
import { paths } from '@/config/paths'

/**
 * The article's headline as printed or, when the saved copy has none, our own label, marked so a
 * reader never takes our words for the article's.
 */
export function SourceName({ source }: { source: Pick<SourceBody, 'headline' | 'label'> }) {
  if (source.headline !== null) return <>{source.headline}</>
  return (
    <>
      <span className="source-untitled">Untitled article:</span> {source.label}
    </>
  )
}

/** Plain text for `<title>` and meta descriptions. */
export function sourceTitle(source: Pick<SourceBody, 'headline' | 'label'>): string {
  return source.headline ?? source.label
}

export function PublishedDate({ published }: { published: SourceBody['published'] }) {
  if (published === null) return <>Undated</>
  return <time dateTime={published.value}>{formatPartialDate(published)}</time>
}

/** The article's address when it is a web link we can safely open; null otherwise. */
export function webAddress(url: string | null): string | null {
  return url !== null && /^https?:\/\//i.test(url) ? url : null
}

/** "Read the article", opening in a new tab. */
export function ExternalArticleLink({ url }: { url: string }) {
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      Read the article <span className="visually-hidden">(opens in a new tab)</span>
    </a>
  )
}

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
      {data.sources.length === 0 ? (
        <EmptyState title="No sources yet">
          No article has been added to the wiki so far.
        </EmptyState>
      ) : null}
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
    </>
  )
}
