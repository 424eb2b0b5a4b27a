import type { ReactNode } from 'react'
import type { Attested } from '@/content/fact-schemas'
import { Cite } from './references'

type Entry<T> = Attested<T>[number]

/**
 * How a disagreement sits on the page: `inline` in the running text ("X[1] or Y[2]"), `block` as
 * a paragraph of its own under the value it disputes, `boxes` with each value in a box of its own,
 * `aside` as a quiet parenthesis after the value it disputes (lists, where a box would be loud).
 */
type Layout = 'inline' | 'block' | 'boxes' | 'aside'

type Props<T> = {
  values: Attested<T>
  render: (value: T) => ReactNode
  /** Shown after each value's citations, e.g. the entry's note. */
  note?: (entry: Entry<T>) => ReactNode
  layout?: Layout
  /** What the articles disagree on, after "Sources disagree": "on which character this part is". */
  about?: string
  /**
   * When the values are what other articles say against a value the page shows beside them, the
   * words that introduce them ("another article gives this actor’s role as"). The flag then shows
   * even for a single value.
   */
  against?: string
}

function Values<T>({ values, render, note }: Pick<Props<T>, 'values' | 'render' | 'note'>) {
  return values.map((entry, position) => (
    <span key={position} className="disagreement-value">
      {position > 0 ? <span className="disagreement-separator"> or </span> : null}
      {render(entry.value)}
      <Cite sources={entry.sources} />
      {note?.(entry)}
    </span>
  ))
}

/**
 * One value with its citations, or, when the articles disagree, every value side by side with its
 * own citations under a "Sources disagree" label. Never picks a winner. The one display of a
 * disagreement: pages choose where it sits (`layout`), never how it reads.
 */
export function AttestedValue<T>({
  values,
  render,
  note,
  layout = 'inline',
  about,
  against,
}: Props<T>) {
  const [only] = values
  if (!only) return null
  if (values.length === 1 && against === undefined) {
    return (
      <>
        {render(only.value)}
        <Cite sources={only.sources} />
        {note?.(only)}
      </>
    )
  }
  const intro = against === undefined ? null : <> {against}</>
  if (layout === 'aside') {
    return (
      <span className="disagreement-inline">
        {' '}
        {`(sources disagree${about === undefined ? '' : ` ${about}`}:${against === undefined ? '' : ` ${against}`}`}{' '}
        <Values values={values} render={render} note={note} />)
      </span>
    )
  }
  const label =
    about === undefined ? (
      <span className="disagreement-label">Sources disagree:</span>
    ) : (
      <>
        <span className="disagreement-label">Sources disagree</span> {about}:
      </>
    )
  if (layout === 'boxes') {
    return (
      <div className="disagreement disagreement-boxes">
        <p className="disagreement-boxes-label">
          {label}
          {intro}
        </p>
        <ul className="disagreement-box-list">
          {values.map((entry, position) => (
            <li key={position} className="disagreement-box">
              {render(entry.value)}
              <Cite sources={entry.sources} />
              {note?.(entry)}
            </li>
          ))}
        </ul>
      </div>
    )
  }
  const Container = layout === 'block' ? 'p' : 'span'
  return (
    <Container className={layout === 'block' ? 'disagreement disagreement-block' : 'disagreement'}>
      {label}
      {intro} <Values values={values} render={render} note={note} />
    </Container>
  )
}
