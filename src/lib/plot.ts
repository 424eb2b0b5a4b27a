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

/** The plot document, fetched once the reader's setting reveals one of `entries`' markers. */
export function useRevealedPlot<Data, Key extends QueryKey>(
  options: PlotOptions<Data, Key>,
  entries: readonly object[],
): Data | undefined {
  const [settings] = useSpoilerSettings()
  return useQuery({ ...options, enabled: revealsAnyMarker(entries, settings) }).data
}

/**
 * The facts to show, in their order: open facts, and the plot the setting reveals once its
 * document is in; the rest are placeholders, counted in `hidden`.
 */
export function useShownFacts<Fact extends object>(
  entries: readonly (Fact | PlotMarker)[],
  plot: readonly Fact[] | undefined,
): { shown: Fact[]; hidden: Spoiler[] } {
  const [settings] = useSpoilerSettings()
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
