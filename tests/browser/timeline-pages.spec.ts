/**
 * The timeline in pages, on the build readers get: without JavaScript every event is read by
 * following links from the front page; with it, a filter on one page finds events on the others.
 */
import type { APIRequestContext, Page } from '@playwright/test'
import { type TimelinePageRef, paths } from '../../src/config/paths.ts'
import { isSameTimelinePage } from '../../src/content/timeline-pages.ts'
import { appReady, expect, test } from './fixtures'

type TimelineDocument = {
  events: { slug: string; title: string; page: TimelinePageRef }[]
  pages: TimelinePageRef[]
}

/** The timeline's document, as the built site serves it. */
async function readTimeline(request: APIRequestContext): Promise<TimelineDocument> {
  return (await (await request.get('/api/timeline.json')).json()) as TimelineDocument
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false })

  test('a reader reads every event by following the page links from the front page', async ({
    page,
    request,
  }) => {
    const timeline = await readTimeline(request)
    await page.goto(paths.timeline())
    const contents = page.getByRole('navigation', { name: 'Pages by year' })
    const pageLinks = await contents
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
    expect(pageLinks.length).toBeGreaterThan(0)

    // Read the first page, then follow "Newer" to the end, as a reader would.
    const read = new Set<string>()
    const visited: string[] = []
    await page.getByRole('navigation', { name: 'Pages by year' }).getByRole('link').first().click()
    for (;;) {
      visited.push(new URL(page.url()).pathname)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Rumor timeline: \d{4}/)
      const ids = await page
        .locator('.timeline-event')
        .evaluateAll((items) => items.map((item) => item.id))
      for (const id of ids) read.add(id)
      const newer = page
        .getByRole('navigation', { name: 'Older and newer events' })
        .getByRole('link', { name: /^Newer/ })
      if ((await newer.count()) === 0) break
      await newer.click()
    }
    expect(visited).toEqual(pageLinks)
    expect([...read].sort()).toEqual(timeline.events.map((event) => event.slug).sort())
  })

  test('each page of the timeline has its own title, description and canonical address', async ({
    page,
    request,
  }) => {
    const timeline = await readTimeline(request)
    const titles = new Set<string>()
    for (const timelinePage of [{ year: '', number: 0 }, ...timeline.pages]) {
      const address = timelinePage.year === '' ? paths.timeline() : paths.timelinePage(timelinePage)
      await page.goto(address)
      titles.add(await page.title())
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\w/)
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
      expect(new URL(canonical ?? '').pathname).toBe(address)
    }
    expect(titles.size).toBe(timeline.pages.length + 1)
  })
})

test('a filter used on one page of the timeline finds the events of every page', async ({
  page,
  request,
}) => {
  const timeline = await readTimeline(request)
  const [first] = timeline.pages
  const newest = timeline.events.at(-1)
  if (!first || !newest) throw new Error('the timeline has no events')
  expect(newest.page).not.toEqual(first)
  await page.goto(paths.timelinePage(first))
  await expect(page.getByRole('article', { name: newest.title })).toHaveCount(0)
  await page.getByRole('searchbox', { name: 'Search' }).fill(newest.title)
  await expect(page.getByRole('status')).toHaveText(/^\d+ of \d+ events, from every year/)
  // A match is a result to follow: it opens the event in full, on its own year's page.
  const matches = page.getByRole('list', { name: 'Matching events' })
  await matches.getByRole('link', { name: newest.title, exact: true }).click()
  await expect(page).toHaveURL(paths.timelineEvent(newest.page, newest.slug))
  await expect(page.getByRole('article', { name: newest.title })).toBeVisible()
})

