import { queryOptions } from '@tanstack/react-query'
import { apiRoutes } from '@/content/api-contract'
import { fetchJson } from '@/lib/api-client'

export const peopleQueries = {
  all: () => ['people'] as const,
  list: () =>
    queryOptions({
      queryKey: [...peopleQueries.all(), 'list'] as const,
      queryFn: ({ signal }) =>
        fetchJson(apiRoutes.personList.path(), apiRoutes.personList.schema, { signal }),
    }),
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...peopleQueries.all(), 'detail', slug] as const,
      queryFn: ({ signal }) =>
        fetchJson(apiRoutes.person.path(slug), apiRoutes.person.schema, { signal }),
    }),
}
