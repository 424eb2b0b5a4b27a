import type { QueryClient } from '@tanstack/react-query'
import { characterQueries } from '@/features/characters/api/character-queries'
import { CharacterList } from '@/features/characters/components/character-list'
import { ensureRouteData } from '@/lib/query-client'

export const clientLoader = (queryClient: QueryClient) => async () => {
  await ensureRouteData(queryClient, characterQueries.list())
  return null
}

export default function CharactersRoute() {
  return <CharacterList />
}
