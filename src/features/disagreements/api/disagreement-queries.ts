import { queryOptions } from '@tanstack/react-query'
import { fetchApi } from '@/lib/api-client'

export const disagreementQueries = {
  all: () => ['disagreements'] as const,
  list: () =>
    queryOptions({
      queryKey: [...disagreementQueries.all(), 'list'] as const,
      queryFn: (context) => fetchApi('disagreements', [], context),
    }),
}
