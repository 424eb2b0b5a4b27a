import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { loadSiteHeader } from '@/app/layout/site-header'
import { failOnConsoleError } from './fail-on-console-error'
import { server } from './mocks/server'

// findBy… and waitFor give up after 1 s by default; on a busy 2-core CI machine a page's lazy route
// module and its data can take longer than that to arrive, which failed tests that were right.
configure({ asyncUtilTimeout: 5000 })

// A request no handler knows is a bug in the test or the app, never something to let through.
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())

// The header's search box is a chunk of its own (src/app/lazy-component.tsx), loaded once here as
// a visit loads it before its first render: the tests see the header whole at once.
beforeAll(async () => {
  await loadSiteHeader()
})

// Registered first, so that its check runs after the unmount below (after-hooks run in reverse).
failOnConsoleError()
afterEach(() => {
  cleanup()
  server.resetHandlers()
})
