import type { QueryClient } from '@tanstack/react-query'
import { type LoaderFunctionArgs, useParams } from 'react-router'
import { characterQueries } from '@/features/characters/api/character-queries'
import { CharacterPage } from '@/features/characters/components/character-page'
import { requiredParam } from '../route-params'

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await queryClient.query({
      ...characterQueries.detail(requiredParam(params, 'slug')),
      staleTime: 'static',
    })
    return null
  }

export default function CharacterRoute() {
  const slug = requiredParam(useParams(), 'slug')
  return <CharacterPage key={slug} slug={slug} />
}
