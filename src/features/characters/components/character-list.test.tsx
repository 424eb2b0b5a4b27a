import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiRoutes } from '@/content/api-contract'
import { server } from '@/testing/mocks/server'
import { renderApp } from '@/testing/render-app'
import { citationMarkers, expectReferencesAsCited } from '@/testing/page-queries'

describe('the character list', () => {
  it('shows every character in its group, with occupation and actor', async () => {
    renderApp('/characters')
    expect(await screen.findByRole('heading', { level: 1, name: 'Characters' })).toBeInTheDocument()
    await waitForTitle('Characters · The Trauma Code wiki')

    const team = screen.getByRole('region', { name: 'The trauma team' })
    const baek = within(team).getByRole('heading', { name: 'Baek Kang-hyuk' }).closest('li')!
    expect(baek).toHaveTextContent("Trauma surgeon who heads the hospital's trauma unit")
    expect(baek).toHaveTextContent('Played by Ju Ji-hoon')
    expect(within(baek).getByRole('link', { name: 'Baek Kang-hyuk' })).toHaveAttribute(
      'href',
      '/characters/baek-kang-hyuk',
    )

    const government = screen.getByRole('region', { name: 'Government' })
    expect(within(government).getByRole('heading', { name: 'Kang Myeong-hui' })).toBeInTheDocument()
    expect(
      screen.getByRole('region', { name: 'Doctors and hospital leadership' }),
    ).toHaveTextContent('Played by Kim Eui-sung')
  })

  it('shows both occupations when the articles disagree, under one marker for the card', async () => {
    renderApp('/characters')
    const yang = (await screen.findByRole('heading', { name: 'Yang Jae-won' })).closest('li')!
    expect(yang).toHaveTextContent('Sources disagree: Fellow or Surgical resident[2–4]')
  })

  it('cites only disagreements: agreed facts are cited on each character’s page', async () => {
    renderApp('/characters')
    const baek = (await screen.findByRole('heading', { name: 'Baek Kang-hyuk' })).closest('li')!
    expect(baek).toHaveTextContent(/Played by Ju Ji-hoon$/)
    const nurse = screen.getByRole('heading', { name: 'Cheon Jang-mi' }).closest('li')!
    expect(within(nurse).queryAllByRole('button', { name: /^Sources? \d/ })).toEqual([])
    expect(screen.getByText(/here, markers show only where the articles disagree/)).toBeVisible()
  })

  it('shows the disputed role of Yoon Kyung-ho on both characters', async () => {
    renderApp('/characters')
    const hanYuRim = (await screen.findByRole('heading', { name: 'Han Yu-rim' })).closest('li')!
    expect(hanYuRim).toHaveTextContent(
      'Played by Yoon Kyung-ho (sources disagree: another article gives this actor’s role as Doo Jin-tae[3, 4])',
    )
    const dooJinTae = screen.getByRole('heading', { name: 'Doo Jin-tae' }).closest('li')!
    expect(dooJinTae).toHaveTextContent('gives this actor’s role as Han Yu-rim[3, 4])')
  })

  it('links every reference marker to an entry in the reference list', async () => {
    renderApp('/characters')
    const references = await screen.findByRole('region', { name: 'References' })
    const entries = within(references).getAllByRole('listitem')
    // Four of the five articles: the one the cards do not cite is left out.
    expect(entries).toHaveLength(4)
    expect(citationMarkers()).toHaveLength(4)
    expectReferencesAsCited()
    expect(within(references).getByRole('link', { name: /Everything We Know/ })).toHaveAttribute(
      'href',
      '/sources/season-2-everything-we-know',
    )
  })

  it('explains invalid data instead of showing a blank page, and retries', async () => {
    let requests = 0
    server.use(
      http.get(apiRoutes.characterList.path(), () => {
        requests += 1
        return requests === 1
          ? HttpResponse.json({ characters: [{ slug: 'baek-kang-hyuk', name: 'Baek' }] })
          : undefined
      }),
    )
    renderApp('/characters')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('This page’s data is damaged')
    expect(alert).toHaveTextContent("does not match the wiki's content model")
    expect(within(alert).getByText('What is wrong with the data')).toBeInTheDocument()
    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeInTheDocument()

    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('heading', { name: 'Baek Kang-hyuk' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('explains a server error', async () => {
    server.use(
      http.get(apiRoutes.characterList.path(), () => new HttpResponse(null, { status: 500 })),
    )
    renderApp('/characters')
    expect(await screen.findByRole('alert')).toHaveTextContent('answered with an error (500)')
  })
})

async function waitForTitle(title: string) {
  await expect.poll(() => document.title).toBe(title)
}

describe('the character list groups only by what the articles say (content audit)', () => {
  it('puts the two doctors no article places at the hospital under "Workplace not given"', async () => {
    renderApp('/characters')
    const unplaced = await screen.findByRole('region', { name: 'Workplace not given' })
    expect(
      within(unplaced)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['Han Yu-rim', 'Hong Jae-hun'])
    const hospital = screen.getByRole('region', { name: 'Doctors and hospital leadership' })
    expect(within(hospital).queryByRole('heading', { name: 'Han Yu-rim' })).toBeNull()
    expect(within(hospital).queryByRole('heading', { name: 'Hong Jae-hun' })).toBeNull()
  })
})
