/**
 * Citation density as a reader meets it: marker groups per 100 words of a page's body text.
 * Body text is what `main` shows a reader (its rendered text, so folded or hidden parts do not
 * count), without the reference list, the breadcrumb, the page foot (dates, edit links) and the
 * markers themselves. Issue 12 holds every page to at most 4, against Wikipedia's 1 to 3; the site
 * had 10 to 17.
 */
import type { Page } from '@playwright/test'

export type CitationDensity = { markers: number; words: number; perHundredWords: number }

export const notBodyText = '.references, .page-footer, nav, sup.cite'

export async function citationDensity(page: Page): Promise<CitationDensity> {
  return page.locator('main').evaluate((main, excluded) => {
    if (!(main instanceof HTMLElement)) throw new Error('main is not an HTML element')
    const wordsIn = (element: HTMLElement) =>
      element.innerText.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
    // Only what is rendered: `main`'s innerText already leaves hidden parts out (the timeline
    // keeps entries mounted but hidden) and parts not rendered yet (an entry off screen, skipped
    // with content-visibility), but a hidden element's own innerText is all its text.
    const rendered = (element: HTMLElement) =>
      element.checkVisibility({ contentVisibilityAuto: true })
    const left = [...main.querySelectorAll<HTMLElement>(excluded)].filter(
      (element) => rendered(element) && !element.parentElement?.closest(excluded),
    )
    const words = wordsIn(main) - left.reduce((sum, element) => sum + wordsIn(element), 0)
    const markers = [...main.querySelectorAll<HTMLElement>('sup.cite')].filter(rendered).length
    return { markers, words, perHundredWords: words === 0 ? 0 : (100 * markers) / words }
  }, notBodyText)
}
