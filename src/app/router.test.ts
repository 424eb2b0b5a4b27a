import { QueryClient } from '@tanstack/react-query'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { peopleQueries } from '@/features/people/api/people-queries'
import { server } from '@/testing/mocks/server'
import { createHydratingRouter } from './router'

describe('the router of a prerendered page', () => {
  const requests: string[] = []
  const record = ({ request }: { request: Request }) => {
    requests.push(new URL(request.url).pathname)
  }

  beforeEach(() => {
    requests.length = 0
    server.events.on('request:start', record)
    window.history.replaceState(null, '', '/people')
  })

  afterEach(() => {
    server.events.removeListener('request:start', record)
    window.history.replaceState(null, '', '/')
  })

  it('starts with the page route loaded and its data in hand, fetching nothing', async () => {
    const queryClient = new QueryClient()
    // What the page's prerendered state puts into the cache before the router is made.
    await queryClient.query(peopleQueries.list())
    requests.length = 0

    const router = await createHydratingRouter(queryClient, 'people')

    expect(router.state.initialized).toBe(true)
    expect(router.state.navigation.state).toBe('idle')
    const page = router.state.matches.at(-1)?.route
    expect(page?.id).toBe('people')
    expect(page?.lazy).toBeUndefined()
    expect(page?.element).toBeTruthy()
    expect(requests).toEqual([])
    router.dispose()
  })

  it('still loads other pages, and their data, when the reader moves on', async () => {
    const queryClient = new QueryClient()
    await queryClient.query(peopleQueries.list())
    const router = await createHydratingRouter(queryClient, 'people')

    await router.navigate('/characters')

    expect(router.state.location.pathname).toBe('/characters')
    expect(router.state.matches.at(-1)?.route.id).toBe('characters')
    expect(requests).toContain('/api/characters.json')
    router.dispose()
  })
})
