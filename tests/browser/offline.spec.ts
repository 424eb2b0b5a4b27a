// Runs against the built site only (the preview project): offline reading through dist/sw.js.
// The test serves dist itself, so that it can cut the network for real by stopping the server: a
// controlling service worker answers before page.route or an emulated offline mode would, and
// only a server that is gone proves the pages come from its cache.
import { type ChildProcess, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type Page, expect, test } from './fixtures'

const repositoryRoot = path.resolve(import.meta.dirname, '../..')
/** Kept clear of the ports the dev server and the shared preview use. */
const candidatePorts = [4320, 4321, 4322, 4323, 4324, 4325, 4326, 4327, 4328, 4329]

test.use({ serviceWorkers: 'allow' })
// One browser context and one server through the whole story: online visits, outage, offline visits.
test.describe.configure({ mode: 'serial' })

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => {
      resolve(false)
    })
    probe.listen(port, () => {
      probe.close(() => {
        resolve(true)
      })
    })
  })
}

async function freePort(): Promise<number> {
  for (const port of candidatePorts) if (await isFree(port)) return port
  throw new Error(`No free port in ${candidatePorts.join(', ')}`)
}

async function waitUntilServing(origin: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}`)
    try {
      if ((await fetch(origin)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`vite preview did not answer at ${origin}`)
}

function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    server.once('exit', () => {
      resolve()
    })
    server.kill('SIGTERM')
  })
}

async function isControlled(page: Page): Promise<boolean> {
  return page.evaluate(() => navigator.serviceWorker.controller !== null)
}

/** The files sw.js precaches, as the plugin wrote them into it. */
function precachedFiles(outDir: string): string[] | null {
  const worker = path.join(outDir, 'sw.js')
  if (!existsSync(worker)) return null
  const list = /const PRECACHE_URLS = (\[[^\]]*\])/.exec(readFileSync(worker, 'utf8'))?.[1]
  if (list === undefined) return null
  return (JSON.parse(list) as string[]).map((url) => (url === '/' ? 'index.html' : url.slice(1)))
}

/**
 * A private copy of dist: other builds may rewrite dist while this test runs, and the worker must
 * see one build throughout. A copy taken mid-build lacks some precached file, so it is retaken.
 */
async function snapshotOfDist(): Promise<string> {
  const dist = path.join(repositoryRoot, 'dist')
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const copy = mkdtempSync(path.join(tmpdir(), 'trauma-code-offline-'))
    if (existsSync(dist)) cpSync(dist, copy, { recursive: true })
    const files = precachedFiles(copy)
    if (files?.every((file) => existsSync(path.join(copy, file)))) return copy
    rmSync(copy, { recursive: true, force: true })
    await new Promise((resolve) => setTimeout(resolve, 3_000))
  }
  throw new Error('dist has no complete build with sw.js: run `npm run build` first')
}

let server: ChildProcess | undefined
let outDir: string | undefined
let origin = ''

test.beforeAll(async () => {
  test.setTimeout(90_000)
  outDir = await snapshotOfDist()
  const port = await freePort()
  origin = `http://localhost:${port}`
  server = spawn(
    path.join(repositoryRoot, 'node_modules/.bin/vite'),
    ['preview', '--port', String(port), '--strictPort', '--outDir', outDir],
    { cwd: repositoryRoot, stdio: 'ignore' },
  )
  await waitUntilServing(origin, server)
})

test.afterAll(async () => {
  if (server) await stop(server)
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
  // page may fetch none); the page hands the worker their URLs (register-service-worker.ts), and
  // this waits until they are cached.
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
  if (server) await stop(server)
  await expect
    .poll(async () => {
      try {
        await fetch(origin)
        return 'up'
      } catch {
        return 'down'
      }
    })
    .toBe('down')

  await page.goto(`${origin}/`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'The Trauma Code: Heroes on Call',
  )
  await expect(page.getByRole('link', { name: 'Characters' }).first()).toBeVisible()

  await page.goto(`${origin}/characters`)
  await expect(page.getByRole('heading', { level: 1, name: 'Characters' })).toBeVisible()
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Baek Kang-hyuk' }).first(),
  ).toContainText('Played by Ju Ji-hoon')

  await page.goto(`${origin}/characters/baek-kang-hyuk`)
  await expect(page.getByRole('heading', { level: 1, name: 'Baek Kang-hyuk' })).toBeVisible()
  await expect(page.getByText('Played by', { exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Ju Ji-hoon' }).first()).toBeVisible()

  await page.goto(`${origin}/timeline`)
  await expect(page.getByRole('heading', { level: 1, name: 'Rumor timeline' })).toBeVisible()
  await expect(
    page.getByRole('heading', { level: 2, name: /^Report: seasons 2 and 3/ }),
  ).toBeVisible()

  // A page never visited: the app starts from the cached shell and says the wiki is offline
  // (after the client's three retries), instead of the browser's "site can't be reached".
  await page.goto(`${origin}/origin`)
  await expect(page.getByRole('navigation', { name: 'Sections', exact: true })).toBeVisible()
  await expect(page.getByRole('alert')).toContainText('The wiki is offline', { timeout: 15_000 })
})
