import { queryOptions } from '@tanstack/react-query'
import { apiRoutes } from '@/content/api-contract'
import { fetchJson } from '@/lib/api-client'

export const timelineQueries = {
  all: () => ['timeline'] as const,
  list: () =>
    queryOptions({
      queryKey: [...timelineQueries.all(), 'list'] as const,
      queryFn: ({ signal }) =>
        fetchJson(apiRoutes.timeline.path(), apiRoutes.timeline.schema, { signal }),
    }),
}
