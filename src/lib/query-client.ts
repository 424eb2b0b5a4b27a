import { QueryClient } from '@tanstack/react-query'
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
