/**
 * The tests' `test`: its page waits, after every load, until the app has started. A built page is
 * prerendered and readable at once, but its controls (search, spoiler settings, theme) work only
 * once the app has hydrated, which the page's boot script starts after the first paint; a reader who acts
 * sooner may have to act again, a test must not. Pages without JavaScript skip the wait.
 */
import { type Page, test as base } from '@playwright/test'

export { expect, type Page } from '@playwright/test'

async function appReady(page: Page): Promise<void> {
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
