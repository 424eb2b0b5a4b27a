import { queryOptions } from '@tanstack/react-query'
import { fetchApi } from '@/lib/api-client'

export const peopleQueries = {
  all: () => ['people'] as const,
  list: () =>
    queryOptions({
      queryKey: [...peopleQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => fetchApi('personList', [], { signal }),
    }),
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...peopleQueries.all(), 'detail', slug] as const,
      queryFn: ({ signal }) => fetchApi('person', [slug], { signal }),
    }),
}
