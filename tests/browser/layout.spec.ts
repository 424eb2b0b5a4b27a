/**
 * Issue 12, phone first: the header is one compact bar, the home page answers "renewed?" on the
 * first screen of a phone, and every page type keeps to that at 375 px and one row at 1280 px.
 */
import { paths } from '../../src/config/paths.ts'
import type { Locator } from '@playwright/test'
import { type Page, expect, test } from './fixtures'

const phone = { width: 375, height: 812 }
const desktop = { width: 1280, height: 800 }

/** One address of each page type. */
const pageTypes = [
  paths.home(),
  paths.characters(),
  paths.character('baek-kang-hyuk'),
  paths.people(),
  paths.person('ju-ji-hoon'),
  paths.origin(),
  paths.timeline(),
  paths.timelinePage({ year: '2025', number: 1 }),
  paths.sources(),
  paths.source('netflix-reviewing-sequel'),
  paths.disagreements(),
]

async function openPage(page: Page, path: string) {
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
}

/** The tops of the header's visible items: the name, each section link and each tool. */
async function headerItemTops(page: Page): Promise<number[]> {
  return page.locator('.site-header').evaluate((header) =>
    [
      ...header.querySelectorAll(
        '.site-name, .site-nav a, .site-menu-button, .search-input, .spoiler-settings-toggle, .theme-select select',
      ),
    ]
      .map((item) => item.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0)
      .map((box) => Math.round(box.top + box.height / 2)),
  )
}

