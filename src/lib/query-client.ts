import { type QueryKey, QueryClient, type UseSuspenseQueryOptions } from '@tanstack/react-query'
import { isApiError } from './api-client'

const maxRetries = 3

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Wiki content changes only when the site is rebuilt, and a prerendered page's data comes
        // from the same build as the data files: refetching it on hydration would gain nothing.
        staleTime: Infinity,
        retry: (failureCount, error) =>
          failureCount < maxRetries && (!isApiError(error) || error.isTransient),
        // 0.5 s, 1 s, 2 s: a dropped connection usually comes back within a few seconds.
        retryDelay: (failuresBefore) => Math.min(500 * 2 ** failuresBefore, 4000),
      },
    },
  })
}

/**
 * A route loader's data: the cached copy when there is one, otherwise a fetch. `query` with a static
 * stale time is TanStack Query 5.108's replacement for the deprecated `ensureQueryData`; it applies
 * the client's default options, retry policy included (network errors and 5xx with backoff; never
 * a 404 or invalid data).
 */
export function ensureRouteData<Data, Key extends QueryKey>(
  queryClient: QueryClient,
  options: UseSuspenseQueryOptions<Data, Error, Data, Key>,
): Promise<Data> {
  return queryClient.query({ ...options, staleTime: 'static' })
}
