import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs, ShouldRevalidateFunctionArgs } from 'react-router'
import { paths } from '@/config/paths'
import { timelineQueries } from '@/features/timeline/api/timeline-queries'
import { ensureRouteData } from '@/lib/query-client'
import { lazyComponent } from '../lazy-component'

/**
 * The front page (/timeline) and every page of the timeline (/timeline/2025, …/page-2) share this
 * module, one chunk, as they differ only in which events they show. An address is a page when the
 * split made it: a year without events, page-1 or page 9 of a one-page year is not found.
 */
export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const { pages } = await ensureRouteData(queryClient, timelineQueries.list())
    const { pathname } = new URL(request.url)
    if (
      pathname !== paths.timeline() &&
      !pages.some((page) => paths.timelinePage(page) === pathname)
    ) {
      // A thrown Response is React Router's 404: the error boundary shows "Page not found".
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      throw new Response(null, { status: 404 })
    }
    return null
  }

const TimelinePage = lazyComponent(() =>
  import('@/features/timeline/components/timeline-page').then((page) => page.TimelinePage),
)
export const loadPage = TimelinePage.load

export default TimelinePage

/** Filtering only changes the query string; the data is already loaded. */
export const shouldRevalidate = ({ currentUrl, nextUrl }: ShouldRevalidateFunctionArgs) =>
  currentUrl.pathname !== nextUrl.pathname
