// Runs against the built preview only (the preview project).
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from './fixtures'

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
  // The first page arrives with its data; the damaged document is fetched on the way to another.
  await page.goto('/')
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Characters' })
    .click()
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('This page’s data is damaged')
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()

  await page.unroute('**/api/characters.json')
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('heading', { name: 'Baek Kang-hyuk' })).toBeVisible()
})

test('carries a Content-Security-Policy that allows only the theme and boot scripts inline, and breaks none of it', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/')).text()
  await page.goto('/')
  const policy = await page
    .locator('head meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  const scriptSources = /script-src ([^;]+)/.exec(policy ?? '')?.[1]
  expect(scriptSources).toMatch(
    /^'self' 'sha256-[A-Za-z0-9+/]+={0,2}' 'sha256-[A-Za-z0-9+/]+={0,2}'$/,
  )
  // Data blocks (the page's prerendered data, JSON-LD) never execute, so the policy allows them;
  // the inline scripts are the theme script and the boot script, which starts the app.
  const inlineScripts = html.match(
    /<script(?![^>]*\b(?:src=|type="application\/(?:ld\+)?json"))[^>]*>/g,
  )
  expect(inlineScripts).toHaveLength(2)
  expect(inlineScripts?.[0]).toBe('<script>')
  expect(inlineScripts?.[1]).toMatch(
    /^<script data-entry="\/assets\/[^"]+\.js" data-modules="[^"]*">$/,
  )
  await expect(page.locator('html')).toHaveClass(/\bjs\b/)

  // Every violation the browser reports is collected before the app's own code runs.
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { cspViolations: seen })
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  for (const path of [
    '/',
    '/characters/baek-kang-hyuk',
    '/timeline',
    '/origin',
    '/disagreements',
  ]) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.getByRole('combobox', { name: 'Search the wiki' }).fill('baek')
    await expect(page.getByRole('option').first()).toBeVisible()
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([])
  }
})

test('ships none of the dev-only mocks, fault scenarios or fixture loader', () => {
  // The preview serves dist/, which the preview server built just before the tests.
  const assets = path.resolve(import.meta.dirname, '../../dist/assets')
  const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'))
  expect(scripts.length).toBeGreaterThan(0)
  for (const script of scripts) {
    const code = readFileSync(path.join(assets, script), 'utf8')
    // Strings, not names: a minifier renames identifiers but keeps string literals.
    for (const devOnly of [
      'Scenario "error"',
      'mockServiceWorker',
      '../schemas/character.schema.json',
    ]) {
      expect(code, `${script} contains ${devOnly}`).not.toContain(devOnly)
    }
  }
})

test('compiles the start-up chunks and the search engine as they stream in, and nothing else', () => {
  // V8's compile hint is added by chunk name in vite.config.ts (decisions 027 and 038): a renamed
  // file or chunk would drop it without a word, and the first keystroke in search would compile
  // the engine on the main thread again.
  const dist = path.resolve(import.meta.dirname, '../../dist')
  const manifest = JSON.parse(
    readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'),
  ) as Record<string, { file: string; name?: string; isEntry?: boolean }>
  const chunks = Object.entries(manifest).filter(([, chunk]) => chunk.file.endsWith('.js'))
  const hinted = chunks
    .filter(([, chunk]) =>
      readFileSync(path.join(dist, chunk.file), 'utf8').startsWith(
        '//# allFunctionsCalledOnLoad\n',
      ),
    )
    .map(([key, chunk]) =>
      chunk.isEntry ? 'the entry' : chunk.name === 'framework' ? 'framework' : key,
    )
  expect(hinted.sort()).toEqual(['framework', 'src/features/search/search-engine.ts', 'the entry'])
})
