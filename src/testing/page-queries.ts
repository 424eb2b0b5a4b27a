/** Queries the page tests share: what a reader sees in an infobox and a reference list. */
import { screen, within } from '@testing-library/react'
import { expect } from 'vitest'

/** The <dd> that follows the <dt> reading `term`, in `container` (the whole page by default). */
export function definitionOf(term: string, container: HTMLElement = document.body): HTMLElement {
  const dd = within(container).getByText(term, { selector: 'dt' }).nextElementSibling
  if (!(dd instanceof HTMLElement) || dd.tagName !== 'DD') throw new Error(`${term} has no <dd>`)
  return dd
}

/** The reference-list entries (article titles) that the markers inside `element` point at. */
export function citedArticles(element: HTMLElement): string[] {
  return within(element)
    .getAllByRole('link', { name: /^Reference \d+$/ })
    .map((marker) => {
      const target = document.getElementById((marker.getAttribute('href') ?? '').slice(1))
      return target ? within(target).getByRole('link').textContent : 'missing reference'
    })
}

/** Every reference marker on the page jumps to an entry of its References list. */
export function expectEveryMarkerInReferences(): void {
  const references = screen.getByRole('region', { name: 'References' })
  const entryIds = new Set(
    within(references)
      .getAllByRole('listitem')
      .map((entry) => `#${entry.id}`),
  )
  const markers = screen.getAllByRole('link', { name: /^Reference \d+$/ })
  expect(markers.length).toBeGreaterThan(0)
  for (const marker of markers) expect(entryIds).toContain(marker.getAttribute('href'))
}
