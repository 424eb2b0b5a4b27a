import type { QueryClient } from '@tanstack/react-query'
import { originQueries } from '@/features/origin/api/origin-queries'
import { OriginPage } from '@/features/origin/components/origin-page'

export const clientLoader = (queryClient: QueryClient) => async () => {
  await queryClient.query({ ...originQueries.detail(), staleTime: 'static' })
  return null
}

export default OriginPage
