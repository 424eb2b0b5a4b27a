/**
 * A page's reference numbers as a reader meets them (decision 034): the markers' numbers, in the
 * order they first appear down the page, must run 1, 2, … up to the length of its References
 * list. Markers inside a hidden part (the timeline's matches while no filter is set) are not the
 * page's.
 */
import type { Page } from '@playwright/test'
import { numbersAsFirstCited, numbersFromOne } from '../../src/testing/reference-numbers.ts'
import { expect } from './fixtures'

/** Checks the page's numbering, and returns how many articles its list holds. */
export async function expectReferencesAsCited(page: Page): Promise<number> {
  const { markerTexts, listed } = await page.locator('main').evaluate((main) => ({
    markerTexts: [...main.querySelectorAll('.cite-marker')]
      .filter((marker) => !marker.closest('[hidden]'))
      .map((marker) => marker.textContent),
    listed: main.querySelectorAll('.references li').length,
  }))
  expect(numbersAsFirstCited(markerTexts), 'reference numbers as first cited').toEqual(
    numbersFromOne(listed),
  )
  return listed
}
