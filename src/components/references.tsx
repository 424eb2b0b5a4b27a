/**
 * Wikipedia-style references: `<Cite>` (cite.tsx) prints numbered markers that preview the
 * articles, and the list at the foot links each article to its source page. As on Wikipedia, the
 * numbers go by the order in which the page first cites each article, and the list holds only the
 * articles the page cites: a page's data may carry more (one timeline document serves every page
 * of the timeline), and which facts show a marker is decided as the page renders (a list page
 * cites only disagreements). Decision 034.
 */
import { type ReactNode, createContext, use, useId, useMemo } from 'react'
import { Link } from 'react-router'
import type { SourceBody } from '@/content/api-contract'
import { formatPartialDate } from '@/lib/format-date'
import { paths } from '@/config/paths'
import './references.css'

type ReferenceIndex = {
  /**
   * The article's number, given the first time the page cites it. Markers render before the list
   * that closes the page, in the same order on the server and in the browser, so the prerendered
   * numbers and the hydrated ones agree. Numbering is a write during render, but one that a second
   * render finds done: React's repeated and skipped renders leave every number as it was. 0 for
   * an article the page's data does not have.
   */
  numberOf: (id: string) => number
  /** The articles cited so far, in number order (article n at n - 1): what the list shows. */
  cited: readonly SourceBody[]
  idPrefix: string
}

const ReferenceContext = createContext<ReferenceIndex | null>(null)

/**
 * Numbers the articles cited inside it. `scope` names what is numbered where one document serves
 * several pages (the timeline's pages) or lists (a timeline filter's matches): a new scope numbers
 * from 1 again.
 */
export function ReferenceProvider({
  sources,
  scope,
  children,
}: {
  sources: readonly SourceBody[]
  scope?: string
  children: ReactNode
}) {
  const idPrefix = useId().replaceAll(':', '')
  // Built once per document: a scope that changes on each keystroke (a timeline filter's) restarts
  // only the numbering.
  const byId = useMemo(() => new Map(sources.map((source) => [source.id, source])), [sources])
  const index = useMemo((): ReferenceIndex => {
    const cited: SourceBody[] = []
    return {
      numberOf(id) {
        const source = byId.get(id)
        if (!source) return 0
        const position = cited.indexOf(source)
        return position < 0 ? cited.push(source) : position + 1
      },
      cited,
      idPrefix,
    }
    // `scope` starts the numbering again without changing anything the index reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [byId, idPrefix, scope])
  return <ReferenceContext value={index}>{children}</ReferenceContext>
}

/** When an article was published, or, undated, the newest event it reports. */
export function articleDate(source: SourceBody): string {
  if (source.published) return formatPartialDate(source.published)
  if (source.asOf) return `written on or after ${formatPartialDate(source.asOf.date)}`
  return 'date not given'
}

export function useReferenceIndex(): ReferenceIndex {
  const index = use(ReferenceContext)
  if (!index) throw new Error('<Cite> and <ReferenceList> need a <ReferenceProvider> around them')
  return index
}

function referenceAnchor(index: ReferenceIndex, sourceId: string): string {
  return `${index.idPrefix}-ref-${sourceId}`
}

/** The articles the page has cited above it. Render it after everything that cites. */
export function ReferenceList() {
  const index = useReferenceIndex()
  if (index.cited.length === 0) return null
  const headingId = `${index.idPrefix}-references`
  return (
    <section className="references" aria-labelledby={headingId}>
      <h2 id={headingId}>References</h2>
      <ol>
        {index.cited.map((source) => (
          <li key={source.id} id={referenceAnchor(index, source.id)}>
            <Link to={paths.source(source.id)}>{source.headline ?? source.label}</Link>
            {'. '}
            <span className="reference-meta">
              {source.outlet ?? 'Outlet not named'}
              {', '}
              {source.published
                ? articleDate(source)
                : `undated${source.asOf ? `, ${articleDate(source)}` : ''}`}
              .
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
