import { queryOptions } from '@tanstack/react-query'
import { apiRoutes } from '@/content/api-contract'
import { fetchJson } from '@/lib/api-client'

export const searchQueries = {
  all: () => ['search'] as const,
  index: () =>
    queryOptions({
      queryKey: [...searchQueries.all(), 'index'] as const,
      queryFn: ({ signal }) =>
        fetchJson(apiRoutes.searchIndex.path(), apiRoutes.searchIndex.schema, { signal }),
      staleTime: Infinity,
    }),
  /** The engine's code, MiniSearch included, as its own chunk fetched on first use. */
  engine: () =>
    queryOptions({
      queryKey: [...searchQueries.all(), 'engine'] as const,
      queryFn: () => import('../search-engine'),
      staleTime: Infinity,
    }),
}
