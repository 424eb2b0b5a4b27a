import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { apiRoutes } from '@/content/api-contract'
import { fixtureDocuments } from '@/testing/fixture-documents'
import { serveDocument } from '@/testing/mocks/server'
import { renderApp } from '@/testing/render-app'

const image = {
  file: '/images/characters/baek-kang-hyuk.jpg',
  alt: 'A surgeon on a helicopter pad at night',
  credit: 'A. Photographer',
  licence: 'CC BY-SA',
  source: 'https://commons.example.org/wiki/File:Helipad.jpg',
}

/** Serves the document at `url` with `image` on the entity under `key`. */
function serveWithImage(url: string, key: 'character' | 'person') {
  const document = structuredClone(fixtureDocuments.get(url)) as Record<
    string,
    Record<string, unknown>
  >
  document[key] = { ...document[key], image }
  serveDocument(url, document)
}

/** The figure whose caption credits the image. */
const creditedFigure = () => screen.getByText(/^Image: A\. Photographer/).closest('figure')!
const monogramOf = (heading: HTMLElement) => heading.parentElement?.querySelector('.monogram')

describe('entity imagery', () => {
  it('shows a character’s monogram in the group colour when the file has no image', async () => {
    renderApp('/characters/baek-kang-hyuk')
    const heading = await screen.findByRole('heading', { level: 1, name: /^Baek Kang-hyuk/ })
    const monogram = monogramOf(heading)
    expect(monogram).toHaveAttribute('data-initials', 'BK')
    expect(monogram).toHaveClass('monogram-trauma-team')
    expect(monogram).toHaveAttribute('aria-hidden', 'true')
    expect(screen.queryByRole('figure')).not.toBeInTheDocument()
  })

  it('shows a character’s image with its credit, licence and source instead', async () => {
    serveWithImage(apiRoutes.character.path('baek-kang-hyuk'), 'character')
    renderApp('/characters/baek-kang-hyuk')
    const heading = await screen.findByRole('heading', { level: 1, name: /^Baek Kang-hyuk/ })
    expect(monogramOf(heading)).toBeFalsy()
    const figure = creditedFigure()
    expect(within(figure).getByRole('img', { name: image.alt })).toHaveAttribute('src', image.file)
    expect(figure).toHaveTextContent('Image: A. Photographer, CC BY-SA (source)')
    expect(within(figure).getByRole('link', { name: 'source' })).toHaveAttribute(
      'href',
      image.source,
    )
  })

  it('shows a person’s image and credit, or their monogram as cast or crew', async () => {
    serveWithImage(apiRoutes.person.path('ju-ji-hoon'), 'person')
    const { unmount } = renderApp('/people/ju-ji-hoon')
    await screen.findByRole('heading', { level: 1, name: 'Ju Ji-hoon' })
    expect(creditedFigure()).toHaveTextContent('Image: A. Photographer, CC BY-SA')
    unmount()

    renderApp('/people/lee-nak-jun')
    const heading = await screen.findByRole('heading', { level: 1, name: 'Dr. Lee Nak-jun' })
    expect(monogramOf(heading)).toHaveAttribute('data-initials', 'LN')
    expect(monogramOf(heading)).toHaveClass('monogram-crew')
  })

  it('puts a monogram on every card of the character and people lists', async () => {
    const { unmount } = renderApp('/characters')
    await screen.findByRole('heading', { level: 1, name: 'Characters' })
    const cards = screen.getAllByRole('heading', { level: 3 })
    expect(cards.length).toBeGreaterThan(0)
    for (const card of cards) expect(card.querySelector('.monogram')).not.toBeNull()
    unmount()

    renderApp('/people')
    const ju = await screen.findByRole('heading', { level: 3, name: 'Ju Ji-hoon' })
    expect(ju.querySelector('.monogram')).toHaveClass('monogram-cast')
  })
})
