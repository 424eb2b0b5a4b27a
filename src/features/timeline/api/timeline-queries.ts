import { queryOptions } from '@tanstack/react-query'
import { fetchApi } from '@/lib/api-client'

export const timelineQueries = {
  all: () => ['timeline'] as const,
  list: () =>
    queryOptions({
      queryKey: [...timelineQueries.all(), 'list'] as const,
      queryFn: (context) => fetchApi('timeline', [], context),
    }),
  /** The home card's few fields, derived at build time, instead of the whole timeline. */
  renewalStatus: () =>
    queryOptions({
      queryKey: [...timelineQueries.all(), 'renewal-status'] as const,
      queryFn: (context) => fetchApi('renewalStatus', [], context),
    }),
  /** One outlet's track record: the claims it reported and where the ledger puts them now. */
  outlet: (slug: string) =>
    queryOptions({
      queryKey: [...timelineQueries.all(), 'outlet', slug] as const,
      queryFn: (context) => fetchApi('outlet', [slug], context),
    }),
}
