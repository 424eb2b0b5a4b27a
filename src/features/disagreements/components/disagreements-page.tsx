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
    <li className={`disagreement-entry disagreement-${disagreement.weight}`}>
      <h4 className="disagreement-topic">{disagreement.topic}</h4>
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
            {/* The articles' own words side by side: what a contributor weighs them by. */}
            {Object.values(entry.evidence ?? {}).map((excerpt) => (
              <q key={excerpt} className="disagreement-excerpt">
                {excerpt}
              </q>
            ))}
            {entry.note ? <p className="fact-note">{entry.note}</p> : null}
          </li>
        ))}
      </ul>
    </li>
  )
}

/**
 * The disagreements of one weight, grouped by the page that shows them. `kind` tells apart the
 * regions of one page under both weights, since landmarks must have names of their own.
 */
function DisagreementsByPage({
  disagreements,
  kind,
}: {
  disagreements: readonly Disagreement[]
  kind: string
}) {
  // Timeline entries point at an event on one of the timeline's pages; contributors want them
  // together under the timeline's front page.
  const pages = new Map<string, Disagreement[]>()
  for (const entry of disagreements) {
    const address = entry.page.path.split('#')[0] ?? '/'
    const pagePath = address.startsWith(`${paths.timeline()}/`) ? paths.timeline() : address
    pages.set(pagePath, [...(pages.get(pagePath) ?? []), entry])
  }
  return [...pages].map(([pagePath, entries]) => {
    const pageTitle = pagePath === paths.timeline() ? 'Rumor timeline' : entries[0]?.page.title
    return (
      <section
        key={pagePath}
        className="disagreement-page"
        aria-label={`${pageTitle ?? ''}: ${kind}`}
      >
        <h3>
          <Link to={pagePath}>{pageTitle}</Link>
        </h3>
        <ul className="disagreement-list">
          {entries.map((entry, position) => (
            // Entries never move within a page, so their position is a stable key.
            <DisagreementItem key={position} disagreement={entry} />
          ))}
        </ul>
      </section>
    )
  })
}

/**
 * For contributors: every disagreement between articles, those of substance apart from spelling
 * and wording variants, each grouped by the page that shows it.
 */
export function DisagreementsPage() {
  const { data } = useSuspenseQuery(disagreementQueries.list())
  const substance = data.disagreements.filter((entry) => entry.weight === 'substance')
  const wording = data.disagreements.filter((entry) => entry.weight === 'wording')

  return (
    <ReferenceProvider sources={data.sources}>
      <PageHead
        title="Where the sources disagree"
        description="Every point on which the news articles about The Trauma Code: Heroes on Call disagree, each value with its citation."
      />
      <h1>Where the sources disagree</h1>
      <p className="lede">
        {substance.length} points on which the articles give different answers, and {wording.length}{' '}
        on which they say the same thing in other words. The wiki never picks one: each page shows
        every value with its own citation. When a new article settles a point, add its value and
        source; do not delete the others.
      </p>
      <EmptyListState list={data.disagreements} title="No disagreements">
        The articles agree on everything the wiki records so far.
      </EmptyListState>
      {substance.length > 0 ? (
        <section aria-labelledby="substance-heading">
          <h2 id="substance-heading">Sources disagree</h2>
          <p className="muted">
            Who plays whom, a role, a rank, a status or a date: pages flag these &ldquo;Sources
            disagree&rdquo; and show each value with its citation.
          </p>
          <DisagreementsByPage disagreements={substance} kind="sources disagree" />
        </section>
      ) : null}
      {wording.length > 0 ? (
        <section aria-labelledby="wording-heading">
          <h2 id="wording-heading">Spelling and wording</h2>
          <p className="muted">
            The same thing spelled or worded apart, marked <code>&quot;variant&quot;</code> in the
            content files: pages show these quietly, as &ldquo;also written&rdquo;, with one
            citation for the field.
          </p>
          <DisagreementsByPage disagreements={wording} kind="spelling and wording" />
        </section>
      ) : null}
      <ReferenceList />
      <PageFooter
        sources={data.sources}
        files={[fixtureFiles.collection('characters'), fixtureFiles.collection('people')]}
        title="Where the sources disagree"
      />
    </ReferenceProvider>
  )
}
