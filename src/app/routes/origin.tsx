import type { QueryClient } from '@tanstack/react-query'
import { originQueries } from '@/features/origin/api/origin-queries'
import { prefetchRevealedPlot } from '@/lib/plot'
import { lazyComponent } from '../lazy-component'
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

const OriginPage = lazyComponent(() =>
  import('@/features/origin/components/origin-page').then((page) => page.OriginPage),
)
export const loadPage = OriginPage.load

export default OriginPage
