/**
 * The tests' `test`: its page waits, after every load, until the app has started. A built page is
 * prerendered and readable at once, but its controls (search, spoiler settings, theme) work only
 * once the app has hydrated, which the page's boot script starts after the first paint, and its
 * content's controls once the reader first acts; a reader who acts sooner may have to act again,
 * a test must not. Pages without JavaScript skip the wait.
 */
import { type Page, test as base } from '@playwright/test'

export { expect, type Page } from '@playwright/test'

/**
 * Waits for the app; on a prerendered page whose content hydrates on the reader's first act
 * (`data-app="waiting"`, docs/decisions/023), acts first, as a reader does: a press of Shift, which
 * changes nothing on the page.
 */
export async function appReady(page: Page): Promise<void> {
  const app = page.locator('html[data-app]')
  await app.waitFor({ state: 'attached', timeout: 30_000 })
  if ((await app.getAttribute('data-app')) === 'waiting') await page.keyboard.press('Shift')
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout: 30_000 })
}

export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, provide) => {
    if (javaScriptEnabled) {
      const goto = page.goto.bind(page)
      page.goto = async (url, options) => {
        const response = await goto(url, options)
        await appReady(page)
        return response
      }
      const reload = page.reload.bind(page)
      page.reload = async (options) => {
        const response = await reload(options)
        await appReady(page)
        return response
      }
    }
    await provide(page)
  },
})
