import { queryOptions } from '@tanstack/react-query'
import { fetchApi } from '@/lib/api-client'

export const timelineQueries = {
  all: () => ['timeline'] as const,
  list: () =>
    queryOptions({
      queryKey: [...timelineQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => fetchApi('timeline', [], { signal }),
    }),
}
