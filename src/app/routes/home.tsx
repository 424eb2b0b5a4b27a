import type { QueryClient } from '@tanstack/react-query'
import { seriesQueries } from '@/features/series/api/series-queries'
import { timelineQueries } from '@/features/timeline/api/timeline-queries'
import { ensureRouteData } from '@/lib/query-client'
import { lazyComponent } from '../lazy-component'

// The page is one section's document: when it is missing, the section has nothing in it yet.
export { SectionErrorBoundary as ErrorBoundary } from './root-layout'

export const clientLoader = (queryClient: QueryClient) => async () => {
  await Promise.all([
    ensureRouteData(queryClient, seriesQueries.detail()),
    ensureRouteData(queryClient, timelineQueries.renewalStatus()),
  ])
  return null
}

const HomePage = lazyComponent(() => import('./pages/home-page').then((page) => page.HomePage))
export const loadPage = HomePage.load

export default HomePage
