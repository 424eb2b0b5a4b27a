import type { ReactNode } from 'react'
import type { Attested } from '@/content/fact-schemas'
import { Cite } from './references'

/**
 * One value with its citations, or, when the articles disagree, every value side by side with its
 * own citations under a "Sources disagree" label. Never picks a winner.
 */
export function AttestedValue<T>({
  values,
  render,
}: {
  values: Attested<T>
  render: (value: T) => ReactNode
}) {
  if (values.length === 1) {
    const [only] = values
    if (!only) return null
    return (
      <>
        {render(only.value)}
        <Cite sources={only.sources} />
      </>
    )
  }
  return (
    <span className="disagreement">
      <span className="disagreement-label">Sources disagree:</span>{' '}
      {values.map((entry, position) => (
        <span key={position} className="disagreement-value">
          {position > 0 ? <span className="disagreement-separator"> or </span> : null}
          {render(entry.value)}
          <Cite sources={entry.sources} />
        </span>
      ))}
    </span>
  )
}
