import type { QueryClient } from '@tanstack/react-query'
import { peopleQueries } from '@/features/people/api/people-queries'
import { PeopleList } from '@/features/people/components/people-list'
import { ensureRouteData } from '@/lib/query-client'

export const clientLoader = (queryClient: QueryClient) => async () => {
  // Cached data when there is some, a fetch otherwise (see routes/characters.tsx).
  await ensureRouteData(queryClient, peopleQueries.list())
  return null
}

export default function PeopleRoute() {
  return <PeopleList />
}