test('a match on the page being filtered, followed at once, opens its entry and keeps it', async ({
  page,
  request,
}) => {
  const timeline = await readTimeline(request)
  const [first] = timeline.pages
  if (!first) throw new Error('the timeline has no pages')
  const firstPage = paths.timelinePage(first)
  const event = timeline.events.find((candidate) => isSameTimelinePage(candidate.page, first))
  if (!event) throw new Error(`${firstPage} has no events`)
  await page.goto(firstPage)
  await page.getByRole('searchbox', { name: 'Search' }).fill(event.title)
  const matches = page.getByRole('list', { name: 'Matching events' })
  // Before typing pauses: the address has not taken the text yet.
  await matches.getByRole('link', { name: event.title, exact: true }).click()
  await expect(page.getByRole('article', { name: event.title })).toBeVisible()
  // Well past the pause in typing (300 ms) after which the address would take the text.
  await page.waitForTimeout(1000)
  await expect(page).toHaveURL(paths.timelineEvent(first, event.slug))
  await expect(page.getByRole('article', { name: event.title })).toBeInViewport()
})

test('the entries a filter hides are gone for every reader until it is cleared', async ({
  page,
  request,
}) => {
  const timeline = await readTimeline(request)
  const newest = timeline.events.at(-1)
  const oldest = timeline.events[0]
  if (!newest || !oldest || newest === oldest) throw new Error('the timeline needs two events')
  await page.goto(paths.timeline())
  // The timeline's own list items, as a screen reader counts them (not the claims' nested lists).
  const entries = page.getByRole('listitem').and(page.locator('ol.timeline > li'))
  const unfiltered = await entries.count()
  expect(unfiltered).toBeGreaterThan(0)
  await expect(page.getByRole('article', { name: newest.title })).toBeVisible()

  // The page keeps its own entries mounted while a filter is set (decision 030): none of them may
  // show, count as a list item for a screen reader, or take a link's focus. The matches are a list
  // of their own, one item each, six at a time (decision 044).
  await page.getByRole('searchbox', { name: 'Search' }).fill(oldest.title)
  const status = page.getByRole('status')
  await expect(status).toHaveText(/^\d+ of \d+ events, from every year/)
  const matchCount = Number((await status.textContent())?.split(' ')[0])
  const matches = page.getByRole('list', { name: 'Matching events' })
  await expect(matches.getByRole('heading', { level: 2 })).toHaveCount(Math.min(matchCount, 6))
  await expect(matches.getByRole('link', { name: oldest.title, exact: true })).toBeVisible()
  await expect(entries).toHaveCount(0)
  await expect(page.getByRole('article', { name: newest.title })).toBeHidden()
  const hiddenLink = page.locator('ol.timeline a').first()
  await hiddenLink.evaluate((link: HTMLElement) => link.focus())
  await expect(hiddenLink).not.toBeFocused()

  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(entries).toHaveCount(unfiltered)
  await expect(matches).toHaveCount(0)
  await expect(page.getByRole('article', { name: newest.title })).toBeVisible()
})

test('before any filter, the matches wait out of sight: no room, no focus, nothing read out', async ({
  page,
}) => {
  await page.goto(paths.timeline())
  await appReady(page)
  // Built once the page has hydrated, so that the first keystroke shows rows already built
  // (decision 031); until a filter is set they must be as absent as if they were not there.
  const waiting = page.locator('ol.timeline-matches')
  await expect(waiting.locator(':scope > li').first()).toBeAttached()
  await expect(waiting).toBeHidden()
  expect((await waiting.boundingBox())?.height ?? 0).toBe(0)
  await expect(page.getByRole('list', { name: 'Matching events' })).toHaveCount(0)
  const waitingLink = waiting.locator('a').first()
  await waitingLink.evaluate((link: HTMLElement) => link.focus())
  await expect(waitingLink).not.toBeFocused()
  // Once the page is idle it lays the list out ahead, in one task that hides it again (decisions
  // 031 and 032). Done here as the page does it: even within that task the list takes no room.
  const { before, during } = await waiting.evaluate((list: HTMLElement) => {
    const pageHeight = () => document.documentElement.scrollHeight
    const heightBefore = pageHeight()
    list.dataset.layingOut = ''
    const listHeight = list.getBoundingClientRect().height
    const heightDuring = pageHeight()
    delete list.dataset.layingOut
    return { before: heightBefore, during: { listHeight, pageHeight: heightDuring } }
  })
  expect(during).toEqual({ listHeight: 0, pageHeight: before })
  await expect(waiting).toBeHidden()
  await expect(page.getByRole('list', { name: 'Matching events' })).toHaveCount(0)
  await waitingLink.evaluate((link: HTMLElement) => link.focus())
  await expect(waitingLink).not.toBeFocused()
  await page.getByRole('searchbox', { name: 'Search' }).press('n')
  await expect(page.getByRole('list', { name: 'Matching events' })).toBeVisible()
})

