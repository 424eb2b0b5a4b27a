/**
 * A page's reference numbers as a reader meets them: the numbers its markers show, in the order
 * they first appear down the page, and how many articles its References list holds. Decision 034
 * numbers the articles as Wikipedia does, so the first is [1, 2, …] up to the list's length.
 * Markers inside a hidden part (the timeline's matches while no filter is set) are not the page's.
 */
import type { Page } from '@playwright/test'

export type ReferenceNumbers = { firstSeen: number[]; listed: number }

export async function referenceNumbers(page: Page): Promise<ReferenceNumbers> {
  return page.locator('main').evaluate((main) => {
    const firstSeen: number[] = []
    for (const marker of main.querySelectorAll('.cite-marker')) {
      if (marker.closest('[hidden]')) continue
      for (const part of marker.textContent.match(/\d+(?:–\d+)?/g) ?? []) {
        const [from = 0, to = from] = part.split('–').map(Number)
        for (let number = from; number <= to; number++) {
          if (!firstSeen.includes(number)) firstSeen.push(number)
        }
      }
    }
    return { firstSeen, listed: main.querySelectorAll('.references li').length }
  })
}
