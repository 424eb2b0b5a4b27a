import type { QueryClient } from '@tanstack/react-query'
import { type LoaderFunctionArgs, useParams } from 'react-router'
import { peopleQueries } from '@/features/people/api/people-queries'
import { PersonPage } from '@/features/people/components/person-page'
import { requiredParam } from '../route-params'
import { ensureRouteData } from '@/lib/query-client'

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    // A 404 rejects with an ApiError of kind 'not-found'; RouteErrorBoundary shows the not-found page.
    await ensureRouteData(queryClient, peopleQueries.detail(requiredParam(params, 'slug')))
    return null
  }

export default function PersonRoute() {
  const slug = requiredParam(useParams(), 'slug')
  // Keyed by slug so moving from one person to another starts the page afresh.
  return <PersonPage key={slug} slug={slug} />
}
