import type { QueryClient } from '@tanstack/react-query'
import { sourceQueries } from '@/features/sources/api/source-queries'
import { SourceList } from '@/features/sources/components/source-list'

export const clientLoader = (queryClient: QueryClient) => async () => {
  await queryClient.query({ ...sourceQueries.list(), staleTime: 'static' })
  return null
}

export default function SourcesRoute() {
  return <SourceList />
}
