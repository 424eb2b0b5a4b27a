/**
 * Citations as a reader meets them: one merged marker per fact, none in a heading, and a preview of
 * each cited article with its own words for the fact, reached by keyboard and closed with Escape.
 */
import { axeScan } from './axe'
import { appReady, expect, test } from './fixtures'

test('keyboard only: Tab to a citation, its preview shows the article and its words, Escape closes it', async ({
  page,
}) => {
  await page.goto('/characters/baek-kang-hyuk')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Baek Kang-hyuk')
  await expect(page.locator('h1 .cite, h2 .cite, h3 .cite')).toHaveCount(0)
  await appReady(page)

  const marker = page.getByRole('button', { name: /^Sources? \d/ }).first()
  // Tab from the top of the page until the first citation marker has the focus.
  for (let step = 0; step < 40; step += 1) {
    await page.keyboard.press('Tab')
    if (await marker.evaluate((element) => element === document.activeElement)) break
  }
  await expect(marker).toBeFocused()
  const preview = page.locator(`[id="${(await marker.getAttribute('popovertarget')) ?? ''}"]`)
  // Keyboard focus opens it (interest invokers, which Chromium has; elsewhere Enter does).
  await expect(preview).toBeVisible()
  // The first citation: the article's title, its date, and the words that support the fact.
  await expect(preview.locator('.cite-preview-title').first()).toHaveText(/\w/)
  await expect(preview.locator('q.cite-preview-text').first()).toContainText('Baek')

  const results = await axeScan(page)
    .options({ rules: { 'target-size': { enabled: true } } })
    .analyze()
  expect(results.violations).toEqual([])

  await page.keyboard.press('Escape')
  await expect(preview).toBeHidden()
})

test('a tap on a marker opens its preview, and a tap elsewhere closes it', async ({ page }) => {
  await page.goto('/people/ju-ji-hoon')
  await appReady(page)
  const marker = page.getByRole('button', { name: /^Sources? \d/ }).first()
  const preview = page.locator(`[id="${(await marker.getAttribute('popovertarget')) ?? ''}"]`)
  await marker.click()
  await expect(preview).toBeVisible()
  await expect(preview.locator('.cite-preview-entry').first()).toBeVisible()
  await page.getByRole('heading', { level: 1 }).click()
  await expect(preview).toBeHidden()
})

test('the opening paragraph cites once, and its preview quotes each article’s words for every fact', async ({
  page,
}) => {
  await page.goto('/characters/park-gyeong-won')
  const opening = page.locator('main .entity-opening')
  await expect(opening).toContainText('is a character in The Trauma Code: Heroes on Call (2025)')
  const marker = opening.getByRole('button', { name: /^Sources? \d/ })
  await expect(marker).toHaveCount(1)
  await marker.click()
  const preview = page.locator(`[id="${(await marker.getAttribute('popovertarget')) ?? ''}"]`)
  await expect(preview).toBeVisible()
  // The infobox shows his job quietly, unmarked: the two articles' words for it are here.
  await expect(
    preview.getByText('Jeong Jae-kwang (anesthesiologist Park Gyeong-won)'),
  ).toBeVisible()
  await expect(
    preview.getByText('anesthesiology resident Park Kyung-won (Jung Jae-kwang)', { exact: false }),
  ).toBeVisible()
})

test('a preview names each article once, however the article was saved', async ({ page }) => {
  await page.goto('/timeline')
  await appReady(page)
  await page.getByRole('searchbox', { name: 'Search' }).fill('xsportnews')
  const match = page.getByRole('list', { name: 'Matching events' })
  const marker = match.getByRole('button', { name: /^Sources? \d/ })
  await marker.click()
  const preview = page.locator(`[id="${(await marker.getAttribute('popovertarget')) ?? ''}"]`)
  await expect(preview).toBeVisible()
  // Two articles saved without their headlines, so each is titled by what the wiki calls it.
  const titles = await preview.locator('.cite-preview-title').allTextContents()
  expect(titles).toHaveLength(2)
  for (const title of titles) {
    await expect(preview.getByText(title, { exact: true })).toHaveCount(1)
  }
})

test('on a phone a marker never starts a line: it stays with the word it follows', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 })
  for (const path of ['/', '/characters/baek-kang-hyuk', '/people/ju-ji-hoon', '/origin']) {
    await page.goto(path)
    await appReady(page)
    // For each marker after text, whether its box shares a line with that text's last letter.
    const apart = await page.locator('main .cite').evaluateAll((markers) =>
      markers.flatMap((marker) => {
        const before = marker.previousSibling
        if (!(before instanceof Text) || before.data.trimEnd().length === 0) return []
        const end = before.data.trimEnd().length
        const letter = document.createRange()
        letter.setStart(before, end - 1)
        letter.setEnd(before, end)
        const word = letter.getBoundingClientRect()
        const box = marker.getBoundingClientRect()
        if (word.height === 0 || box.height === 0) return []
        const sameLine = box.top < word.bottom && box.bottom > word.top
        return sameLine ? [] : [`${before.data.slice(-30)} ${marker.textContent}`]
      }),
    )
    expect(apart, path).toEqual([])
  }
})
