import type { QueryClient } from '@tanstack/react-query'
import type { ShouldRevalidateFunctionArgs } from 'react-router'
import { timelineQueries } from '@/features/timeline/api/timeline-queries'
import { TimelinePage } from '@/features/timeline/components/timeline-page'
import { ensureRouteData } from '@/lib/query-client'

export const clientLoader = (queryClient: QueryClient) => async () => {
  await ensureRouteData(queryClient, timelineQueries.list())
  return null
}

export default TimelinePage

/** Filtering only changes the query string; the data is already loaded. */
export const shouldRevalidate = ({ currentUrl, nextUrl }: ShouldRevalidateFunctionArgs) =>
  currentUrl.pathname !== nextUrl.pathname
