import { queryOptions } from '@tanstack/react-query'
import { apiRoutes } from '@/content/api-contract'
import { fetchJson } from '@/lib/api-client'

export const disagreementQueries = {
  all: () => ['disagreements'] as const,
  list: () =>
    queryOptions({
      queryKey: [...disagreementQueries.all(), 'list'] as const,
      queryFn: ({ signal }) =>
        fetchJson(apiRoutes.disagreements.path(), apiRoutes.disagreements.schema, { signal }),
    }),
}
