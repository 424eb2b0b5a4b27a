/**
 * axe-core scans for the browser tests. Each runs axe in the page itself (AxeBuilder's legacy mode,
 * one `axe.run`) rather than in every frame and then again in a blank page that AxeBuilder opens
 * to finish the scan: the wiki's pages have no frames, and the default cost every-page.spec about
 * a second a page (docs/decisions/033-ci-time-kept-under-its-limit.md). What the legacy mode gives
 * up, cross-origin frames, no page here has.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/** A scan of the page as it is now; chain `.options`, `.withRules` and the like, then `.analyze`. */
export function axeScan(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode()
}
