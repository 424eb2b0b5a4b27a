/**
 * Plot facts come in two documents: the page's own, where each spoiler-marked fact is only a marker
 * (what is hidden, and its place in the plot document), and the plot document, fetched only when
 * the reader's setting reveals one of those markers. Until it is in, the marker stays a
 * placeholder, so a reveal never shows an empty or wrong sentence.
 */
import {
  type QueryClient,
  type QueryKey,
  type UseSuspenseQueryOptions,
  useQuery,
} from '@tanstack/react-query'
import type { PlotMarker } from '@/content/api-contract'
import type { Spoiler } from '@/content/fact-schemas'
import { ensureRouteData } from './query-client'
import {
  type SpoilerSettings,
  isRevealed,
  readSpoilerSettings,
  useSpoilerSettings,
} from './spoiler-settings'

function isPlotMarker(entry: object): entry is PlotMarker {
  return 'plot' in entry && 'spoiler' in entry
}

function revealsAnyMarker(entries: readonly object[], settings: SpoilerSettings): boolean {
  return entries.some((entry) => isPlotMarker(entry) && isRevealed(entry.spoiler, settings))
}

type PlotOptions<Data, Key extends QueryKey> = UseSuspenseQueryOptions<Data, Error, Data, Key>

/**
 * For a route loader: fetches the plot document before the page shows when the stored setting
 * already reveals some of the page's plot (a reader coming back with plot unlocked). A failure
 * leaves the placeholders, never the page's error.
 */
export async function prefetchRevealedPlot<Data, Key extends QueryKey>(
  queryClient: QueryClient,
  options: PlotOptions<Data, Key>,
  entries: readonly object[],
): Promise<void> {
  if (!revealsAnyMarker(entries, readSpoilerSettings())) return
  await ensureRouteData(queryClient, options).catch(() => undefined)
}

type ShownFacts<Fact> = { shown: Fact[]; hidden: Spoiler[] }

/** A list of facts from a page's document: open facts, and markers in place of plot. */
type MarkedList<Fact> = readonly (Fact | PlotMarker)[]

/** The facts a setting shows, given the plot document (or undefined until it is in). */
export function shownFacts<Fact extends object>(
  entries: MarkedList<Fact>,
  plot: readonly Fact[] | undefined,
  settings: SpoilerSettings,
): ShownFacts<Fact> {
  const shown: Fact[] = []
  const hidden: Spoiler[] = []
  for (const entry of entries) {
    if (!isPlotMarker(entry)) {
      shown.push(entry)
      continue
    }
    const fact = isRevealed(entry.spoiler, settings) ? plot?.[entry.plot] : undefined
    if (fact) shown.push(fact)
    else hidden.push(entry.spoiler)
  }
  return { shown, hidden }
}

/**
 * A page's plot lists as the reader may see them: open facts, and the plot the setting reveals
 * once its document is in, in their order; the rest are placeholders, counted in `hidden`. The
 * page's document and its plot document (named by `options`) hold each of `names` under the same
 * name, so the lists are read off the page's document by name. The plot document is fetched only
 * when the setting reveals one of the lists' markers.
 */
export function usePlotLists<
  Plot extends Record<string, readonly object[]>,
  Key extends QueryKey,
  Name extends keyof Plot,
>(
  options: PlotOptions<Plot, Key>,
  page: { [List in Name]: MarkedList<Omit<Plot[List][number], 'spoiler'>> },
  names: readonly Name[],
): { [List in Name]: ShownFacts<Omit<Plot[List][number], 'spoiler'>> } {
  const [settings] = useSpoilerSettings()
  const wanted = names.some((name) => revealsAnyMarker(page[name], settings))
  const plot = useQuery({ ...options, enabled: wanted }).data
  const result = {} as { [List in Name]: ShownFacts<Omit<Plot[List][number], 'spoiler'>> }
  for (const name of names) {
    // Each plot list holds the marked facts of the list of the same name: the same fact type.
    const marked = plot?.[name] as readonly Omit<Plot[typeof name][number], 'spoiler'>[] | undefined
    result[name] = shownFacts(page[name], marked, settings)
  }
  return result
}
