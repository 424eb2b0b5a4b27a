// Runs against the built preview only: prerendered pages exist only in the production build.
import { type Page, expect, test } from './fixtures'
import { collectErrors, everyPage, gatedFacts } from './site-pages'
import { paths } from '../../src/config/paths.ts'

let pages: string[] = []

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage()
  pages = await everyPage(page)
  await page.close()
})

/** What the page's head says about itself, read from the DOM without running any script. */
async function headOf(page: Page) {
  return page.evaluate(() => {
    const attribute = (selector: string, name: string) =>
      document.head.querySelector(selector)?.getAttribute(name) ?? null
    return {
      title: document.title,
      description: attribute('meta[name="description"]', 'content'),
      canonical: attribute('link[rel="canonical"]', 'href'),
      ogTitle: attribute('meta[property="og:title"]', 'content'),
      ogDescription: attribute('meta[property="og:description"]', 'content'),
      ogUrl: attribute('meta[property="og:url"]', 'content'),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
        (element) => JSON.parse(element.textContent) as Record<string, unknown>,
      ),
    }
  })
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false })

  test('every page shows its content, and its head names it for search engines and sharing', async ({
    page,
  }) => {
    for (const path of pages) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(200)
      const heading = page.getByRole('heading', { level: 1 })
      await expect(heading, path).toBeVisible()
      await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
      // More than a heading: the page's body text is there too.
      expect((await page.locator('main').innerText()).length, path).toBeGreaterThan(200)

      const head = await headOf(page)
      expect(head.title, path).toContain('The Trauma Code wiki')
      expect(head.description, path).toBeTruthy()
      expect(head.canonical, path).toMatch(/^https?:\/\//)
      expect(new URL(head.canonical ?? '').pathname, path).toBe(path)
      expect(head.ogUrl, path).toBe(head.canonical)
      expect(head.ogTitle, path).toBe(head.title)
      expect(head.ogDescription, path).toBe(head.description)
      // Controls that need scripts are not offered to a reader who has none.
      await expect(page.getByRole('combobox', { name: 'Search the wiki' })).toBeHidden()
      await expect(page.getByRole('form', { name: 'Filter the timeline' })).toBeHidden()
    }
  })

  test('the home page describes the series and each person page the person, as JSON-LD', async ({
    page,
  }) => {
    await page.goto('/')
    const [series] = (await headOf(page)).jsonLd
    expect(series).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'TVSeries',
      name: 'The Trauma Code: Heroes on Call',
      numberOfEpisodes: 8,
    })

    for (const path of pages.filter((candidate) => candidate.startsWith('/people/'))) {
      await page.goto(path)
      const [person] = (await headOf(page)).jsonLd
      const heading = await page.getByRole('heading', { level: 1 }).innerText()
      expect(person, path).toMatchObject({ '@type': 'Person' })
      expect(heading, path).toContain(String(person?.name))
    }
  })

  test('an unknown address answers 404 with the not-found page', async ({ page }) => {
    const response = await page.goto('/no-such-page')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  })
})

test('no spoiler-gated fact is anywhere in a prerendered page, not even in its data', async ({
  page,
  request,
}) => {
  const facts = await gatedFacts(page)
  expect(facts.length).toBeGreaterThan(0)
  for (const fact of facts) {
    const html = await (await request.get(fact.path)).text()
    const escapedForHtml = fact.text
      .replaceAll('&', '&amp;')
      .replaceAll("'", '&#x27;')
      .replaceAll('"', '&quot;')
    const escapedForJson = JSON.stringify(fact.text).slice(1, -1)
    for (const form of [fact.text, escapedForHtml, escapedForJson]) {
      expect(html.includes(form), `${fact.path}: ${fact.text}`).toBe(false)
    }
  }
})

test('each page hydrates from its own data: no data request, no error, then links navigate in the app', async ({
  page,
}) => {
  for (const path of [
    '/',
    '/characters',
    '/characters/baek-kang-hyuk',
    '/people/ju-ji-hoon',
    '/origin',
    '/timeline',
    '/timeline/2025',
    '/sources/netflix-reviewing-sequel',
    '/disagreements',
  ]) {
    const dataRequests: string[] = []
    const documents: string[] = []
    const { errors, stop } = collectErrors(page)
    const onRequest = (request: { url: () => string; resourceType: () => string }) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) dataRequests.push(request.url())
      if (request.resourceType() === 'document') documents.push(request.url())
    }
    page.on('request', onRequest)

    await page.goto(path)
    const heading = await page.getByRole('heading', { level: 1 }).innerText()
    // Hydrated: the header's search box answers typing, which only the app can do.
    await page.getByRole('combobox', { name: 'Search the wiki' }).fill('baek')
    await expect(page.getByRole('option').first()).toBeVisible()
    await page.keyboard.press('Escape')
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(heading)
    expect(
      dataRequests.filter((url) => !url.endsWith('/api/search.json')),
      path,
    ).toEqual([])

    // A link now changes page inside the app, without loading a new document.
    documents.length = 0
    const target = path === '/people/ju-ji-hoon' ? 'Origin' : 'Cast & crew'
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: target })
      .click()
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(heading)
    expect(documents, path).toEqual([])
    expect(errors, path).toEqual([])
    page.off('request', onRequest)
    stop()
  }
})

test('sitemap.xml lists every page, and robots.txt points to it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1] ?? '').pathname,
  )
  expect(listed.toSorted()).toEqual(pages.toSorted())
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m)
})

test('a filtered timeline address shows the filtered list, not the prerendered full one', async ({
  page,
}) => {
  const { errors } = collectErrors(page)
  await page.goto('/timeline?kind=official-statement')
  await expect(page.getByRole('status')).toHaveText(/^\d+ of \d+ events/)
  await expect(page.getByRole('combobox', { name: 'Kind' })).toHaveValue('official-statement')
  // Filtered, the page lists its matches, each with its kind; its own events are hidden.
  const matches = page.getByRole('list', { name: 'Matching events' }).locator(':scope > li')
  await expect(matches).not.toHaveCount(0)
  for (const match of await matches.allInnerTexts()) expect(match).toContain('Official statement')
  await expect(page.locator('.timeline-event:visible')).toHaveCount(0)
  expect(errors).toEqual([])
})

test("on a phone, the header's menu opens and closes without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 375, height: 812 },
  })
  const page = await context.newPage()
  await page.goto(paths.origin())
  const sections = page.getByRole('navigation', { name: 'Sections' })
  await expect(sections).toBeHidden()
  await page.getByText('Menu', { exact: true }).click()
  await expect(sections).toBeVisible()
  // A tap outside the open menu closes it.
  await page.mouse.click(187, 700)
  await expect(sections).toBeHidden()
  await expect(page).toHaveURL(paths.origin())
  await page.getByText('Menu', { exact: true }).click()
  await sections.getByRole('link', { name: 'Characters' }).click()
  await expect(page).toHaveURL(paths.characters())
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Characters')
  await context.close()
})
