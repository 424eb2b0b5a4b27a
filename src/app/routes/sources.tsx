import type { QueryClient } from '@tanstack/react-query'
import { sourceQueries } from '@/features/sources/api/source-queries'
import { lazyComponent } from '../lazy-component'
import { ensureRouteData } from '@/lib/query-client'

export const clientLoader = (queryClient: QueryClient) => async () => {
  await ensureRouteData(queryClient, sourceQueries.list())
  return null
}

const SourceList = lazyComponent(() =>
  import('@/features/sources/components/source-list').then((page) => page.SourceList),
)
export const loadPage = SourceList.load

export default function SourcesRoute() {
  return <SourceList />
}
