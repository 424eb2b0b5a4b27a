import type { QueryClient } from '@tanstack/react-query'
import { characterQueries } from '@/features/characters/api/character-queries'
import { lazyComponent } from '../lazy-component'
import { ensureRouteData } from '@/lib/query-client'

export const clientLoader = (queryClient: QueryClient) => async () => {
  await ensureRouteData(queryClient, characterQueries.list())
  return null
}

const CharacterList = lazyComponent(() =>
  import('@/features/characters/components/character-list').then((page) => page.CharacterList),
)
export const loadPage = CharacterList.load

export default function CharactersRoute() {
  return <CharacterList />
}
