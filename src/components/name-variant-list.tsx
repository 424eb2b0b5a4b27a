import type { ReactNode } from 'react'
import type { NameVariant } from '@/content/fact-schemas'
import { nameVariantKindLabels } from './name-variant-labels'
import { Cite } from './cite'

/**
 * The other spellings of a name ("Also written", "Other names", "Also known as"), each with what
 * kind of variant it is and its citations: a list, or `inline`, comma-separated in a sentence.
 * `showKind={false}` where the heading already says the kind (the origin page's "Pen names").
 */
export function NameVariantList({
  variants,
  inline = false,
  showKind = true,
  className,
  kindClassName,
  note,
  cited = true,
}: {
  variants: readonly NameVariant[]
  inline?: boolean
  showKind?: boolean
  className?: string
  /** A class for the kind label ("muted" on the character page); plain text without one. */
  kindClassName?: string
  /** Shown after a variant's citations, e.g. its note. */
  note?: (variant: NameVariant) => ReactNode
  /** `false` where the page cites the variants elsewhere (a detail page's opening paragraph). */
  cited?: boolean
}) {
  const items = variants.map((variant, position) => {
    const content = (
      <>
        {inline && position > 0 ? ', ' : null}
        {variant.value}
        {showKind ? ' ' : null}
        {showKind && kindClassName !== undefined ? (
          <span className={kindClassName}>({nameVariantKindLabels[variant.kind]})</span>
        ) : null}
        {showKind && kindClassName === undefined
          ? `(${nameVariantKindLabels[variant.kind]})`
          : null}
        {cited ? <Cite of={variant} /> : null}
        {note?.(variant)}
      </>
    )
    const key = `${variant.kind}-${variant.value}`
    return inline ? <span key={key}>{content}</span> : <li key={key}>{content}</li>
  })
  return inline ? items : <ul className={className}>{items}</ul>
}
