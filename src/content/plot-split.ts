/**
 * Plot is served apart from the pages that mention it. A section document keeps each open fact and,
 * in place of each spoiler-marked one, a marker that says what is hidden and where the words are in
 * the plot document; the plot document holds the marked facts alone, fetched only when the reader's
 * setting reveals them. So no page's data, and no prerendered page, ever holds plot text.
 */
import type { PlotMarker } from './api-contract.ts'
import type { Spoiler } from './fact-schemas.ts'

type MaybeMarked = { spoiler?: Spoiler | undefined }

export function splitPlot<T extends MaybeMarked>(
  facts: readonly T[],
): { open: (Omit<T, 'spoiler'> | PlotMarker)[]; plot: (T & { spoiler: Spoiler })[] } {
  const plot: (T & { spoiler: Spoiler })[] = []
  const open = facts.map((fact): Omit<T, 'spoiler'> | PlotMarker => {
    if (fact.spoiler === undefined) {
      const { spoiler: _none, ...rest } = fact
      return rest
    }
    plot.push({ ...fact, spoiler: fact.spoiler })
    return { spoiler: fact.spoiler, plot: plot.length - 1 }
  })
  return { open, plot }
}
