// Runs against `npm run dev` only (the dev project): the scenarios live in the MSW handlers.
import type { Locator } from '@playwright/test'
import { type Page, expect, test } from './fixtures'
import { scenarioNames } from '../../src/testing/mocks/scenario-names'
import { failureHeadings, routeSamples } from '../../src/testing/route-scenarios'

const pairs = routeSamples.flatMap((sample) =>
  scenarioNames.map((scenario) => ({ ...sample, scenario })),
)
// Printed once, by the process that lists the tests, not by every worker.
if (process.env.TEST_WORKER_INDEX === undefined) {
  console.log(
    `route × scenario pairs tested: ${routeSamples.length} routes × ${scenarioNames.length} scenarios = ${pairs.length}`,
  )
}

/**
 * Jumps the page's clock until `locator` shows. The scenarios wait on purpose (the slow one 1.5 s a
 * request, failed requests retry after 0.5, 1 and 2 s): on Playwright's clock those waits pass at
 * once, and 33 of the 55 tests no longer sit idle for seconds each (decision 033).
 */
async function skipWaitsUntil(page: Page, locator: Locator) {
  await expect(async () => {
    await page.clock.fastForward(500)
    await expect(locator).toBeVisible({ timeout: 100 })
  }).toPass({ intervals: [50], timeout: 15_000 })
}

async function expectLayout(page: Page) {
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
  await expect(page.getByRole('contentinfo')).toBeVisible()
}

for (const { path, heading, whenEmpty, scenario } of pairs) {
  test(`${path} under "${scenario}"`, async ({ page }) => {
    await page.clock.install()
    await page.goto(`${path}?scenario=${scenario}`)
    const main = page.getByRole('main')
    if (scenario === 'slow') {
      await expect(main.locator('[aria-busy="true"]')).toBeVisible()
      await skipWaitsUntil(page, page.getByRole('heading', { level: 1, name: heading }))
    } else if (scenario === 'empty') {
      await expect(main.getByText(whenEmpty, { exact: true }).first()).toBeVisible()
      await expect(page.getByRole('alert')).toHaveCount(0)
    } else {
      // Offline and error give up after three retries with backoff; malformed data never retries.
      const alert = page.getByRole('alert')
      const failure = alert.getByRole('heading', { name: failureHeadings[scenario] })
      await skipWaitsUntil(page, failure)
      await alert.getByRole('button', { name: 'Try again' }).click()
      // The fault is still on, so trying again ends in the same readable state, never a blank page.
      await skipWaitsUntil(page, failure)
    }
    await expectLayout(page)
  })
}
