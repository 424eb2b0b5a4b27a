import type { QueryClient } from '@tanstack/react-query'
import { type LoaderFunctionArgs, useParams } from 'react-router'
import { timelineQueries } from '@/features/timeline/api/timeline-queries'
import { lazyComponent } from '../lazy-component'
import { requiredParam } from '../route-params'
import { ensureRouteData } from '@/lib/query-client'

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    // An unknown outlet makes the API answer 404, which the route's error boundary shows as the
    // not-found page.
    await ensureRouteData(queryClient, timelineQueries.outlet(requiredParam(params, 'slug')))
    return null
  }

const OutletPage = lazyComponent(() =>
  import('@/features/timeline/components/outlet-page').then((page) => page.OutletPage),
)
export const loadPage = OutletPage.load

export default function OutletRoute() {
  const slug = requiredParam(useParams(), 'slug')
  return <OutletPage slug={slug} />
}
