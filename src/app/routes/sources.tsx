import type { QueryClient } from '@tanstack/react-query'
import { sourceQueries } from '@/features/sources/api/source-queries'
import { SourceList } from '@/features/sources/components/source-list'
import { ensureRouteData } from '@/lib/query-client'

export const clientLoader = (queryClient: QueryClient) => async () => {
  await ensureRouteData(queryClient, sourceQueries.list())
  return null
}

export default function SourcesRoute() {
  return <SourceList />
}
