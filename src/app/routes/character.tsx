import type { QueryClient } from '@tanstack/react-query'
import { type LoaderFunctionArgs, useParams } from 'react-router'
import { characterQueries } from '@/features/characters/api/character-queries'
import { lazyComponent } from '../lazy-component'
import { requiredParam } from '../route-params'
import { prefetchRevealedPlot } from '@/lib/plot'
import { ensureRouteData } from '@/lib/query-client'

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const slug = requiredParam(params, 'slug')
    const { character } = await ensureRouteData(queryClient, characterQueries.detail(slug))
    await prefetchRevealedPlot(queryClient, characterQueries.plot(slug), [
      ...character.summary,
      ...character.relationships,
    ])
    return null
  }

const CharacterPage = lazyComponent(() =>
  import('@/features/characters/components/character-page').then((page) => page.CharacterPage),
)
export const loadPage = CharacterPage.load

export default function CharacterRoute() {
  const slug = requiredParam(useParams(), 'slug')
  return <CharacterPage key={slug} slug={slug} />
}
