/**
 * A prerendered first visit loads the framework and the site's shell; each page's own components
 * and the header's search box load on the reader's first act (docs/decisions/023). These tests
 * use Playwright's own `test`, whose page does not act for them on load as the fixtures' does.
 */
import { type Page, expect, test } from '@playwright/test'

/** The app's scripts the page has requested so far, by file name without its hash. */
async function requestedScripts(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => entry.name),
  )
  return urls
    .map((url) => new URL(url).pathname)
    .filter((pathname) => pathname.startsWith('/assets/') && pathname.endsWith('.js'))
    .map((pathname) => pathname.replace(/^\/assets\/|-[\w-]{8}\.js$/g, ''))
}

async function waitForApp(page: Page, state: 'waiting' | 'ready'): Promise<void> {
  await page.locator(`html[data-app="${state}"]`).waitFor({ state: 'attached' })
}

test('until the reader acts, a character page loads no page code and stays readable; the first act hydrates it', async ({
  page,
}) => {
  await page.goto('/characters/baek-kang-hyuk')
  await waitForApp(page, 'waiting')
  await page.waitForLoadState('networkidle')
  const before = await requestedScripts(page)
  expect(before).toContain('framework')
  expect(before).toContain('character')
  expect(before).not.toContain('character-page')
  expect(before).not.toContain('search-box')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Baek Kang-hyuk')
  await expect(page.getByRole('main')).toContainText('Ju Ji-hoon')

  await page.mouse.move(200, 300)
  await waitForApp(page, 'ready')
  const after = await requestedScripts(page)
  expect(after).toContain('character-page')
  expect(after).toContain('search-box')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Baek Kang-hyuk')
})

test('a button pressed before the page has hydrated still does its job once it has', async ({
  page,
}) => {
  await page.goto('/characters/yang-jae-won')
  await waitForApp(page, 'waiting')
  const summary = page.getByRole('region', { name: 'Summary' })
  // The click is the reader's first act: the page's code is not in when it lands.
  await summary.getByRole('button', { name: 'I’ve watched episode 8: show it' }).click()
  await expect(summary).toContainText("accepted as Baek Kang-hyuk's first disciple")
  await expect(page.getByRole('button', { name: 'Spoilers: up to ep. 8' })).toBeVisible()
})

test('what a reader types into search before its code is in is searched once it is', async ({
  page,
}) => {
  await page.goto('/origin')
  await waitForApp(page, 'waiting')
  await page.getByRole('combobox', { name: 'Search the wiki' }).pressSequentially('baek')
  await expect(page.getByRole('option').first()).toContainText('Baek Kang-hyuk')
})

test('a page whose address or spoiler setting changes what it shows hydrates at once', async ({
  page,
}) => {
  await page.goto('/timeline?q=netflix')
  await waitForApp(page, 'ready')
  await expect(
    page.getByRole('status').filter({ hasText: 'events, from every year' }),
  ).toBeVisible()

  await page.evaluate(() => {
    localStorage.setItem('spoiler-settings', '{"watchedEpisode":8,"showWebtoonPlot":false}')
  })
  await page.goto('/characters/yang-jae-won')
  await waitForApp(page, 'ready')
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText(
    "accepted as Baek Kang-hyuk's first disciple",
  )
})