/** Where each thing a reader can see sits on the page, and its size, with its text's start. */
function placesShown(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main *, footer *')]
      .filter((element) => element.checkVisibility() && element.clientHeight > 0)
      .map((element) => {
        const box = element.getBoundingClientRect()
        const text = element.textContent.slice(0, 24)
        return `${element.tagName} "${text}" ${box.x},${box.y + scrollY} ${box.width}x${box.height}`
      }),
  )
}

test('reaching for the filter rehearses its view out of sight: the page stays as it was', async ({
  page,
}) => {
  await page.goto(paths.timeline())
  await appReady(page)
  // Where each thing a reader can see sits, and how far the page is scrolled.
  const shown = async () => ({
    scroll: await page.evaluate(() => scrollY),
    places: await placesShown(page),
  })
  const filter = page.getByRole('searchbox', { name: 'Search' })
  await filter.scrollIntoViewIfNeeded()
  await page.mouse.wheel(0, 120)
  await expect(filter).toBeInViewport()
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)))
  const before = await shown()
  // Scrolled, with the box in view: a page that lost its length for a frame would clamp the scroll.
  expect(before.scroll).toBeGreaterThan(0)
  const count = await page.getByRole('status').textContent()
  // The rehearsal (decision 041) shows the filters in force for a moment no frame paints: the
  // chips come and go, and no layout shift is recorded.
  await page.evaluate(() => {
    const seen = { chips: 0, shifts: 0 }
    Object.assign(window, { rehearsalSeen: seen })
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof HTMLElement && node.matches('.filter-chips')) seen.chips++
    }).observe(document.body, { childList: true, subtree: true })
    new PerformanceObserver((list) => {
      seen.shifts += list.getEntries().length
    }).observe({ type: 'layout-shift' })
  })
  await filter.click()
  await page.waitForFunction(() => {
    const seen = (window as unknown as { rehearsalSeen: { chips: number } }).rehearsalSeen
    return seen.chips > 0
  })
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)))

  expect(
    await page.evaluate(() => (window as unknown as { rehearsalSeen: object }).rehearsalSeen),
  ).toEqual({
    chips: 1,
    shifts: 0,
  })
  expect(await shown()).toEqual(before)
  await expect(page.getByRole('status')).toHaveText(count ?? '')
  await expect(page.getByRole('list', { name: 'Filters in force' })).toHaveCount(0)
  await expect(filter).toBeFocused()
})

test.describe('where the browser keeps what a filter hides rendered', () => {
  // The test compares with a browser that drops it (display: none) by adding a style of its own.
  test.use({ bypassCSP: true })

  test('a filter moves nothing it does not hide, and clearing it puts the page back', async ({
    page,
  }) => {
    await page.goto(paths.timeline())
    await appReady(page)
    const shown = () => placesShown(page)
    const unfiltered = await shown()
    // A letter most events have: the matches end in "Show more", whose margin meets the page
    // foot's across what the filter hides.
    const filter = page.getByRole('searchbox', { name: 'Search' })
    const showMore = page.getByRole('button', { name: /^Show (\d+ more|the last)/ })
    await filter.fill('e')
    await expect(showMore).toBeVisible()
    const filtered = await shown()
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await expect(page.getByRole('list', { name: 'Matching events' })).toHaveCount(0)
    expect(await shown()).toEqual(unfiltered)

    await filter.fill('e')
    await expect(showMore).toBeVisible()
    await page.addStyleTag({ content: '[hidden] { display: none !important; }' })
    expect(await shown()).toEqual(filtered)
  })
})
