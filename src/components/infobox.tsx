import type { ReactNode } from 'react'
import './infobox.css'

/**
 * A page's key facts in a box under its heading (character, person, source, origin, the show):
 * each label beside its value, stacked on narrow screens. Holds `InfoboxRow`s.
 */
export function Infobox({
  spacing = 'roomy',
  beside = false,
  className,
  children,
}: {
  /** `roomy` on the character and origin pages and the home page, `compact` on people and sources. */
  spacing?: 'roomy' | 'compact'
  /** On a wide screen, beside the text that follows (a detail page's box, as on Wikipedia). */
  beside?: boolean
  className?: string
  children: ReactNode
}) {
  const classes = [
    'infobox',
    spacing === 'compact' ? 'infobox-compact' : null,
    beside ? 'infobox-beside' : null,
    className,
  ]
  return <dl className={classes.filter(Boolean).join(' ')}>{children}</dl>
}

/** One fact of an `Infobox`: its label and its value. */
export function InfoboxRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}

/**
 * The last row of a detail page's infobox, whose agreed facts its opening paragraph cites once
 * (decision 019): says where their citation is, since the box shows markers only on disagreements.
 */
export function InfoboxCitationsRow() {
  return <InfoboxRow label="Citations">In the opening paragraph, unless marked here</InfoboxRow>
}
