import { appReady, expect, test } from './fixtures'

test('the character list shows every group, actor and reference', async ({ page }) => {
  await page.goto('/characters')
  await expect(page.getByRole('heading', { level: 1, name: 'Characters' })).toBeVisible()
  await expect(page).toHaveTitle('Characters · The Trauma Code wiki')
  for (const group of [
    'The trauma team',
    'Doctors and hospital leadership',
    'Government',
    'Workplace not given',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: group })).toBeVisible()
  }
  const baek = page.getByRole('listitem').filter({ hasText: 'Baek Kang-hyuk' })
  await expect(baek).toContainText('Played by Ju Ji-hoon')
  await expect(page.getByRole('listitem').filter({ hasText: 'Yang Jae-won' })).toContainText(
    'Sources disagree: Fellow',
  )
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(9)

  // A citation opens a preview of its article, which leads to the article's own page.
  await appReady(page)
  const marker = page.getByRole('button', { name: /^Sources? 1\b/ }).first()
  await marker.click()
  const preview = page.locator(`[id="${(await marker.getAttribute('popovertarget')) ?? ''}"]`)
  await preview.getByRole('link').first().click()
  await expect(page).toHaveURL('/sources/lee-nak-jun-radio-interview')
})

test('the header reaches the character list from the home page', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'The Trauma Code: Heroes on Call',
  )
  await page
    .getByRole('navigation', { name: 'Sections', exact: true })
    .getByRole('link', { name: 'Characters' })
    .click()
  await expect(page).toHaveURL('/characters')
  await expect(page.getByRole('heading', { name: 'Kang Myeong-hui' })).toBeVisible()
})

test('an unknown address shows the not-found page with a way back', async ({ page }) => {
  await page.goto('/no-such-page')
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Back to the home page' }).click()
  await expect(page).toHaveURL('/')
})

test('a link to a timeline event opens the page at that event', async ({ page }) => {
  await page.goto('/timeline/2025#2025-09-23-xports-news-seasons-2-3-report')
  await expect(
    page.getByRole('heading', { level: 2, name: /^Report: seasons 2 and 3 confirmed/ }),
  ).toBeInViewport()
})
