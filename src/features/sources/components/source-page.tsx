import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { Breadcrumb } from '@/components/breadcrumb'
import { Infobox, InfoboxRow } from '@/components/infobox'
import { PageHead } from '@/components/page-head'
import { TitledSection } from '@/components/titled-section'
import type { CitingPage } from '@/content/api-contract'
import { formatPartialDate } from '@/lib/format-date'
import { PageFooter } from '@/components/page-footer'
import { fixtureFiles } from '@/config/fixture-files'
import { sourceQueries } from '../api/source-queries'
import {
  ExternalArticleLink,
  PublishedDate,
  SourceName,
  sourceTitle,
  webAddress,
} from './source-details'
import '../sources.css'
import { paths } from '@/config/paths'

const kinds: { kind: CitingPage['kind']; heading: string }[] = [
  { kind: 'series', heading: 'The show' },
  { kind: 'origin', heading: 'The web novel and webtoon' },
  { kind: 'character', heading: 'Characters' },
  { kind: 'person', heading: 'Cast and crew' },
  { kind: 'timeline-event', heading: 'Rumor timeline' },
]

export function SourcePage({ id }: { id: string }) {
  const {
    data: { source, citedBy },
  } = useSuspenseQuery(sourceQueries.detail(id))
  const name = sourceTitle(source)
  const url = webAddress(source.url)
  const date = source.published ? formatPartialDate(source.published) : 'undated'
  const pageCount = `${citedBy.length} ${citedBy.length === 1 ? 'page' : 'pages'}`

  return (
    <>
      <PageHead
        title={name}
        section="Sources"
        description={`${name} (${source.outlet ?? 'outlet not named'}, ${date}): a news article cited on ${pageCount} of The Trauma Code wiki, with links to each.`}
      />
      <Breadcrumb section={{ label: 'Sources', path: paths.sources() }} current={name} />
      <div className="entity">
        <h1>
          <SourceName source={source} />
        </h1>
        {source.headline === null ? null : <p className="lede">{source.label}</p>}
        <Infobox spacing="compact" beside className="source-infobox">
          <InfoboxRow label="Outlet">{source.outlet ?? 'Not named in the article'}</InfoboxRow>
          <InfoboxRow label="Published">
            <PublishedDate published={source.published} />
          </InfoboxRow>
          {source.publishedNote === undefined ? null : (
            <InfoboxRow label="About the date">{source.publishedNote}</InfoboxRow>
          )}
          {url === null ? null : (
            <InfoboxRow label="Online">
              <ExternalArticleLink url={url} />
            </InfoboxRow>
          )}
          <InfoboxRow label="Saved copy">
            <code>{source.seedFile}</code>
          </InfoboxRow>
        </Infobox>
        <TitledSection title="Cited by">
          <p>
            {citedBy.length === 0
              ? 'No page of the wiki cites this article yet.'
              : `${pageCount} of the wiki ${citedBy.length === 1 ? 'cites' : 'cite'} this article.`}
          </p>
          <div className="cited-by-groups">
            {kinds.map(({ kind, heading }) => {
              const pages = citedBy.filter((page) => page.kind === kind)
              if (pages.length === 0) return null
              return (
                <section key={kind} aria-labelledby={`cited-by-${kind}`} className="cited-by-group">
                  <h3 id={`cited-by-${kind}`}>{heading}</h3>
                  <ul>
                    {pages.map((page) => (
                      <li key={page.slug}>
                        <Link to={page.path}>{page.title}</Link>
                      </li>
                    ))}
                  </ul>
                </section>
              )
            })}
          </div>
        </TitledSection>
      </div>
      <PageFooter sources={[source]} files={[fixtureFiles.source(source.id)]} title={name} />
    </>
  )
}
