import type { QueryClient } from '@tanstack/react-query'
import { type LoaderFunctionArgs, useParams } from 'react-router'
import { characterQueries } from '@/features/characters/api/character-queries'
import { CharacterPage } from '@/features/characters/components/character-page'
import { requiredParam } from '../route-params'
import { ensureRouteData } from '@/lib/query-client'

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await ensureRouteData(queryClient, characterQueries.detail(requiredParam(params, 'slug')))
    return null
  }

export default function CharacterRoute() {
  const slug = requiredParam(useParams(), 'slug')
  return <CharacterPage key={slug} slug={slug} />
}
