import { queryOptions } from '@tanstack/react-query'
import { apiRoutes } from '@/content/api-contract'
import { fetchJson } from '@/lib/api-client'

export const seriesQueries = {
  all: () => ['series'] as const,
  detail: () =>
    queryOptions({
      queryKey: [...seriesQueries.all(), 'detail'] as const,
      queryFn: ({ signal }) =>
        fetchJson(apiRoutes.series.path(), apiRoutes.series.schema, { signal }),
    }),
}
