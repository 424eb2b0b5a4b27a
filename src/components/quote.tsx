import type { Quote } from '@/content/fact-schemas'
import { Cite } from './cite'
import './quote.css'

const listFormat = new Intl.ListFormat('en', { type: 'conjunction' })

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
        {quote.via?.length ? `, via ${listFormat.format(quote.via)}` : null}
      </figcaption>
    </figure>
  )
}
