import { existsSync } from 'node:fs'
import path from 'node:path'
import { allPageAddresses } from '../../src/app/route-table.ts'
import { createApiDocuments } from '../../src/content/api-documents.ts'
import { readFixtureFiles } from '../../src/content/node/read-fixture-files.ts'
import { validateFixtureFiles } from '../../src/content/validate-content.ts'
import { type TimelinePageRef, paths } from '../../src/config/paths.ts'
import { axeScan } from './axe'
import { expect, test } from './fixtures'
import { api, everyPage } from './site-pages'
import { testRepositoryUrl } from './repository'
import { citationDensity } from './citation-density'
import { expectReferencesAsCited } from './reference-numbers'

const repositoryRoot = path.resolve(import.meta.dirname, '../..')

test('a reader reaches every character, person, source and timeline event by following links from home', async ({
  page,
}) => {
  test.setTimeout(300_000)
  const expected = await everyPage(page)
  const reached = new Set<string>()
  const queue = ['/']
  while (queue.length > 0) {
    const next = queue.shift() ?? '/'
    if (reached.has(next)) continue
    reached.add(next)
    await page.goto(next)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const hrefs = await page
      .locator('header a[href^="/"], main a[href^="/"], footer a[href^="/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
    for (const href of hrefs) {
      const target = href.split('#')[0] ?? ''
      // A file such as the Atom feed (/feed.xml) is linked from pages but is not a page.
      const isFile = /\.[a-z]+$/.test(target)
      if (target && !isFile && !reached.has(target) && !queue.includes(target)) queue.push(target)
    }
  }
  expect([...reached].filter((reachedPath) => expected.includes(reachedPath)).sort()).toEqual(
    [...expected].sort(),
  )

  // Every event is on the page the documents put it on, prerendered in full.
  const timeline = await api<{ events: { slug: string; page: TimelinePageRef }[] }>(
    page,
    '/api/timeline.json',
  )
  for (const { slug, page: eventPage } of timeline.events) {
    expect(reached).toContain(paths.timelinePage(eventPage))
    await page.goto(paths.timelineEvent(eventPage, slug))
    await expect(page.locator(`[id="${slug}"]`)).toBeVisible()
  }
})

/** The same pages, known before the tests start so that each page is its own test. */
// The same addresses, worked out from the fixture files rather than from what the site serves.
const fixtureDocuments = await (async () => {
  const result = validateFixtureFiles(await readFixtureFiles(repositoryRoot))
  if (!result.ok) throw new Error('the fixtures do not validate: run npm run validate')
  return createApiDocuments(result.content)
})()
const pagesFromFixtures = await allPageAddresses((apiPath) =>
  Promise.resolve(fixtureDocuments.get(apiPath) as never),
)

test('the page list below covers every page the site serves', async ({ page }) => {
  expect([...pagesFromFixtures].sort()).toEqual((await everyPage(page)).sort())
})

/** The repository file or folder an edit link opens (…/edit/main/<file> or …/tree/main/<folder>/). */
function editedFile(href: string): string {
  const [, file = ''] = /^[^?#]+\/(?:edit|tree)\/main\/(.+)$/.exec(href) ?? []
  return file
}

for (const pagePath of pagesFromFixtures) {
  // One visit reads everything about the page, axe last (it changes the colour scheme): a page
  // load costs CI about 1.5 s, and there are 41 pages.
  test(`${pagePath}: its head and share image, one h1, "Last updated", edit and report links to its own files, at most 4 citation markers per 100 words, references as cited, safe links, no axe violations`, async ({
    page,
  }) => {
    await page.goto(pagePath)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(
      page.getByText(/^Last updated \d{1,2} \w+ \d{4}, the date of the newest/),
    ).toBeVisible()
    const edits = page.getByRole('link', { name: /^Edit / })
    const files = (
      await edits.evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    ).map((href) => editedFile(href ?? ''))
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      expect(file, 'an edit link opens a content file').toMatch(/^src\/fixtures\//)
      expect(existsSync(path.join(repositoryRoot, file)), file).toBe(true)
    }
    // A detail page's own file comes first: /people/ju-ji-hoon edits people/ju-ji-hoon.json. A
    // timeline page (/timeline/2025) is a stretch of one collection: it edits the timeline folder.
    const [, section, detail] = pagePath.split('/')
    const slug = section === 'timeline' ? undefined : detail
    if (slug) expect(path.basename(files[0] ?? '')).toBe(`${slug}.json`)
    if (slug) expect(path.dirname(files[0] ?? '')).toMatch(new RegExp(`/${section ?? ''}$`))
    const report = new URL(
      (await page.getByRole('link', { name: 'Report an error' }).getAttribute('href')) ?? '',
    )
    expect(`${report.origin}${report.pathname}`).toBe(`${testRepositoryUrl}/issues/new`)
    expect(report.searchParams.get('body')).toContain(`Page: ${pagePath}`)
    const density = await citationDensity(page)
    expect(density.words, 'the page has body text').toBeGreaterThan(20)
    expect(
      density.perHundredWords,
      `${String(density.markers)} markers in ${String(density.words)} words`,
    ).toBeLessThanOrEqual(4)
    // The References list holds what the markers cite and nothing else, numbered 1, 2, … in the
    // order the page first cites them (decision 034).
    await expectReferencesAsCited(page)

    const links = await page.locator('a[href]').evaluateAll((anchors) =>
      anchors.map((anchor) => ({
        href: anchor.getAttribute('href') ?? '',
        rel: anchor.getAttribute('rel') ?? '',
      })),
    )
    for (const { href, rel } of links) {
      if (/^https?:\/\//.test(href)) {
        expect(rel.split(' '), href).toEqual(expect.arrayContaining(['noopener', 'noreferrer']))
      } else {
        expect(href, 'an internal link is a path or an anchor').toMatch(/^[/#]/)
        expect(href).not.toMatch(/^\/\//)
      }
    }

    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
    await expect(page).not.toHaveTitle('The Trauma Code wiki')
    expect(await page.locator('meta[name="description"]').count()).toBe(1)
    // The share image is a PNG the site serves, drawn for this page (src/build/share-images.ts).
    const image = (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? ''
    const served = await page.request.get(new URL(image).pathname)
    expect(served.status(), image).toBe(200)
    expect(served.headers()['content-type']).toBe('image/png')
    const png = await served.body()
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])
    const [titleStart = ''] = (await page.title()).split(' · ')
    expect(await page.locator('meta[property="og:image:alt"]').getAttribute('content')).toContain(
      titleStart,
    )
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe(
      'summary_large_image',
    )
    const results = await axeScan(page)
      // Off by default in axe; Lighthouse checks it, and readers on phones need it.
      .options({ rules: { 'target-size': { enabled: true } } })
      .analyze()
    expect(results.violations, 'light').toEqual([])
    // Only colours change with the theme: in dark, the contrast rule is the one that can differ.
    await page.emulateMedia({ colorScheme: 'dark' })
    const dark = await axeScan(page).withRules(['color-contrast']).analyze()
    expect(dark.violations, 'dark').toEqual([])
  })
}

test('no two pages share a title', async ({ page }) => {
  // Read from each page's prerendered HTML, which carries its <title>: no page load needed.
  const titles = new Map<string, string>()
  for (const pagePath of pagesFromFixtures) {
    const html = await (await page.request.get(pagePath)).text()
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''
    expect(title, pagePath).not.toBe('')
    expect(
      titles.get(title),
      `${pagePath} has the title of ${titles.get(title) ?? ''}`,
    ).toBeUndefined()
    titles.set(title, pagePath)
  }
})

for (const path of ['/characters/nobody', '/people/nobody', '/sources/nothing']) {
  test(`an unknown slug (${path}) shows the not-found page`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  })
}
