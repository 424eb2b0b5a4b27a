// Runs against `npm run dev` only (the dev project): offline reading is production-only, because
// in development MSW's worker owns the origin and a second worker would fight it for requests.
import { expect, test } from './fixtures'

test('development registers no offline worker, only MSW’s', async ({ page, request }) => {
  await page.goto('/characters')
  await expect(page.getByRole('heading', { level: 1, name: 'Characters' })).toBeVisible()
  // Registration would wait for the load event; give it the chance to happen before looking.
  await page.waitForLoadState('load')
  await page.waitForTimeout(500)
  const workers = await page.evaluate(async () =>
    (await navigator.serviceWorker.getRegistrations()).map(
      (registration) =>
        (registration.active ?? registration.waiting ?? registration.installing)?.scriptURL ??
        'none',
    ),
  )
  expect(workers).toHaveLength(1)
  expect(workers[0]).toMatch(/\/mockServiceWorker\.js$/)
  // The dev server has no worker file to register: sw.js exists only in the build.
  expect(await (await request.get('/sw.js')).text()).not.toContain('trauma-code-')
})