test.describe('on a phone', () => {
  test.use({ viewport: phone })

  test('the header is one bar at most 64 px tall on every page type', async ({ page }) => {
    for (const path of pageTypes) {
      await openPage(page, path)
      const header = await page.getByRole('banner').boundingBox()
      expect(header?.height, path).toBeLessThanOrEqual(64)
      await expect(page.getByRole('link', { name: 'The Trauma Code wiki' })).toBeVisible()
      await expect(page.getByRole('combobox', { name: 'Search the wiki' })).toBeVisible()
      await expect(page.getByRole('button', { name: /^Spoilers/ })).toBeVisible()
      // Nothing in the bar spills past the screen's edge.
      const widest = await page.locator('.site-header-inner').evaluate((bar) => bar.scrollWidth)
      expect(widest, path).toBeLessThanOrEqual(phone.width)
    }
  })

  test('every page type shows its title before its text', async ({ page }) => {
    for (const path of pageTypes) {
      await openPage(page, path)
      const title = await page.getByRole('heading', { level: 1 }).boundingBox()
      // Above the title: the breadcrumb, the banner art, and a kicker that names what it is.
      const paragraphsAbove = await page.locator('main p:not(.kicker)').evaluateAll(
        (paragraphs, top) =>
          paragraphs.filter((paragraph) => {
            const box = paragraph.getBoundingClientRect()
            return box.height > 0 && box.bottom <= top
          }).length,
        title?.y ?? 0,
      )
      expect(paragraphsAbove, path).toBe(0)
    }
  })

  test('the menu shows the section links, and Escape closes it', async ({ page }) => {
    await openPage(page, paths.home())
    const sections = page.getByRole('navigation', { name: 'Sections' })
    await expect(sections).toBeHidden()
    await page.getByText('Menu', { exact: true }).click()
    await expect(sections.getByRole('link', { name: 'Cast & crew' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(sections).toBeHidden()
    await expect(page.getByText('Menu', { exact: true })).toBeFocused()

    await page.getByText('Menu', { exact: true }).click()
    await sections.getByRole('link', { name: 'Cast & crew' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cast & crew')
    await expect(sections).toBeHidden()
  })

  test('a tap outside the open menu closes it, and does not reach what is under it', async ({
    page,
  }) => {
    await openPage(page, paths.home())
    const sections = page.getByRole('navigation', { name: 'Sections' })
    await page.getByText('Menu', { exact: true }).click()
    const panel = await sections.boundingBox()
    if (!panel) throw new Error('the open menu has no box')
    // A link of the page that the open menu does not cover: the tap lands where it is.
    const boxes = await page
      .getByRole('main')
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect))
    const under = boxes.find(
      (box) => box.top > panel.y + panel.height && box.bottom < phone.height && box.width > 0,
    )
    if (!under) throw new Error('the home page needs a link in view below the open menu')
    await page.mouse.click(under.left + under.width / 2, under.top + under.height / 2)
    await expect(sections).toBeHidden()
    await expect(page).toHaveURL(paths.home())
  })

  test('the home page answers "renewed?" on its first screen: status, date and why', async ({
    page,
  }) => {
    await openPage(page, paths.home())
    const card = page.getByRole('region', { name: 'Renewal status now' })
    const firstScreen = async (part: Locator) => {
      await expect(part).toBeVisible()
      const box = await part.boundingBox()
      return box ? box.y + box.height : Infinity
    }
    // The status and its date, then Netflix's answer with the one line of why.
    expect(
      await firstScreen(card.locator('p', { hasText: /^In talks as of \d+ \w+ \d{4}$/ })),
    ).toBeLessThanOrEqual(phone.height)
    expect(
      await firstScreen(card.locator('p', { hasText: /^Netflix’s answer: In talks/ })),
    ).toBeLessThanOrEqual(phone.height)
  })

  test('the search box has no "/" hint', async ({ page }) => {
    await openPage(page, paths.home())
    await expect(page.locator('.search-shortcut')).toBeHidden()
  })
})

test.describe('on a wide screen', () => {
  test.use({ viewport: desktop })

  test('the header is one row on every page type', async ({ page }) => {
    // Eleven page types, each a cold module graph on the dev server the first time.
    test.setTimeout(120_000)
    for (const path of pageTypes) {
      await openPage(page, path)
      const tops = await headerItemTops(page)
      // The name, six section links, search and spoilers.
      expect(tops.length, path).toBe(9)
      expect(Math.max(...tops) - Math.min(...tops), path).toBeLessThanOrEqual(4)
      const header = await page.getByRole('banner').boundingBox()
      expect(header?.height, path).toBeLessThanOrEqual(64)
    }
  })
  test('detail pages use the width: the infobox beside the text', async ({ page }) => {
    for (const path of [
      paths.character('baek-kang-hyuk'),
      paths.person('ju-ji-hoon'),
      paths.source('netflix-reviewing-sequel'),
      paths.origin(),
    ]) {
      await openPage(page, path)
      const main = await page.locator('main').evaluate((element) => {
        const box = element.getBoundingClientRect()
        const style = getComputedStyle(element)
        return {
          left: box.left + parseFloat(style.paddingLeft),
          right: box.right - parseFloat(style.paddingRight),
        }
      })
      const infobox = await page.locator('main .infobox').first().boundingBox()
      // The heading's text, not its block box: a block runs on under a float, its lines do not.
      const heading = await page
        .getByRole('heading', { level: 2 })
        .first()
        .evaluate((element) => {
          const range = document.createRange()
          range.selectNodeContents(element)
          const box = range.getBoundingClientRect()
          return { x: box.x, y: box.y, width: box.width }
        })
      if (!infobox) throw new Error(`${path}: no infobox`)
      // The box reaches the right edge of the content area, and the first section starts beside it,
      // not under it: no empty column on the right.
      expect(infobox.x + infobox.width, path).toBeGreaterThanOrEqual(main.right - 2)
      expect(heading.y, path).toBeLessThan(infobox.y + infobox.height)
      expect(heading.x + heading.width, path).toBeLessThanOrEqual(infobox.x)
    }
  })
})

test('every detail page has a breadcrumb back to its section', async ({ page }) => {
  const detailPages = [
    { path: paths.character('baek-kang-hyuk'), section: 'Characters', to: paths.characters() },
    { path: paths.person('ju-ji-hoon'), section: 'Cast & crew', to: paths.people() },
    { path: paths.source('netflix-reviewing-sequel'), section: 'Sources', to: paths.sources() },
    { path: paths.origin(), section: 'Home', to: paths.home() },
  ]
  for (const { path, section, to } of detailPages) {
    await openPage(page, path)
    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' })
    await expect(
      breadcrumb.getByRole('link', { name: section, exact: true }),
      path,
    ).toHaveAttribute('href', to)
    await expect(breadcrumb.locator('[aria-current="page"]'), path).toBeVisible()
  }
  // The way back works: from a person to the cast list.
  await openPage(page, paths.person('ju-ji-hoon'))
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Cast & crew' })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cast & crew')
})

test.describe('the timeline on a phone', () => {
  test.use({ viewport: phone })

  test('folds its filters behind "Filter" and shows the ones in force as removable chips', async ({
    page,
  }) => {
    await openPage(page, paths.timelinePage({ year: '2025', number: 1 }))
    const status = page.getByRole('combobox', { name: 'Status' })
    await expect(status).toBeHidden()
    // Folded, the first event starts on the first screen instead of under five fields.
    const firstEvent = await page.getByRole('article').first().boundingBox()
    expect(firstEvent?.y).toBeLessThan(phone.height)

    await page.getByText('Filter', { exact: true }).click()
    await status.selectOption({ label: 'Denied' })
    await page.getByRole('combobox', { name: 'Year' }).selectOption('2025')
    await expect(page).toHaveURL(/status=denied/)
    await page.getByText('Filter', { exact: true }).click()
    await expect(status).toBeHidden()

    const chips = page.getByRole('list', { name: 'Filters in force' })
    await expect(chips.getByRole('button')).toHaveText(['Status: Denied ×', 'Year: 2025 ×'])
    await chips.getByRole('button', { name: 'Remove filter Status: Denied' }).click()
    await expect(page).not.toHaveURL(/status=/)
    await expect(page).toHaveURL(/year=2025/)
    await expect(chips.getByRole('button')).toHaveText(['Year: 2025 ×'])
  })

  test('marks stale claims once per event, not on every claim', async ({ page }) => {
    await openPage(page, paths.timelinePage({ year: '2025', number: 1 }))
    const events = page.getByRole('article')
    let staleEvents = 0
    for (const event of await events.all()) {
      const marks = await event.getByText(/^Stale: before Netflix’s statement of/).count()
      expect(marks).toBeLessThanOrEqual(1)
      staleEvents += marks
    }
    expect(staleEvents).toBeGreaterThan(0)
  })
})
