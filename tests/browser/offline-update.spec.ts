// Runs against the built site only (the preview project): what a second build does to offline
// reading. The pages a reader visited under one build stay readable offline while the next
// build's worker waits, and after it takes over, because runtime caches keep their names across
// builds and Workbox drops only the precache entries the new build no longer lists.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type Page, appReady, expect, test } from './fixtures'
import {
  type OfflinePreview,
  isControlled,
  openVisitedPages,
  repositoryRoot,
  servePreview,
  snapshotOfDist,
} from './offline-server'
import { previewBuildEnv } from './repository'

test.use({ serviceWorkers: 'allow' })

let preview: OfflinePreview | undefined
let buildA: string | undefined
let buildB: string | undefined
let origin = ''

test.beforeAll(async () => {
  test.setTimeout(120_000)
  buildA = await snapshotOfDist()
  // A real second build, of the same code for another address: every page's canonical link
  // differs, so the home page, its precache revision and with it sw.js change, as after a content
  // edit. The JS and CSS keep their names.
  buildB = mkdtempSync(path.join(tmpdir(), 'trauma-code-offline-b-'))
  execFileSync(
    path.join(repositoryRoot, 'node_modules/.bin/node'),
    ['src/build/build-site.ts', '--quiet', '--out-dir', buildB],
    {
      cwd: repositoryRoot,
      env: { ...process.env, ...previewBuildEnv, SITE_URL: 'https://second-build.example' },
    },
  )
  preview = await servePreview(buildA, 4330) // offline.spec.ts uses the ten before
  origin = preview.origin
})

test.afterAll(async () => {
  await preview?.stop()
  for (const folder of [buildA, buildB])
    if (folder) rmSync(folder, { recursive: true, force: true })
})

/** The registration's worker that waits for the tabs of the one in charge to close, if any. */
function waitingWorker(page: Page): Promise<string> {
  return page.evaluate(
    async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? 'none',
  )
}

test('a second build keeps visited pages readable offline until its worker has cached them', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000)

  // Build A: the worker takes control on the first visit, then caches each page read.
  await page.goto(`${origin}/`)
  await expect.poll(() => isControlled(page), { timeout: 20_000 }).toBe(true)
  await openVisitedPages(page, origin)

  // Build B goes live: the next visit finds its worker, which installs and waits for A's tab.
  await preview?.stop()
  if (buildB) await preview?.serve(buildB)
  await page.goto(`${origin}/`)
  await expect.poll(() => waitingWorker(page), { timeout: 20_000 }).toBe('installed')

  // Offline with B waiting: A's worker still answers, from caches B's install left alone.
  await preview?.stop()
  await openVisitedPages(page, origin)

  // Offline once B is in charge: closing A's last tab lets B activate, and B reads the same
  // runtime caches. A tab opened before the activation would still be A's, so this retries, and
  // closes that tab again at once: Chrome activates B only while A controls no tab and has
  // finished its fetches, so the wait between attempts must leave no tab of A's open.
  await page.close()
  let next: Page | undefined
  await expect
    .poll(
      async () => {
        next = await context.newPage()
        await next.goto(`${origin}/characters`)
        const waiting = await waitingWorker(next)
        if (waiting !== 'none') await next.close()
        return waiting
      },
      // 45 s, within the test's 120: on CI's two workers at a load average near 7, the activation
      // once took over 20 s, while the test alone passes in 20 s all told.
      { timeout: 45_000 },
    )
    .toBe('none')
  if (!next) throw new Error('no page opened under the second build')
  await appReady(next)
  await openVisitedPages(next, origin)
})
