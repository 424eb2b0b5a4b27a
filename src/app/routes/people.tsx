import type { QueryClient } from '@tanstack/react-query'
import { peopleQueries } from '@/features/people/api/people-queries'
import { lazyComponent } from '../lazy-component'
import { ensureRouteData } from '@/lib/query-client'

export const clientLoader = (queryClient: QueryClient) => async () => {
  // Cached data when there is some, a fetch otherwise (see routes/characters.tsx).
  await ensureRouteData(queryClient, peopleQueries.list())
  return null
}

const PeopleList = lazyComponent(() =>
  import('@/features/people/components/people-list').then((page) => page.PeopleList),
)
export const loadPage = PeopleList.load

export default function PeopleRoute() {
  return <PeopleList />
}
