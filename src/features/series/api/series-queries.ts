import { queryOptions } from '@tanstack/react-query'
import { fetchApi } from '@/lib/api-client'

export const seriesQueries = {
  all: () => ['series'] as const,
  detail: () =>
    queryOptions({
      queryKey: [...seriesQueries.all(), 'detail'] as const,
      queryFn: (context) => fetchApi('series', [], context),
    }),
}
