import { queryOptions } from '@tanstack/react-query'
import { fetchApi } from '@/lib/api-client'

export const originQueries = {
  all: () => ['origin'] as const,
  detail: () =>
    queryOptions({
      queryKey: [...originQueries.all(), 'detail'] as const,
      queryFn: (context) => fetchApi('origin', [], context),
    }),
  /** The source work's spoiler-marked facts, for a reader whose setting reveals them. */
  plot: () =>
    queryOptions({
      queryKey: [...originQueries.all(), 'plot'] as const,
      queryFn: (context) => fetchApi('originPlot', [], context),
    }),
}
