/**
 * The contributor's loop under `npm run dev`: a saved fixture reaches the open page without a
 * reload, and a broken one opens Vite's overlay naming the file, the JSON path and the problem
 * while the pages that do not need that file keep working. It edits a real fixture, so it runs in
 * its own project after the others (playwright.config.ts) and puts the file back whatever happens.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from './fixtures'

const outletFile = 'src/fixtures/outlets/chosun-biz.json'
const file = path.resolve(import.meta.dirname, '../..', outletFile)
const original = readFileSync(file, 'utf8')
const screenshots = path.resolve(import.meta.dirname, '../../test-results/screenshots')

function save(edit: (json: Record<string, unknown>) => void) {
  const json = JSON.parse(original) as Record<string, unknown>
  edit(json)
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`)
}

test.describe.configure({ mode: 'serial' })
test.afterEach(() => {
  writeFileSync(file, original)
})

test('a saved fixture shows on the open page without a reload', async ({ page }) => {
  await page.goto('/outlets/chosun-biz')
  await expect(page.getByRole('heading', { level: 1, name: 'Chosun Biz' })).toBeVisible()
  await page.evaluate(() => sessionStorage.setItem('loads', String(performance.timeOrigin)))
  const loadedAt = await page.evaluate(() => performance.timeOrigin)

  save((json) => {
    Object.assign(json.description as object, { value: 'An outlet edited while the page is open.' })
  })
  await expect(page.getByText('An outlet edited while the page is open.')).toBeVisible()
  // The same document: a reload would have started a new one.
  expect(await page.evaluate(() => performance.timeOrigin)).toBe(loadedAt)
})

test('a broken fixture opens the overlay with file, path and problem; other pages keep working', async ({
  page,
  context,
}) => {
  await page.goto('/outlets/chosun-biz')
  await expect(page.getByRole('heading', { level: 1, name: 'Chosun Biz' })).toBeVisible()

  save((json) => {
    delete json.name
  })
  const overlay = page.locator('vite-error-overlay')
  await expect(overlay.locator('.message-body')).toContainText(
    `${outletFile}: $.name: missing: "name" is required here`,
  )
  await page.screenshot({ path: path.join(screenshots, 'dev-overlay-invalid-fixture.png') })

  // A page that does not need the broken file works, with the overlay telling the contributor.
  const other = await context.newPage()
  await other.goto('/characters/baek-kang-hyuk')
  await expect(other.getByRole('heading', { level: 1, name: /^Baek Kang-hyuk/ })).toBeVisible()
  await expect(other.locator('vite-error-overlay .message-body')).toContainText(outletFile)
  await other.locator('vite-error-overlay').evaluate((element) => {
    element.remove()
  })
  await other.screenshot({ path: path.join(screenshots, 'dev-overlay-other-page-works.png') })

  // Fixed: the overlay closes and the page shows the file's content again, with no reload.
  writeFileSync(file, original)
  await expect(overlay).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1, name: 'Chosun Biz' })).toBeVisible()
})
