import type { QueryClient } from '@tanstack/react-query'
import { type LoaderFunctionArgs, useParams } from 'react-router'
import { sourceQueries } from '@/features/sources/api/source-queries'
import { lazyComponent } from '../lazy-component'
import { requiredParam } from '../route-params'
import { ensureRouteData } from '@/lib/query-client'

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    // An unknown id makes the API answer 404; the ApiError it throws reaches RouteErrorBoundary,
    // which shows the not-found page.
    await ensureRouteData(queryClient, sourceQueries.detail(requiredParam(params, 'id')))
    return null
  }

const SourcePage = lazyComponent(() =>
  import('@/features/sources/components/source-page').then((page) => page.SourcePage),
)
export const loadPage = SourcePage.load

export default function SourceRoute() {
  const id = requiredParam(useParams(), 'id')
  return <SourcePage id={id} />
}
