import type { QueryClient } from '@tanstack/react-query'
import { type LoaderFunctionArgs, useParams } from 'react-router'
import { peopleQueries } from '@/features/people/api/people-queries'
import { lazyComponent } from '../lazy-component'
import { requiredParam } from '../route-params'
import { ensureRouteData } from '@/lib/query-client'

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    // A 404 rejects with an ApiError of kind 'not-found'; RouteErrorBoundary shows the not-found page.
    await ensureRouteData(queryClient, peopleQueries.detail(requiredParam(params, 'slug')))
    return null
  }

const PersonPage = lazyComponent(() =>
  import('@/features/people/components/person-page').then((page) => page.PersonPage),
)
export const loadPage = PersonPage.load

export default function PersonRoute() {
  const slug = requiredParam(useParams(), 'slug')
  // Keyed by slug so moving from one person to another starts the page afresh.
  return <PersonPage key={slug} slug={slug} />
}
