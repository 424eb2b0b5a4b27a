import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiRoutes } from '@/content/api-contract'
import { server } from '@/testing/mocks/server'
import { citationMarkers, citedArticles, expectReferencesAsCited } from '@/testing/page-queries'
import { renderApp } from '@/testing/render-app'

async function findCard(regionName: string, personName: string): Promise<HTMLElement> {
  const region = await screen.findByRole('region', { name: regionName })
  return within(region).getByRole('heading', { level: 3, name: personName }).closest('li')!
}

describe('the cast & crew list', () => {
  it('has a title, a description and a heading', async () => {
    renderApp('/people')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cast & crew' }),
    ).toBeInTheDocument()
    await expect.poll(() => document.title).toBe('Cast & crew · The Trauma Code wiki')
    expect(document.querySelector('meta[name="description"]')).toHaveAttribute(
      'content',
      expect.stringContaining('The Trauma Code: Heroes on Call'),
    )
    expect(
      screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent),
    ).toEqual(['Cast', 'Crew', 'References'])
  })

  it('lists Ju Ji-hoon under Cast as playing Baek Kang-hyuk, cited on his page, not here', async () => {
    renderApp('/people')
    const ju = await findCard('Cast', 'Ju Ji-hoon')
    expect(within(ju).getByRole('link', { name: 'Ju Ji-hoon' })).toHaveAttribute(
      'href',
      '/people/ju-ji-hoon',
    )
    expect(ju).toHaveTextContent(/Plays Baek Kang-hyuk(?!\[)/)
    expect(within(ju).getByRole('link', { name: 'Baek Kang-hyuk' })).toHaveAttribute(
      'href',
      '/characters/baek-kang-hyuk',
    )
    expect(ju).toHaveTextContent(/Also known as Joo Ji-hoon \(other romanization\)$/)
    expect(within(ju).queryAllByRole('button', { name: /^Sources? \d/ })).toEqual([])
  })

  it('shows both characters for Yoon Kyung-ho, under one marker citing both articles', async () => {
    renderApp('/people')
    const yoon = await findCard('Cast', 'Yoon Kyung-ho')
    expect(yoon).toHaveTextContent(/Sources disagree: Han Yu-rim or Doo Jin-tae\[[\d–, ]+\]/)
    expect(within(yoon).getByRole('link', { name: 'Han Yu-rim' })).toHaveAttribute(
      'href',
      '/characters/han-yu-rim',
    )
    expect(citedArticles(yoon)).toEqual([
      "'The Trauma Code: Heroes on Call' Season 2: Everything We Know",
      "Article on the Xports News report, Netflix's reply and the show's awards",
    ])
  })

  it('lists the crew with their jobs in plain words', async () => {
    renderApp('/people')
    const crew = await screen.findByRole('region', { name: 'Crew' })
    expect(within(crew).queryByRole('heading', { name: 'Ju Ji-hoon' })).not.toBeInTheDocument()

    const lee = await findCard('Crew', 'Lee Do-yoon')
    expect(within(lee).getByRole('listitem')).toHaveTextContent(/^Director$/)
    expect(within(lee).getByRole('link', { name: 'Lee Do-yoon' })).toHaveAttribute(
      'href',
      '/people/lee-do-yoon',
    )

    const author = await findCard('Crew', 'Lee Nak-jun')
    expect(
      within(author)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Original author (web novel and webtoon)', 'Screenwriter'])
    expect(author).toHaveTextContent('Hansanleega (pen name)')
    expect(await findCard('Crew', 'Hongbichira')).toHaveTextContent('Webtoon co-serialization')
    expect(await findCard('Crew', 'Choi Tae-kang')).toHaveTextContent('Screenwriter')
  })

  it('links every reference marker to an entry in the reference list', async () => {
    renderApp('/people')
    const references = await screen.findByRole('region', { name: 'References' })
    const entries = within(references).getAllByRole('listitem')
    // Only the disputed part is marked, and the list holds only the two articles it cites; every
    // other credit is cited on its person's page.
    expect(entries).toHaveLength(2)
    expect(citationMarkers()).toHaveLength(1)
    expectReferencesAsCited()
  })

  it('explains a server error', async () => {
    server.use(http.get(apiRoutes.personList.path(), () => new HttpResponse(null, { status: 500 })))
    renderApp('/people')
    expect(await screen.findByRole('alert')).toHaveTextContent('answered with an error (500)')
  })
})
