import type { ReactNode } from 'react'
import type { Attested } from '@/content/fact-schemas'
import { differsOnlyInWording } from '@/content/variants'
import { lowerFirst } from '@/lib/english'
import { Cite, type Cited } from './cite'

type Entry<T> = Attested<T>[number]

/**
 * How a disagreement sits on the page: `inline` in the running text ("X[1] or Y[2]"), `block` as
 * a paragraph of its own under the value it disputes, `boxes` with each value in a box of its own,
 * `list` as a block with one value a line (values too long to run together, such as claims),
 * `aside` as a quiet parenthesis after the value it disputes (lists, where a box would be loud),
 * `badges` in a row of status badges, each value a badge whose edges already part it from the next,
 * so no "or" stands between them.
 */
type Layout = 'inline' | 'block' | 'boxes' | 'list' | 'aside' | 'badges'

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
  /**
   * The flag's words, "Sources disagree" unless given. A status the build reads off the articles'
   * wording is "Described differently": the articles report the same thing and word it apart.
   */
  label?: string
  /** Which values carry markers: see `Citations`. */
  citations?: Citations
  /** The value `against` weighs these against, cited with them under `disputes once`. */
  againstFact?: Cited
}

/**
 * `every value` cites each value. `disputes` cites only values that disagree, each side on its
 * own: a detail page's infobox, whose agreed facts (one value, or values that differ only in
 * wording) its opening paragraph cites. `disputes once` cites a disagreement with one marker for
 * all its sides: a list page's card, whose page cites each side (decision 019).
 */
export type Citations = 'every value' | 'disputes' | 'disputes once'

type Shown<T> = Pick<Props<T>, 'render' | 'note'> & { cited?: boolean }

/** One value with its own citations and note. */
function Attestation<T>({ entry, render, note, cited = true }: Shown<T> & { entry: Entry<T> }) {
  return (
    <>
      {render(entry.value)}
      {cited ? <Cite of={entry} /> : null}
      {note?.(entry)}
    </>
  )
}

/** The values in a run, "or" between them unless their layout parts them already. */
function Values<T>({
  values,
  render,
  note,
  cited,
  separated,
}: Shown<T> & { values: Attested<T>; separated: boolean }) {
  return values.map((entry, position) => (
    <span key={position} className="disagreement-value">
      {position > 0 && separated ? <span className="disagreement-separator"> or </span> : null}
      <Attestation entry={entry} render={render} note={note} cited={cited} />
    </span>
  ))
}

/** The values one to an item, for the layouts that stack them. */
function ValueList<T>({
  values,
  render,
  note,
  cited,
  className,
  itemClassName,
}: Shown<T> & { values: Attested<T>; className: string; itemClassName?: string }) {
  return (
    <ul className={className}>
      {values.map((entry, position) => (
        <li key={position} className={itemClassName}>
          <Attestation entry={entry} render={render} note={note} cited={cited} />
        </li>
      ))}
    </ul>
  )
}

/**
 * Values that differ only in spelling or wording, shown quietly: the first one, the others after
 * "also written", and one marker for the field whose preview gives each article's own words.
 */
function AlsoWritten<T>({
  values,
  render,
  note,
  cited,
}: Shown<T> & { values: Attested<T>; cited: boolean }) {
  const [first, ...rest] = values
  if (!first) return null
  return (
    <span className="also-written">
      {render(first.value)}
      <span className="also-written-rest">
        {' (also written: '}
        {rest.map((entry, position) => {
          const shown = render(entry.value)
          return (
            <span key={position}>
              {position > 0 ? ', ' : null}
              {entry.variant === 'wording' && typeof shown === 'string' ? lowerFirst(shown) : shown}
            </span>
          )
        })}
        )
      </span>
      {cited ? <Cite of={values} /> : null}
      {/* After the parenthesis, so that a note's own parentheses never nest in it. */}
      {values.map((entry, position) => (
        <span key={position}>{note?.(entry)}</span>
      ))}
    </span>
  )
}

/**
 * One value with its citations, or, when the articles disagree, every value side by side with its
 * own citations under a "Sources disagree" label (or quietly, when they differ only in wording).
 * Never picks a winner. The one display of a
 * disagreement: pages choose where it sits (`layout`), never how it reads.
 */
export function AttestedValue<T>({
  values,
  render,
  note,
  layout = 'inline',
  about,
  against,
  label = 'Sources disagree',
  citations = 'every value',
  againstFact,
}: Props<T>) {
  const [only] = values
  if (!only) return null
  const citeAgreed = citations === 'every value'
  if (values.length === 1 && against === undefined) {
    return <Attestation entry={only} render={render} note={note} cited={citeAgreed} />
  }
  if (differsOnlyInWording(values) && against === undefined) {
    return <AlsoWritten values={values} render={render} note={note} cited={citeAgreed} />
  }
  const once = citations === 'disputes once'
  const oneMarker = once ? <Cite of={againstFact ? [againstFact, ...values] : values} /> : null
  const intro = against === undefined ? null : <> {against}</>
  if (layout === 'aside') {
    return (
      <span className="disagreement-inline">
        {' '}
        {`(${lowerFirst(label)}${about === undefined ? '' : ` ${about}`}:${against === undefined ? '' : ` ${against}`}`}{' '}
        <Values values={values} render={render} note={note} cited={!once} separated />
        {oneMarker})
      </span>
    )
  }
  const flag =
    about === undefined ? (
      <span className="disagreement-label">{`${label}:`}</span>
    ) : (
      <>
        <span className="disagreement-label">{label}</span> {about}:
      </>
    )
  if (layout === 'boxes') {
    return (
      <div className="disagreement disagreement-boxes">
        <p className="disagreement-boxes-label">
          {flag}
          {intro}
        </p>
        <ValueList
          values={values}
          render={render}
          note={note}
          cited={!once}
          className="disagreement-box-list"
          itemClassName="disagreement-box"
        />
        {oneMarker}
      </div>
    )
  }
  if (layout === 'list') {
    return (
      <div className="disagreement disagreement-block">
        {flag}
        {intro}
        <ValueList
          values={values}
          render={render}
          note={note}
          cited={!once}
          className="disagreement-value-list"
        />
        {oneMarker}
      </div>
    )
  }
  const Container = layout === 'block' ? 'p' : 'span'
  const placement = { inline: '', block: ' disagreement-block', badges: ' disagreement-badges' }
  return (
    <Container className={`disagreement${placement[layout]}`}>
      {flag}
      {intro}{' '}
      <Values
        values={values}
        render={render}
        note={note}
        cited={!once}
        separated={layout !== 'badges'}
      />
      {oneMarker}
    </Container>
  )
}
