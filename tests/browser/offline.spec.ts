// Runs against the built site only (the preview project): offline reading through dist/sw.js.
// The test serves a copy of dist itself, so that it can cut the network for real by stopping the
// server (offline-server.ts).
import { rmSync } from 'node:fs'
import { expect, test } from './fixtures'
import {
  type OfflinePreview,
  isControlled,
  openVisitedPages,
  servePreview,
  snapshotOfDist,
} from './offline-server'

test.use({ serviceWorkers: 'allow' })
// One browser context and one server through the whole story: online visits, outage, offline visits.
test.describe.configure({ mode: 'serial' })

let preview: OfflinePreview | undefined
let outDir: string | undefined
let origin = ''

test.beforeAll(async () => {
  test.setTimeout(90_000)
  outDir = await snapshotOfDist()
  preview = await servePreview(outDir, 4320) // offline-update.spec.ts uses the next ten
  origin = preview.origin
})

test.afterAll(async () => {
  await preview?.stop()
  if (outDir) rmSync(outDir, { recursive: true, force: true })
})

test('visited pages open again with the server gone', async ({ page }) => {
  test.setTimeout(90_000)

  // First visit: the worker installs, precaches the shell and takes control of this tab.
  await page.goto(`${origin}/`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'The Trauma Code: Heroes on Call',
  )
  await expect.poll(() => isControlled(page), { timeout: 20_000 }).toBe(true)
  // This page and any data it fetched loaded before the worker controlled the tab (a prerendered
  // page may fetch none); the page puts them in the worker's caches (register-service-worker.ts),
  // and this waits until they are cached.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const loaded = performance
          .getEntriesByType('resource')
          .map((entry) => new URL(entry.name))
          .filter((url) => url.origin === location.origin && url.pathname.startsWith('/api/'))
          .map((url) => url.href)
        const cached = await Promise.all([location.href, ...loaded].map((url) => caches.match(url)))
        return cached.every(Boolean)
      }),
    )
    .toBe(true)

  // Further visits, each through the worker: two by address, one by clicking a link.
  await page.goto(`${origin}/characters`)
  await expect(page.getByRole('heading', { level: 1, name: 'Characters' })).toBeVisible()
  await page.getByRole('link', { name: 'Baek Kang-hyuk' }).first().click()
  await expect(page).toHaveURL(`${origin}/characters/baek-kang-hyuk`)
  await expect(page.getByRole('heading', { level: 1, name: 'Baek Kang-hyuk' })).toBeVisible()
  await page.goto(`${origin}/timeline`)
  await expect(page.getByRole('heading', { level: 1, name: 'Rumor timeline' })).toBeVisible()

  // The outage: the server is gone, not merely emulated offline.
  await preview?.stop()

  await page.goto(`${origin}/`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'The Trauma Code: Heroes on Call',
  )
  await expect(page.getByRole('link', { name: 'Characters' }).first()).toBeVisible()
  await openVisitedPages(page, origin)

  // A page never visited: the app starts from the cached shell and says the wiki is offline
  // (after the client's three retries), instead of the browser's "site can't be reached".
  await page.goto(`${origin}/origin`)
  await expect(page.getByRole('navigation', { name: 'Sections', exact: true })).toBeVisible()
  await expect(page.getByRole('alert')).toContainText('The wiki is offline', { timeout: 15_000 })
})
