/**
 * Wikipedia-style references: `<Cite>` (cite.tsx) prints numbered markers that preview the
 * articles, and the list at the foot links each article to its source page. Numbers follow the order of the
 * `sources` array the API sent with the page, so they are stable between renders.
 */
import { type ReactNode, createContext, use, useId, useMemo } from 'react'
import { Link } from 'react-router'
import type { SourceBody } from '@/content/api-contract'
import { formatPartialDate } from '@/lib/format-date'
import { paths } from '@/config/paths'
import './references.css'

type ReferenceIndex = {
  sources: readonly SourceBody[]
  numberOf: Map<string, number>
  idPrefix: string
}

const ReferenceContext = createContext<ReferenceIndex | null>(null)

export function ReferenceProvider({
  sources,
  children,
}: {
  sources: readonly SourceBody[]
  children: ReactNode
}) {
  const idPrefix = useId().replaceAll(':', '')
  const index = useMemo(
    () => ({
      sources,
      numberOf: new Map(sources.map((source, position) => [source.id, position + 1])),
      idPrefix,
    }),
    [sources, idPrefix],
  )
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

export function ReferenceList() {
  const index = useReferenceIndex()
  if (index.sources.length === 0) return null
  const headingId = `${index.idPrefix}-references`
  return (
    <section className="references" aria-labelledby={headingId}>
      <h2 id={headingId}>References</h2>
      <ol>
        {index.sources.map((source) => (
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
