import type { QueryClient } from '@tanstack/react-query'
import { originQueries } from '@/features/origin/api/origin-queries'
import { OriginPage } from '@/features/origin/components/origin-page'
import { prefetchRevealedPlot } from '@/lib/plot'
import { ensureRouteData } from '@/lib/query-client'

// The page is one section's document: when it is missing, the section has nothing in it yet.
export { SectionErrorBoundary as ErrorBoundary } from './root-layout'

export const clientLoader = (queryClient: QueryClient) => async () => {
  const { origin } = await ensureRouteData(queryClient, originQueries.detail())
  await prefetchRevealedPlot(queryClient, originQueries.plot(), [
    ...origin.seasonOneAdapted,
    ...origin.notYetAdapted,
  ])
  return null
}

export default OriginPage
