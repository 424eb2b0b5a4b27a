import type { Quote } from '@/content/fact-schemas'
import { joinWords } from '@/lib/english'
import { Cite } from './cite'
import './quote.css'

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
        {quote.via?.length ? `, via ${joinWords(quote.via, 'and', { serialComma: true })}` : null}
      </figcaption>
    </figure>
  )
}
