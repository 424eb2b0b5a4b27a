import type { QueryClient } from '@tanstack/react-query'
import { originQueries } from '@/features/origin/api/origin-queries'
import { OriginPage } from '@/features/origin/components/origin-page'
import { ensureRouteData } from '@/lib/query-client'

export const clientLoader = (queryClient: QueryClient) => async () => {
  await ensureRouteData(queryClient, originQueries.detail())
  return null
}

export default OriginPage
