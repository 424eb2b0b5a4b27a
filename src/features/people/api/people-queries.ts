import { queryOptions } from '@tanstack/react-query'
import { fetchApi } from '@/lib/api-client'

export const peopleQueries = {
  all: () => ['people'] as const,
  list: () =>
    queryOptions({
      queryKey: [...peopleQueries.all(), 'list'] as const,
      queryFn: (context) => fetchApi('personList', [], context),
    }),
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...peopleQueries.all(), 'detail', slug] as const,
      queryFn: (context) => fetchApi('person', [slug], context),
    }),
}
