import type { QueryClient } from '@tanstack/react-query'
import { disagreementQueries } from '@/features/disagreements/api/disagreement-queries'
import { lazyComponent } from '../lazy-component'
import { ensureRouteData } from '@/lib/query-client'

export const clientLoader = (queryClient: QueryClient) => async () => {
  await ensureRouteData(queryClient, disagreementQueries.list())
  return null
}

const DisagreementsPage = lazyComponent(() =>
  import('@/features/disagreements/components/disagreements-page').then(
    (page) => page.DisagreementsPage,
  ),
)
export const loadPage = DisagreementsPage.load

export default function DisagreementsRoute() {
  return <DisagreementsPage />
}
