import type { Quote } from '@/content/fact-schemas'
import { Cite } from './cite'
import './quote.css'

/**
 * "A", "A and B", "A, B, and C", as `Intl.ListFormat('en')` writes them, without loading the
 * browser's list-format data: created at module load, that cost about 25 ms on this machine (100 ms
 * under Lighthouse's phone slowdown) inside the timeline's start-up.
 */
function formatList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ')
  return `${items.slice(0, -1).join(', ')}, and ${items.at(-1) ?? ''}`
}

/** A short quote, attributed to its speaker and to whoever the article credits for it. */
export function QuoteFigure({
  quote,
  cited = true,
}: {
  quote: Quote
  /** `false` where the statement the quote belongs to cites it with its own marker. */
  cited?: boolean
}) {
  return (
    <figure className="quote">
      <blockquote>
        <p>
          “{quote.text}”{cited ? <Cite of={quote} /> : null}
        </p>
      </blockquote>
      <figcaption>
        — {quote.speaker}
        {quote.via?.length ? `, via ${formatList(quote.via)}` : null}
      </figcaption>
    </figure>
  )
}
