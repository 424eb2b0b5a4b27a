import { queryOptions } from '@tanstack/react-query'
import { apiPaths } from '@/content/api-paths'
import { fetchJson } from '@/lib/api-client'

export const searchQueries = {
  all: () => ['search'] as const,
  index: () =>
    queryOptions({
      queryKey: [...searchQueries.all(), 'index'] as const,
      // The schema (and zod with it) loads with the index, not with every page's header.
      queryFn: async ({ signal }) => {
        const { searchIndexResponseSchema } = await import('@/content/api-contract')
        return fetchJson(apiPaths.searchIndex(), searchIndexResponseSchema, { signal })
      },
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
