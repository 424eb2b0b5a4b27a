import { type QueryKey, QueryClient, type UseSuspenseQueryOptions } from '@tanstack/react-query'
import { isApiError } from './api-client'

const maxRetries = 3

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Wiki content changes only when the site is rebuilt.
        staleTime: 5 * 60 * 1000,
        retry: (failureCount, error) =>
          failureCount < maxRetries && (!isApiError(error) || error.isTransient),
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
      },
    },
  })
}

/**
 * A route loader's data: the cached copy when there is one, otherwise a fetch. `query` with a static
 * stale time is TanStack Query 5.108's replacement for the deprecated `ensureQueryData`.
 */
export function ensureRouteData<Data, Key extends QueryKey>(
  queryClient: QueryClient,
  options: UseSuspenseQueryOptions<Data, Error, Data, Key>,
): Promise<Data> {
  return queryClient.query({ ...options, staleTime: 'static' })
}
