import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { EmptyListState } from '@/components/empty-state'
import { Cite } from '@/components/cite'
import { ReferenceList, ReferenceProvider } from '@/components/references'
import { stanceLabels } from '@/content/labels'
import { PageHead } from '@/components/page-head'
import type { Disagreement, DisagreementValue } from '@/content/disagreements'
import { formatPartialDate } from '@/lib/format-date'
import { disagreementQueries } from '../api/disagreement-queries'
import '../disagreements.css'
import { paths } from '@/config/paths'
import { PageFooter } from '@/components/page-footer'
import { fixtureFiles } from '@/config/fixture-files'

function ValueText({ value }: { value: DisagreementValue }) {
  switch (value.kind) {
    case 'text':
      return <>{value.text}</>
    case 'date':
      return <>{formatPartialDate(value.date)}</>
    case 'stance':
      return <>{stanceLabels[value.stance]}</>
    case 'link':
      return <Link to={value.path}>{value.text}</Link>
  }
}

function DisagreementItem({ disagreement }: { disagreement: Disagreement }) {
  return (
    <li className="disagreement-entry">
      <h3 className="disagreement-topic">{disagreement.topic}</h3>
      {disagreement.page.path.includes('#') ? (
        <p className="disagreement-where">
          In <Link to={disagreement.page.path}>{disagreement.page.title}</Link>
        </p>
      ) : null}
      <ul className="disagreement-values">
        {disagreement.values.map((entry, position) => (
          <li key={position}>
            <ValueText value={entry.value} />
            <Cite of={entry} />
            {entry.context ? <span className="muted"> ({entry.context})</span> : null}
            {entry.note ? <p className="fact-note">{entry.note}</p> : null}
          </li>
        ))}
      </ul>
    </li>
  )
}

/** For contributors: every disagreement between articles, grouped by the page that shows it. */
export function DisagreementsPage() {
  const { data } = useSuspenseQuery(disagreementQueries.list())
  // Timeline entries point at an event on one of the timeline's pages; contributors want them
  // together under the timeline's front page.
  const pages = new Map<string, Disagreement[]>()
  for (const entry of data.disagreements) {
    const address = entry.page.path.split('#')[0] ?? '/'
    const pagePath = address.startsWith(`${paths.timeline()}/`) ? paths.timeline() : address
    pages.set(pagePath, [...(pages.get(pagePath) ?? []), entry])
  }

  return (
    <ReferenceProvider sources={data.sources}>
      <PageHead
        title="Where the sources disagree"
        description="Every point on which the news articles about The Trauma Code: Heroes on Call disagree, each value with its citation."
      />
      <h1>Where the sources disagree</h1>
      <p className="lede">
        {data.disagreements.length} points on which the articles give different answers. The wiki
        never picks one: each page shows every value with its own citation. When a new article
        settles a point, add its value and source; do not delete the others.
      </p>
      <EmptyListState list={data.disagreements} title="No disagreements">
        The articles agree on everything the wiki records so far.
      </EmptyListState>
      {[...pages].map(([pagePath, entries]) => {
        const pageTitle = pagePath === paths.timeline() ? 'Rumor timeline' : entries[0]?.page.title
        return (
          <section key={pagePath} className="disagreement-page" aria-label={pageTitle}>
            <h2>
              <Link to={pagePath}>{pageTitle}</Link>
            </h2>
            <ul className="disagreement-list">
              {entries.map((entry, position) => (
                // Entries never move within a page, so their position is a stable key.
                <DisagreementItem key={position} disagreement={entry} />
              ))}
            </ul>
          </section>
        )
      })}
      <ReferenceList />
      <PageFooter
        sources={data.sources}
        files={[fixtureFiles.collection('characters'), fixtureFiles.collection('people')]}
        title="Where the sources disagree"
      />
    </ReferenceProvider>
  )
}
