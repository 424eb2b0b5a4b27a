/** Queries the page tests share: what a reader sees in an infobox, its citations and references. */
import { screen, within } from '@testing-library/react'
import { expect } from 'vitest'
import { numbersAsFirstCited, numbersFromOne, numbersInMarker } from './reference-numbers'

/** The <dd> that follows the <dt> reading `term`, in `container` (the whole page by default). */
export function definitionOf(term: string, container: HTMLElement = document.body): HTMLElement {
  const dd = within(container).getByText(term, { selector: 'dt' }).nextElementSibling
  if (!(dd instanceof HTMLElement) || dd.tagName !== 'DD') throw new Error(`${term} has no <dd>`)
  return dd
}

/** The citation markers inside `element`: buttons named "Source 2", "Sources 1 to 3". */
export function citationMarkers(element: HTMLElement = document.body): HTMLElement[] {
  return within(element).getAllByRole('button', { name: /^Sources? \d/ })
}

/** The titles of the page's References list, in order. */
function referenceTitles(): string[] {
  const references = screen.getByRole('region', { name: 'References' })
  return within(references)
    .getAllByRole('listitem')
    .map((entry) => within(entry).getByRole('link').textContent)
}

/** The articles (titles, as the reference list names them) the markers inside `element` cite. */
export function citedArticles(element: HTMLElement): string[] {
  const titles = referenceTitles()
  return citationMarkers(element).flatMap((marker) =>
    numbersInMarker(marker.textContent).map((number) => titles[number - 1] ?? 'missing reference'),
  )
}

/**
 * The References list is exactly what the markers cite, numbered as Wikipedia numbers: every
 * number a marker shows is an entry of the list, every entry is cited, and the numbers first
 * appear in order, 1, 2, 3, down the page (decision 034).
 */
export function expectReferencesAsCited(): void {
  const markers = citationMarkers()
  expect(markers.length).toBeGreaterThan(0)
  expect(numbersAsFirstCited(markers.map((marker) => marker.textContent))).toEqual(
    numbersFromOne(referenceTitles().length),
  )
}

/**
 * A detail page's opening paragraph: its first sentence and the infobox facts the articles agree
 * on, cited once (decision 019).
 */
export function openingParagraph(): HTMLElement {
  const opening = document.querySelector('main .entity-opening')
  if (!(opening instanceof HTMLElement)) throw new Error('the page has no opening paragraph')
  return opening
}
