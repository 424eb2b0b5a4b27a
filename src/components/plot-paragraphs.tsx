import type { Spoiler } from '@/content/fact-schemas'
import { HiddenPlotNote } from './hidden-plot-note'
import { Cite } from './cite'

type Paragraph = { value: string; sources: readonly string[]; note?: string | undefined }

/** Sentences of plot, one paragraph each with its citation, and a placeholder for what is hidden. */
export function PlotParagraphs({
  shown,
  hidden,
}: {
  shown: readonly Paragraph[]
  hidden: readonly Spoiler[]
}) {
  return (
    <>
      {shown.map((fact) => (
        <p key={fact.value}>
          {fact.value}
          <Cite of={fact} />
          {fact.note ? <span className="fact-note"> ({fact.note})</span> : null}
        </p>
      ))}
      <HiddenPlotNote hidden={hidden} />
    </>
  )
}
