import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiRoutes } from '@/content/api-contract'
import { scenarioHandlers } from '@/testing/mocks/scenarios'
import { server } from '@/testing/mocks/server'
import { renderApp } from '@/testing/render-app'
import { failureHeadings, routeSamples } from '@/testing/route-scenarios'

/** The layout around the page: present whatever the data did. */
function expectLayout() {
  expect(screen.getByRole('navigation', { name: 'Sections' })).toBeInTheDocument()
  expect(screen.getByRole('contentinfo')).toBeInTheDocument()
}

describe.each(Object.entries(failureHeadings))('under the "%s" scenario', (scenario, heading) => {
  it.each(routeSamples.map((sample) => [sample.path]))(
    '%s shows a readable error with a retry',
    async (path) => {
      server.use(...scenarioHandlers(scenario as keyof typeof failureHeadings))
      renderApp(path)
      const alert = await screen.findByRole('alert')
      expect(within(alert).getByRole('heading', { name: heading })).toBeInTheDocument()
      expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
      expectLayout()
    },
  )
})

describe('under the "empty" scenario', () => {
  it.each(routeSamples.map((sample) => [sample.path, sample.whenEmpty]))(
    '%s says "%s"',
    async (path, whenEmpty) => {
      server.use(...scenarioHandlers('empty'))
      renderApp(path)
      expect(await screen.findByText(whenEmpty)).toBeInTheDocument()
      expect(screen.queryByRole('alert')).toBeNull()
      expectLayout()
    },
  )
})

describe('under the "slow" scenario', () => {
  it.each(routeSamples.map((sample) => [sample.path, sample.heading]))(
    '%s shows a skeleton, then the page',
    async (path, heading) => {
      // Long enough for the skeleton to be seen; the browser tests use the full delay.
      server.use(...scenarioHandlers('slow', { slowMs: 300 }))
      renderApp(path)
      expect(
        await within(await screen.findByRole('main')).findByText('Loading…'),
      ).toBeInTheDocument()
      expect(screen.queryByRole('heading', { level: 1 })).toBeNull()
      expect(
        await screen.findByRole('heading', { level: 1, name: heading }, { timeout: 5000 }),
      ).toBeInTheDocument()
    },
  )
})

it('"Try again" fetches again, and shows the page once the data is back', async () => {
  server.use(
    http.get(apiRoutes.characterList.path(), () => new HttpResponse(null, { status: 503 }), {
      once: true,
    }),
  )
  renderApp('/characters')
  const alert = await screen.findByRole('alert')
  await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Characters' })).toBeInTheDocument()
  expect(screen.queryByRole('alert')).toBeNull()
})
