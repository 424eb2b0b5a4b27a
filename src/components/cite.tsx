/**
 * A citation marker, as Wikipedia's Reference Previews: one marker per cited fact, its numbers
 * merged (`[1–3]`, `[1, 4]`), that opens a preview of each article: title, outlet, date and the
 * article's own words for this fact (its evidence excerpt), or the article's description where a
 * citation has none. The preview is a native popover: a tap or Enter toggles it, Escape and a tap
 * elsewhere close it, and `interestfor` opens it on hover and keyboard focus where the browser
 * supports interest invokers. Its content renders only while it is open: a page of 40 markers
 * would otherwise carry 40 hidden previews in its HTML, to download and hydrate. Decision 015.
 */
import { useId, useState } from 'react'
import { Link } from 'react-router'
import type { SourceBody } from '@/content/api-contract'
import { paths } from '@/config/paths'
import { articleDate, useReferenceIndex } from './references'
import './cite.css'

/** What a marker cites: a fact's sources, with each one's supporting words when it has them. */
export type Cited = {
  sources: readonly string[]
  evidence?: Readonly<Record<string, string>>
}

/**
 * The sources of one or more facts under one marker, each source with every distinct excerpt the
 * facts quote from it: a sentence or an infobox field that states several facts cites once, and
 * its preview still shows, article by article, the words behind each of them.
 */
function excerptsBySource(cited: Cited | readonly Cited[]): Map<string, string[]> {
  const facts: readonly Cited[] = 'sources' in cited ? [cited] : cited
  const excerpts = new Map<string, string[]>()
  for (const fact of facts) {
    for (const source of fact.sources) {
      const known = excerpts.get(source) ?? []
      const excerpt = fact.evidence?.[source]
      if (excerpt !== undefined && !known.includes(excerpt)) known.push(excerpt)
      excerpts.set(source, known)
    }
  }
  return excerpts
}

/** "1–3, 5": runs of three or more consecutive numbers collapse into a range. */
export function numberRanges(numbers: readonly number[]): string {
  const runs: number[][] = []
  for (const number of numbers) {
    const run = runs.at(-1)
    const previous = run?.at(-1)
    if (run && previous === number - 1) run.push(number)
    else runs.push([number])
  }
  return runs
    .flatMap((run) => (run.length >= 3 ? [`${run[0] ?? ''}–${run.at(-1) ?? ''}`] : run.map(String)))
    .join(', ')
}

function PreviewEntry({ source, excerpts }: { source: SourceBody; excerpts: readonly string[] }) {
  return (
    <span className="cite-preview-entry">
      <Link to={paths.source(source.id)} className="cite-preview-title">
        {source.headline ?? source.label}
      </Link>
      <span className="cite-preview-meta">
        {source.outlet ?? 'Outlet not named'} · {articleDate(source)}
      </span>
      {excerpts.length === 0 ? (
        // What the article is, in the wiki's words, under its headline; an article saved without
        // its headline is titled by these words already, and says them once.
        source.headline ? (
          <span className="cite-preview-text">{source.label}</span>
        ) : null
      ) : (
        excerpts.map((excerpt) => (
          <q key={excerpt} className="cite-preview-text">
            {excerpt}
          </q>
        ))
      )}
    </span>
  )
}

/** One marker for `of`: a fact, or the facts of one sentence or infobox field. */
export function Cite({ of: cited }: { of: Cited | readonly Cited[] }) {
  const index = useReferenceIndex()
  const previewId = `cite${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const excerpts = excerptsBySource(cited)
  const numbered = [...excerpts.keys()]
    .flatMap((id) => {
      const number = index.numberOf(id)
      const source = index.cited[number - 1]
      return source ? [{ id, number, source }] : []
    })
    .sort((a, b) => a.number - b.number)
  const [open, setOpen] = useState(false)
  if (numbered.length === 0) return null
  const label = numberRanges(numbered.map((entry) => entry.number))
  const count = numbered.length
  return (
    <sup className="cite">
      <button
        type="button"
        className="cite-marker"
        popoverTarget={previewId}
        interestfor={previewId}
        aria-label={`${count === 1 ? 'Source' : 'Sources'} ${label.replaceAll('–', ' to ')}`}
      >
        [{label}]
      </button>
      <span
        id={previewId}
        popover="auto"
        className="cite-preview"
        onToggle={(event) => {
          setOpen(event.newState === 'open')
        }}
      >
        {open
          ? numbered.map(({ source, id }) => (
              <PreviewEntry key={id} source={source} excerpts={excerpts.get(id) ?? []} />
            ))
          : null}
      </span>
    </sup>
  )
}
