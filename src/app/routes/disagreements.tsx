import type { QueryClient } from '@tanstack/react-query'
import { disagreementQueries } from '@/features/disagreements/api/disagreement-queries'
import { DisagreementsPage } from '@/features/disagreements/components/disagreements-page'
import { ensureRouteData } from '@/lib/query-client'

export const clientLoader = (queryClient: QueryClient) => async () => {
  await ensureRouteData(queryClient, disagreementQueries.list())
  return null
}

export default function DisagreementsRoute() {
  return <DisagreementsPage />
}
