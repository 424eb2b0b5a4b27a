import { queryOptions } from '@tanstack/react-query'
import { fetchApi } from '@/lib/api-client'

export const characterQueries = {
  all: () => ['characters'] as const,
  list: () =>
    queryOptions({
      queryKey: [...characterQueries.all(), 'list'] as const,
      queryFn: (context) => fetchApi('characterList', [], context),
    }),
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...characterQueries.all(), 'detail', slug] as const,
      queryFn: (context) => fetchApi('character', [slug], context),
    }),
  /** The character's spoiler-marked facts, for a reader whose setting reveals them. */
  plot: (slug: string) =>
    queryOptions({
      queryKey: [...characterQueries.all(), 'plot', slug] as const,
      queryFn: (context) => fetchApi('characterPlot', [slug], context),
    }),
}
