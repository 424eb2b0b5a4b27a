// Runs against `npm run dev` only (the dev project).
import { expect, test } from './fixtures'

test('the data comes from the MSW worker in the browser', async ({ page }) => {
  await page.goto('/characters')
  await expect(page.getByRole('heading', { name: 'Baek Kang-hyuk' })).toBeVisible()
  const workerScript = await page.evaluate(
    () => navigator.serviceWorker.controller?.scriptURL ?? 'none',
  )
  expect(workerScript).toMatch(/\/mockServiceWorker\.js$/)
})
