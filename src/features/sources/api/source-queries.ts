import { queryOptions } from '@tanstack/react-query'
import { fetchApi } from '@/lib/api-client'

export const sourceQueries = {
  all: () => ['sources'] as const,
  list: () =>
    queryOptions({
      queryKey: [...sourceQueries.all(), 'list'] as const,
      queryFn: (context) => fetchApi('sourceList', [], context),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...sourceQueries.all(), 'detail', id] as const,
      queryFn: (context) => fetchApi('source', [id], context),
    }),
}
