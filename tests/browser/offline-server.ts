/**
 * For the offline specs: each serves a private copy of a build with `vite preview` on a port of its
 * own, so that it can cut the network for real by stopping the server. A controlling service
 * worker answers before page.route or an emulated offline mode would, and only a server that is
 * gone proves the pages come from its caches.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type Page, expect } from './fixtures'

export const repositoryRoot = path.resolve(import.meta.dirname, '../..')

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

/**
 * The first free port of the ten from `first`: each spec has its own ten, kept clear of the ports
 * the dev server and the shared preview use.
 */
async function freePort(first: number): Promise<number> {
  for (let port = first; port < first + 10; port += 1) if (await isFree(port)) return port
  throw new Error(`No free port from ${first} to ${first + 9}`)
}

async function isUp(origin: string): Promise<boolean> {
  try {
    return (await fetch(origin)).ok
  } catch {
    return false
  }
}

/** `vite preview` of `outDir` at http://localhost:`port`, once it answers. */
async function startPreview(outDir: string, port: number): Promise<ChildProcess> {
  const server = spawn(
    path.join(repositoryRoot, 'node_modules/.bin/vite'),
    ['preview', '--port', String(port), '--strictPort', '--outDir', outDir],
    { cwd: repositoryRoot, stdio: 'ignore' },
  )
  const origin = `http://localhost:${port}`
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}`)
    if (await isUp(origin)) return server
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`vite preview did not answer at ${origin}`)
}

/** Stops the server and waits until `origin` no longer answers: the outage is real. */
async function stopPreview(server: ChildProcess, origin: string): Promise<void> {
  if (server.exitCode === null && server.signalCode === null) {
    await new Promise((resolve) => {
      server.once('exit', resolve)
      server.kill('SIGTERM')
    })
  }
  await expect.poll(() => isUp(origin)).toBe(false)
}

/**
 * A build served for one spec. Stopping it is the outage; serving another build on the same port
 * is the next deploy, which the worker already installed for this origin must pick up.
 */
export type OfflinePreview = {
  origin: string
  /** Serves `outDir` instead, on the same port; stop the server first. */
  serve: (outDir: string) => Promise<void>
  /** Stops the server and waits until the origin no longer answers. */
  stop: () => Promise<void>
}

/** Serves `outDir` on the first free port of the ten from `firstPort`. */
export async function servePreview(outDir: string, firstPort: number): Promise<OfflinePreview> {
  const port = await freePort(firstPort)
  const origin = `http://localhost:${port}`
  let server = await startPreview(outDir, port)
  return {
    origin,
    serve: async (next) => {
      server = await startPreview(next, port)
    },
    stop: () => stopPreview(server, origin),
  }
}

export async function isControlled(page: Page): Promise<boolean> {
  return page.evaluate(() => navigator.serviceWorker.controller !== null)
}

/** The files sw.js precaches: workbox-build writes each entry's "url" into it. */
function precachedFiles(outDir: string): string[] | null {
  const worker = path.join(outDir, 'sw.js')
  if (!existsSync(worker)) return null
  const urls = [...readFileSync(worker, 'utf8').matchAll(/"url":"([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  )
  if (urls.length === 0) return null
  return urls.map((url) => (url === '/' ? 'index.html' : url.slice(1)))
}

/**
 * A private copy of dist: other builds may rewrite dist while a test runs, and the worker must see
 * one build throughout. A copy taken mid-build lacks some precached file, so it is retaken.
 */
export async function snapshotOfDist(): Promise<string> {
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

/**
 * Opens, in turn, the three pages the specs visit online and open again with the server gone,
 * and checks each shows its content.
 */
export async function openVisitedPages(page: Page, origin: string): Promise<void> {
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
  // The front page shows the newest page's events.
  await expect(
    page.getByRole('heading', { level: 2, name: /^Report: Netflix in talks on seasons 2 and 3/ }),
  ).toBeVisible()
}
