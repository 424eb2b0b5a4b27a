import { queryOptions } from '@tanstack/react-query'
import { apiRoutes } from '@/content/api-contract'
import { fetchJson } from '@/lib/api-client'

export const sourceQueries = {
  all: () => ['sources'] as const,
  list: () =>
    queryOptions({
      queryKey: [...sourceQueries.all(), 'list'] as const,
      queryFn: ({ signal }) =>
        fetchJson(apiRoutes.sourceList.path(), apiRoutes.sourceList.schema, { signal }),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...sourceQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) =>
        fetchJson(apiRoutes.source.path(id), apiRoutes.source.schema, { signal }),
    }),
}
