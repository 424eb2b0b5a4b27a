import { queryOptions } from '@tanstack/react-query'
import { fetchApi } from '@/lib/api-client'

// fetchApi loads the schemas (and zod with them) with the first document, not with every page's
// header.
export const searchQueries = {
  all: () => ['search'] as const,
  index: () =>
    queryOptions({
      queryKey: [...searchQueries.all(), 'index'] as const,
      queryFn: (context) => fetchApi('searchIndex', [], context),
    }),
  /** Plot texts, fetched only for a reader whose spoiler setting reveals plot. */
  plot: () =>
    queryOptions({
      queryKey: [...searchQueries.all(), 'plot'] as const,
      queryFn: (context) => fetchApi('searchPlot', [], context),
    }),
  /** The engine's code, MiniSearch included, as its own chunk fetched on first use. */
  engine: () =>
    queryOptions({
      queryKey: [...searchQueries.all(), 'engine'] as const,
      queryFn: () => import('../search-engine'),
    }),
}
