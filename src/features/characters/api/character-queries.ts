import { queryOptions } from '@tanstack/react-query'
import { apiRoutes } from '@/content/api-contract'
import { fetchJson } from '@/lib/api-client'

export const characterQueries = {
  all: () => ['characters'] as const,
  list: () =>
    queryOptions({
      queryKey: [...characterQueries.all(), 'list'] as const,
      queryFn: ({ signal }) =>
        fetchJson(apiRoutes.characterList.path(), apiRoutes.characterList.schema, { signal }),
    }),
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...characterQueries.all(), 'detail', slug] as const,
      queryFn: ({ signal }) =>
        fetchJson(apiRoutes.character.path(slug), apiRoutes.character.schema, { signal }),
    }),
}
