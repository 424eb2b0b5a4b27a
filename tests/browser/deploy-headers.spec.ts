// Runs against the built preview only (the preview project): dist/_headers is what Netlify and
// Cloudflare Pages send, and `vite preview` serves the same file.
import path from 'node:path'
import { parseAllHeaders } from 'netlify-headers-parser'
import { expect, test } from './fixtures'

const dist = path.resolve(import.meta.dirname, '../../dist')

async function declaredRules() {
  const { headers, errors } = await parseAllHeaders({
    headersFiles: [path.join(dist, '_headers')] as never[],
    netlifyConfigPath: undefined,
    minimal: false,
  })
  expect(errors).toEqual([])
  return headers
}

test('the _headers policy is the pages’ own, with framing forbidden', async ({ page }) => {
  const rules = await declaredRules()
  const everyPath = rules.find((rule) => rule.for === '/*')
  const header = everyPath?.values['Content-Security-Policy'] ?? ''
  await page.goto('/characters/baek-kang-hyuk')
  const meta = await page
    .locator('head meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  // A <meta> policy cannot forbid framing; the header adds only that.
  expect(header).toBe(`${meta}; frame-ancestors 'none'`)
})

test('hashed assets are immutable, pages and data revalidate, as served', async ({
  page,
  request,
}) => {
  const rules = await declaredRules()
  const cacheControl = (pathname: string) =>
    rules
      .filter((rule) => rule.forRegExp?.test(pathname))
      .flatMap((rule) => rule.values['Cache-Control'] ?? [])
  const assets: string[] = []
  page.on('request', (sent) => {
    const { pathname } = new URL(sent.url())
    if (pathname.startsWith('/assets/')) assets.push(pathname)
  })
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(assets.length).toBeGreaterThan(0)

  for (const asset of assets) {
    expect(cacheControl(asset), asset).toEqual(['public, max-age=31536000, immutable'])
  }
  for (const pathname of [
    '/',
    '/timeline',
    '/characters/baek-kang-hyuk',
    '/api/series.json',
    '/og/home.png',
    '/sw.js',
  ]) {
    expect(cacheControl(pathname), pathname).toEqual(['no-cache'])
  }
  // The preview sends exactly what the file declares.
  for (const pathname of [assets[0] ?? '', '/', '/api/series.json']) {
    const response = await request.get(pathname)
    expect(response.headers()['cache-control'], pathname).toBe(cacheControl(pathname)[0])
    expect(response.headers()['x-content-type-options']).toBe('nosniff')
  }
})
