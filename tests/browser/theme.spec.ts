import { type Page, expect, test } from './fixtures'

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
