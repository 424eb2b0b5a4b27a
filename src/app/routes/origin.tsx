import type { QueryClient } from '@tanstack/react-query'
import { originQueries } from '@/features/origin/api/origin-queries'
import { OriginPage } from '@/features/origin/components/origin-page'
import { ensureRouteData } from '@/lib/query-client'

// The page is one section's document: when it is missing, the section has nothing in it yet.
export { SectionErrorBoundary as ErrorBoundary } from './root-layout'

export const clientLoader = (queryClient: QueryClient) => async () => {
  await ensureRouteData(queryClient, originQueries.detail())
  return null
}

export default OriginPage
