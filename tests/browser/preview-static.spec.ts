// Runs against the built preview only (the preview project).
import { expect, test } from '@playwright/test'

test('serves the contract as static JSON and 404s an unknown data URL', async ({ request }) => {
  const list = await request.get('/api/characters.json')
  expect(list.status()).toBe(200)
  expect(list.headers()['content-type']).toContain('application/json')
  const body = (await list.json()) as { characters: { slug: string }[] }
  expect(body.characters.map((character) => character.slug)).toContain('baek-kang-hyuk')

  expect((await request.get('/api/characters/baek-kang-hyuk.json')).status()).toBe(200)
  expect((await request.get('/api/characters/no-such-character.json')).status()).toBe(404)
  expect((await request.get('/api/nothing-here.json')).status()).toBe(404)
})

test('ships no mock service worker and registers none', async ({ page, request }) => {
  const worker = await request.get('/mockServiceWorker.js')
  expect(await worker.text()).not.toContain('Mock Service Worker')
  await page.goto('/characters')
  await expect(page.getByRole('heading', { name: 'Baek Kang-hyuk' })).toBeVisible()
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull()
})

test('shows a readable error, not a blank page, when the data is invalid', async ({ page }) => {
  await page.route('**/api/characters.json', (route) =>
    route.fulfill({ json: { characters: [{ slug: 'baek-kang-hyuk', name: 42 }] } }),
  )
  await page.goto('/characters')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('This page’s data is damaged')
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()

  await page.unroute('**/api/characters.json')
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('heading', { name: 'Baek Kang-hyuk' })).toBeVisible()
})
