// Runs against `npm run dev` only (the dev project): the scenarios live in the MSW handlers.
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

async function expectLayout(page: Page) {
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
  await expect(page.getByRole('contentinfo')).toBeVisible()
}

for (const { path, heading, whenEmpty, scenario } of pairs) {
  test(`${path} under "${scenario}"`, async ({ page }) => {
    await page.goto(`${path}?scenario=${scenario}`)
    const main = page.getByRole('main')
    if (scenario === 'slow') {
      await expect(main.locator('[aria-busy="true"]')).toBeVisible()
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({
        timeout: 10_000,
      })
    } else if (scenario === 'empty') {
      await expect(main.getByText(whenEmpty, { exact: true }).first()).toBeVisible()
      await expect(page.getByRole('alert')).toHaveCount(0)
    } else {
      // Offline waits out three retries with backoff (0.5 s, 1 s, 2 s) before it gives up.
      const alert = page.getByRole('alert')
      await expect(alert.getByRole('heading', { name: failureHeadings[scenario] })).toBeVisible({
        timeout: 15_000,
      })
      await alert.getByRole('button', { name: 'Try again' }).click()
      // The fault is still on, so trying again ends in the same readable state, never a blank page.
      await expect(alert.getByRole('heading', { name: failureHeadings[scenario] })).toBeVisible({
        timeout: 15_000,
      })
    }
    await expectLayout(page)
  })
}
