import { queryOptions } from '@tanstack/react-query'
import { apiRoutes } from '@/content/api-contract'
import { fetchJson } from '@/lib/api-client'

export const originQueries = {
  all: () => ['origin'] as const,
  detail: () =>
    queryOptions({
      queryKey: [...originQueries.all(), 'detail'] as const,
      queryFn: ({ signal }) =>
        fetchJson(apiRoutes.origin.path(), apiRoutes.origin.schema, { signal }),
    }),
}
