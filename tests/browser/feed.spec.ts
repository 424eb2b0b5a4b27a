// Runs against the built preview only (the preview project): /feed.xml is written by the build.
import { expect, test } from './fixtures'
import { api, everyPage, gatedFacts } from './site-pages'

type FeedEntry = { id: string; title: string; updated: string; link: string; summary: string }

test('the Atom feed has one entry per event, newest first, each linking to its event', async ({
  page,
  request,
}) => {
  const response = await request.get('/feed.xml')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toMatch(/xml/)
  const xml = await response.text()
  await page.goto('/')
  // The browser's own XML parser: a malformed feed yields a <parsererror> document.
  const feed = await page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'application/xml')
    const root = document.documentElement
    const child = (element: Element, name: string) =>
      element.getElementsByTagNameNS('http://www.w3.org/2005/Atom', name)[0]
    return {
      root: root.localName,
      namespace: root.namespaceURI,
      errors: document.getElementsByTagName('parsererror').length,
      entries: [...root.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry')].map(
        (entry) => ({
          id: child(entry, 'id')?.textContent ?? '',
          title: child(entry, 'title')?.textContent ?? '',
          updated: child(entry, 'updated')?.textContent ?? '',
          link: child(entry, 'link')?.getAttribute('href') ?? '',
          summary: child(entry, 'summary')?.textContent ?? '',
        }),
      ),
    }
  }, xml)
  expect(feed).toMatchObject({ root: 'feed', namespace: 'http://www.w3.org/2005/Atom', errors: 0 })

  const timeline = await api<{ events: { slug: string; title: string }[] }>(
    page,
    '/api/timeline.json',
  )
  const entries: FeedEntry[] = feed.entries
  expect(entries.map((entry) => entry.title).sort()).toEqual(
    timeline.events.map((event) => event.title).sort(),
  )
  expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length)
  const dates = entries.map((entry) => entry.updated)
  expect(dates).toEqual([...dates].sort().reverse())
  for (const entry of entries) expect(entry.summary).toMatch(/Status: .+\.$/)

  // Each link opens its event on the timeline.
  const newest = entries[0]!
  const address = new URL(newest.link)
  await page.goto(`${address.pathname}${address.hash}`)
  await expect(page.locator(`[id="${address.hash.slice(1)}"]`)).toBeVisible()
  await expect(page.locator(`[id="${address.hash.slice(1)}"]`)).toContainText(newest.title)
})

test('the feed holds no spoiler-gated text, and every page links it', async ({ page, request }) => {
  const xml = await (await request.get('/feed.xml')).text()
  const facts = await gatedFacts(page)
  expect(facts.length).toBeGreaterThan(0)
  for (const fact of facts) {
    const escaped = fact.text.replaceAll('&', '&amp;').replaceAll('<', '&lt;')
    expect(xml.includes(fact.text) || xml.includes(escaped), fact.text).toBe(false)
  }
  for (const path of await everyPage(page)) {
    const html = await (await request.get(path)).text()
    expect(html, path).toMatch(
      /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="\/feed\.xml"\/>/,
    )
  }
})
