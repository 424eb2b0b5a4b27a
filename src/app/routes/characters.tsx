import type { QueryClient } from '@tanstack/react-query'
import { characterQueries } from '@/features/characters/api/character-queries'
import { CharacterList } from '@/features/characters/components/character-list'

export const clientLoader = (queryClient: QueryClient) => async () => {
  // `query` with a static stale time is TanStack Query 5.108's replacement for ensureQueryData:
  // it returns cached data when there is some, and fetches otherwise.
  await queryClient.query({ ...characterQueries.list(), staleTime: 'static' })
  return null
}

export default function CharactersRoute() {
  return <CharacterList />
}
