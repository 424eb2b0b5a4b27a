import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import {
  citationMarkers,
  citedArticles,
  expectReferencesAsCited,
  openingParagraph,
} from '@/testing/page-queries'
import { renderApp } from '@/testing/render-app'

const explainer = "'The Trauma Code: Heroes on Call' Season 2: Everything We Know"
const awardsArticle = "Article on the Xports News report, Netflix's reply and the show's awards"

describe('a person page', () => {
  it('shows Lee Nak-jun with his title, pen names, profession, jobs and statements', async () => {
    renderApp('/people/lee-nak-jun')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Dr. Lee Nak-jun' }),
    ).toBeInTheDocument()
    await expect.poll(() => document.title).toBe('Lee Nak-jun · The Trauma Code wiki')
    expect(document.querySelector('meta[name="description"]')).toHaveAttribute(
      'content',
      expect.stringContaining(
        'Dr. Lee Nak-jun (also written Hansanleega or Han San-i), an otolaryngologist, is credited on The Trauma Code: Heroes on Call (2025): original author (web novel and webtoon) and screenwriter.',
      ),
    )
    // The opening sentence says who he is and cites it once; the infobox below marks nothing.
    const opening = openingParagraph()
    expect(opening).toHaveTextContent(
      /^Dr\. Lee Nak-jun \(also written Hansanleega or Han San-i\), an otolaryngologist, is credited on The Trauma Code: Heroes on Call \(2025\): original author \(web novel and webtoon\) and screenwriter\.\[[\d–, ]+\]$/,
    )
    expect(citationMarkers(opening)).toHaveLength(1)

    const facts = screen.getByText('Other names').closest('dl')!
    expect(facts).toHaveTextContent('Hansanleega (pen name)')
    expect(facts).toHaveTextContent('Han San-i (pen name)')
    expect(facts).toHaveTextContent('Otolaryngologist')
    expect(within(facts).queryAllByRole('button', { name: /^Sources? \d/ })).toEqual([])
    expect(facts).toHaveTextContent('Given as the name on the web novel')

    const crew = screen.getByRole('region', { name: 'Crew' })
    expect(crew).toHaveTextContent('Original author (web novel and webtoon)')
    expect(crew).toHaveTextContent('Screenwriter')
    expect(crew).toHaveTextContent('says the series was "Written by Choi Tae-kang"')
    expect(screen.queryByRole('region', { name: 'Roles' })).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Awards' })).not.toBeInTheDocument()

    const statements = screen.getByRole('region', { name: 'In the rumor timeline' })
    const titles = within(statements)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent)
    expect(titles).toEqual([
      'Lee Nak-jun and the cast tease season 2 on Doctor Friends',
      'Lee Nak-jun on YTN radio: plenty of material for season 2',
      'Lee Nak-jun: seasons 2 and 3 were planned from the start',
    ])
    const radio = within(statements)
      .getByRole('heading', { name: 'Lee Nak-jun on YTN radio: plenty of material for season 2' })
      .closest('li')!
    expect(radio).toHaveTextContent('31 January 2025')
    expect(radio).toHaveTextContent(/Netflix would have to invest in it.*\[[\d–, ]+\]/)
    const quote = within(radio).getByRole('figure')
    expect(quote).toHaveTextContent('The team will begin its activities in earnest')
    expect(quote).toHaveTextContent(/comes its way.”\[[\d–, ]+\]— Lee Nak-jun$/)
    expect(citedArticles(quote)).toEqual([
      "Article on Lee Nak-jun's radio interview and a possible season 2",
    ])
    expect(within(statements).getByText('by 23 September 2025')).toBeInTheDocument()
    expectReferencesAsCited()
  })

  it('shows both of Ju Ji-hoon’s awards and his other romanization', async () => {
    renderApp('/people/ju-ji-hoon')
    expect(await screen.findByRole('heading', { level: 1, name: 'Ju Ji-hoon' })).toBeInTheDocument()
    expect(screen.getByText(/Joo Ji-hoon \(other romanization\)/)).toBeInTheDocument()

    const awards = screen.getByRole('region', { name: 'Awards' })
    const baeksang = within(awards)
      .getByRole('heading', { level: 3, name: '61st Baeksang Arts Awards' })
      .closest('li')!
    expect(baeksang).toHaveTextContent(/Best Actor \(Broadcast\)\[[\d–, ]+\]/)
    expect(baeksang).toHaveTextContent('May 2025')
    expect(baeksang).toHaveTextContent('The article gives the month, May')
    expect(citedArticles(baeksang)).toEqual([awardsArticle])
    const blueDragon = within(awards)
      .getByRole('heading', { level: 3, name: '4th Blue Dragon Series Awards' })
      .closest('li')!
    expect(blueDragon).toHaveTextContent(/Best Actor\[[\d–, ]+\]/)
    expect(blueDragon).toHaveTextContent('July 2025')

    const roles = screen.getByRole('region', { name: 'Roles' })
    expect(within(roles).getByRole('link', { name: 'Baek Kang-hyuk' })).toHaveAttribute(
      'href',
      '/characters/baek-kang-hyuk',
    )
    const statements = screen.getByRole('region', { name: 'In the rumor timeline' })
    expect(statements).toHaveTextContent(
      "If you love this work and want the next story, it's not something you can refuse.",
    )
    expect(statements).toHaveTextContent('Ju Ji-hoon, via My Daily and Papago (translation)')
    expectReferencesAsCited()
  })

  it('shows the disputed role of Yoon Kyung-ho side by side, each character cited', async () => {
    renderApp('/people/yoon-kyung-ho')
    const roles = await screen.findByRole('region', { name: 'Roles' })
    expect(roles).toHaveTextContent('Sources disagree on which character this part is')
    const claim = (name: string) => within(roles).getByRole('link', { name }).closest('li')!
    expect(claim('Han Yu-rim')).toHaveTextContent(
      /^Han Yu-rim\[[\d–, ]+\]The February 2025 explainer/,
    )
    expect(citedArticles(claim('Han Yu-rim'))).toEqual([explainer])
    expect(citedArticles(claim('Doo Jin-tae'))).toEqual([awardsArticle])
    expect(within(roles).getByRole('link', { name: 'Doo Jin-tae' })).toHaveAttribute(
      'href',
      '/characters/doo-jin-tae',
    )
    expect(document.querySelector('meta[name="description"]')).toHaveAttribute(
      'content',
      expect.stringContaining(
        'Yoon Kyung-ho, an actor, is in the cast of The Trauma Code: Heroes on Call (2025). The articles disagree on which character is played.',
      ),
    )
    expectReferencesAsCited()
  })

  it('leaves out sections a person has nothing for', async () => {
    renderApp('/people/choi-tae-kang')
    expect(await screen.findByRole('heading', { level: 1, name: 'Choi Tae-kang' })).toBeVisible()
    expect(
      screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent),
    ).toEqual(['Crew', 'References'])
  })

  it('shows the not-found page for an unknown person', async () => {
    renderApp('/people/nobody')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
  })

  it('opens from the cast & crew list', async () => {
    renderApp('/people')
    await userEvent.click(await screen.findByRole('link', { name: 'Kim Eui-sung' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kim Eui-sung' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Roles' })).toHaveTextContent(
      'does not name his character',
    )
  })

  it('shows the two billings of Kim Eui-sung’s part side by side, each cited to its article', async () => {
    renderApp('/people/kim-eui-sung')
    const roles = await screen.findByRole('region', { name: 'Roles' })
    const billing = within(roles).getByText(/^Billed as:/)
    expect(billing).toHaveTextContent(
      /^Billed as: Sources disagree: Main cast\[[\d–, ]+\] \(The list of "the entire main cast" .*\) or Supporting role\[[\d–, ]+\]$/,
    )
    const [main, supporting] = within(billing).getAllByText(/./, {
      selector: '.disagreement-value',
    })
    expect(citedArticles(main!)).toEqual([explainer])
    expect(citedArticles(supporting!)).toEqual([awardsArticle])
  })
})

describe('a person page quotes the articles whole (content audit)', () => {
  it('quotes how the radio article introduces Lee Nak-jun, not a fragment of it', async () => {
    renderApp('/people/lee-nak-jun')
    const crew = await screen.findByRole('region', { name: 'Crew' })
    expect(crew).toHaveTextContent(
      'This article introduces him as "The drama\'s writer Dr. Lee Nak-jun".',
    )
  })
})
