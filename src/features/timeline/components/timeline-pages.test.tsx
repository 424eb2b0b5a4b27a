/**
 * The timeline in pages: what a reader sees on the front page and on each page, on the real
 * content and on a timeline ten times as long (every event copied under new slugs), where a year
 * runs on over several pages.
 */
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { paths } from '@/config/paths'
import { type TimelineResponse, apiRoutes } from '@/content/api-contract'
import { createApiDocuments } from '@/content/api-documents'
import { timelinePageName, timelinePageSize } from '@/content/timeline-pages'
import { validateFixtureFiles } from '@/content/validate-content'
import { fixtureFiles } from '@/testing/mocks/fixture-files'
import { serveDocument } from '@/testing/mocks/server'
import { renderApp } from '@/testing/render-app'

const validated = validateFixtureFiles(fixtureFiles)
if (!validated.ok) throw new Error('the fixtures do not validate: run npm run validate')
const content = validated.content

/** The content with every event copied `copies` times, each copy pointing at its own events. */
function longTimeline(copies: number): TimelineResponse {
  const slugs = content.timeline.map((event) => event.slug)
  const copied = Array.from({ length: copies }, (_, copy) =>
    content.timeline.map((event) => {
      let text = JSON.stringify(event)
      for (const slug of slugs) text = text.replaceAll(`"${slug}"`, `"${slug}-c${copy}"`)
      return JSON.parse(text) as typeof event
    }),
  ).flat()
  const documents = createApiDocuments({ ...content, timeline: copied })
  return apiRoutes.timeline.schema.parse(documents.get(apiRoutes.timeline.path()))
}

const serveTimeline = (timeline: TimelineResponse) =>
  serveDocument(apiRoutes.timeline.path(), timeline)

/** The events a reader sees in full: a filter hides the page's own, and lists its matches. */
const eventArticles = () => screen.queryAllByRole('article')
/** The button that shows the next step of the matches, while some are left to show. */
const showMore = () => screen.queryByRole('button', { name: /^Show (the last|\d+ more)/ })
const long = longTimeline(10)

// A page renders 50 long events: on a loaded machine that takes seconds, not the default's one.
const slowPage = { timeout: 10_000 }

describe('the timeline in pages, ten times as long', { timeout: 30_000 }, () => {
  it('lists every page of every year on the front page, then the newest page’s events', async () => {
    serveTimeline(long)
    renderApp(paths.timeline())
    const contents = await screen.findByRole('navigation', { name: 'Pages by year' }, slowPage)
    const hrefs = within(contents)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'))
    expect(hrefs).toEqual(long.pages.map((page) => paths.timelinePage(page)))
    const longYear = long.pages.filter((page) => page.number > 1).map((page) => page.year)
    expect(longYear.length).toBeGreaterThan(0)
    const newest = long.pages.at(-1)!
    expect(eventArticles()).toHaveLength(newest.count)
    expect(screen.getByText(/^The newest events, from/)).toHaveTextContent(
      `The newest events, from ${timelinePageName(newest)}:`,
    )
  })

  it('shows a page’s events in full, with links to the pages beside it and to every page', async () => {
    serveTimeline(long)
    const second = long.pages.find((page) => page.number === 2)
    if (!second) throw new Error('the long timeline has no second page')
    renderApp(paths.timelinePage(second))
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: `Rumor timeline: ${second.year}, page 2` },
        slowPage,
      ),
    ).toBeInTheDocument()
    expect(eventArticles()).toHaveLength(timelinePageSize)
    const contents = screen.getByRole('navigation', { name: 'Pages by year' })
    expect(
      within(contents)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(long.pages.map((page) => paths.timelinePage(page)))
    expect(within(contents).getByRole('link', { current: 'page' })).toHaveAttribute(
      'href',
      paths.timelinePage(second),
    )
    const beside = screen.getByRole('navigation', { name: 'Older and newer events' })
    expect(within(beside).getByRole('link', { name: /^Older: / })).toHaveAttribute(
      'href',
      paths.timelinePage({ year: second.year, number: 1 }),
    )
    const index = long.pages.indexOf(second)
    const next = long.pages[index + 1]
    if (next) {
      expect(within(beside).getByRole('link', { name: /^Newer/ })).toHaveAttribute(
        'href',
        paths.timelinePage(next),
      )
    }
  })

  it('filters every event of every page, whichever page the filter is used on', async () => {
    serveTimeline(long)
    const [first] = long.pages
    if (!first) throw new Error('the long timeline has no page')
    renderApp(paths.timelinePage(first))
    const newest = long.events.at(-1)
    if (!newest || newest.page.year === first.year) throw new Error('one year only')
    const matching = long.events.filter((event) => event.title === newest.title)
    // Pasted, one input event: typing it would render the list once per letter.
    await userEvent.click(await screen.findByRole('searchbox', { name: 'Search' }, slowPage))
    await userEvent.paste(newest.title)
    await expect
      .poll(() => screen.getByRole('status').textContent, slowPage)
      .toMatch(new RegExp(`^${matching.length} of ${long.events.length} events`))
    // The matches are a list of results, each linking to its event on its own page, shown a step
    // at a time; the page's own events are not shown beside them.
    for (let more = showMore(); more; more = showMore()) await userEvent.click(more)
    const matches = screen.getByRole('list', { name: 'Matching events' })
    expect(
      within(matches)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(matching.map((event) => paths.timelineEvent(event.page, event.slug)))
    expect(eventArticles()).toHaveLength(0)
    // Cleared, the page shows its own events again, all of them and only them.
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }))
    const ownTitles = long.events
      .filter((event) => event.page.year === first.year && event.page.number === first.number)
      .map((event) => `${event.slug}-title`)
    await expect
      .poll(() => [...eventArticles()].map((article) => article.getAttribute('aria-labelledby')))
      .toEqual(ownTitles)
  })
})

describe('the timeline eighty times as long', { timeout: 30_000 }, () => {
  it('writes the counts of a filter with their thousands grouped, as the page’s own count', async () => {
    const longer = longTimeline(80)
    serveTimeline(longer)
    renderApp(paths.timeline())
    const status = await screen.findByRole('status', {}, slowPage)
    expect(status).toHaveTextContent(/^1,040 events in the timeline$/)
    // A letter every event has: each of them matches.
    await userEvent.type(await screen.findByRole('searchbox', { name: 'Search' }), 'e')
    await expect
      .poll(() => screen.getByRole('status').textContent, slowPage)
      .toBe('1,040 of 1,040 events, from every year · Clear filters')
  })
})

describe('links between the timeline’s pages on the real content', () => {
  it('links a claim to the page that holds it, on this page or another', async () => {
    renderApp('/timeline/2025')
    const report = await screen.findByRole('article', {
      name: 'Report: seasons 2 and 3 confirmed, to be made back to back',
    })
    const hrefs = within(report)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href') ?? '')
    expect(hrefs).toContain('/timeline/2026#2026-06-22-mydaily-talks-report--filming-october')
    expect(hrefs).toContain(
      '/timeline/2025#2025-09-23-xports-news-seasons-2-3-report--filming-next-summer',
    )
  })

  it('says "Page not found" for a page the split never made', async () => {
    for (const address of ['/timeline/1999', '/timeline/2025/page-1', '/timeline/2025/page-2']) {
      const view = renderApp(address)
      expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
      view.unmount()
    }
  })
})
