import { test as plainTest } from '@playwright/test'
import { type Page, appReady, expect, test } from './fixtures'

const backgroundOf = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)

test('the theme follows the system, and a chosen theme survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/characters')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const light = await backgroundOf(page)

  await page.emulateMedia({ colorScheme: 'dark' })
  const systemDark = await backgroundOf(page)
  expect(systemDark).not.toBe(light)

  await page.emulateMedia({ colorScheme: 'light' })
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('Dark')
  expect(await backgroundOf(page)).toBe(systemDark)

  await page.reload()
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark')
  expect(await backgroundOf(page)).toBe(systemDark)
})

// Playwright's own test: this one reloads a page whose app never starts, which the fixture's
// reload would wait for.
plainTest(
  'a chosen theme applies before any app script runs, from the page head',
  async ({ page }) => {
    await page.goto('/characters')
    await appReady(page)
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('Dark')
    const chosenDark = await backgroundOf(page)
    await page.emulateMedia({ colorScheme: 'light' })
    // Without its modules the app never starts: only the inline theme script can apply the choice.
    await page.route('**/assets/*.js', (route) => route.abort())
    await page.reload()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.dataset.app)).toBeUndefined()
    expect(await backgroundOf(page)).toBe(chosenDark)
  },
)
