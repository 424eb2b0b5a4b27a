import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  citationMarkers,
  citedArticles,
  definitionOf,
  openingParagraph,
} from '@/testing/page-queries'
import { renderApp } from '@/testing/render-app'

describe('the home page', () => {
  it('shows the show at a glance, its agreed facts cited once in the opening sentence', async () => {
    renderApp('/')
    await screen.findByRole('heading', { level: 1, name: /^The Trauma Code: Heroes on Call/ })
    const opening = openingParagraph()
    expect(opening).toHaveTextContent(
      /^The Trauma Code: Heroes on Call \(also called The Trauma Code, Trauma Code or Trauma Center\) is a drama series of 8 episodes directed by Lee Do-yoon that premiered on Netflix on 24 January 2025\. A medical thriller drama about a university hospital's trauma team\.\[1–5\]$/,
    )
    expect(citationMarkers(opening)).toHaveLength(1)
    const infobox = screen.getByText('Premiere', { selector: 'dt' }).closest('dl')!
    expect(definitionOf('Premiere', infobox)).toHaveTextContent(/^24 January 2025$/)
    expect(definitionOf('Platform', infobox)).toHaveTextContent(/^Netflix$/)
    expect(definitionOf('Episodes', infobox)).toHaveTextContent(/^8$/)
    expect(
      within(definitionOf('Director', infobox)).getByRole('link', { name: 'Lee Do-yoon' }),
    ).toHaveAttribute('href', '/people/lee-do-yoon')
    expect(definitionOf('Screenwriter', infobox)).toHaveTextContent(
      /^Sources disagree: Choi Tae-kang\[[\d–, ]+\] or Lee Nak-jun\[[\d–, ]+\]$/,
    )
    expect(
      within(definitionOf('Based on', infobox)).getByRole('link', {
        name: 'Trauma Center: Golden Hour',
      }),
    ).toHaveAttribute('href', '/origin')
  })

  it('shows the chart ranks from different charts side by side', async () => {
    renderApp('/')
    const viewership = await screen.findByRole('region', { name: 'Viewership' })
    expect(definitionOf('Chart position on Netflix', viewership)).toHaveTextContent(
      /^Sources disagree: Third on Netflix's Top 10 Non-English Shows list\[[\d–, ]+\] or Second on Netflix's global Top 10 TV ranking/,
    )
    expect(definitionOf('Hours viewed', viewership)).toHaveTextContent('32.6 million hours')
  })

  it('lists every award, linking the people who won them', async () => {
    renderApp('/')
    const awards = await screen.findByRole('region', { name: 'Awards' })
    expect(within(awards).getByRole('link', { name: 'Choo Young-woo' })).toHaveAttribute(
      'href',
      '/people/choo-young-woo',
    )
    const items = within(awards).getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(
        /^61st Baeksang Arts Awards, May 2025: Best Actor \(Broadcast\), Ju Ji-hoon\[[\d–, ]+\]$/,
      ),
      expect.stringMatching(
        /^4th Blue Dragon Series Awards, July 2025: Best Drama, the series\[[\d–, ]+\]$/,
      ),
      expect.stringMatching(
        /^4th Blue Dragon Series Awards, July 2025: Best New Actor, Choo Young-woo\[[\d–, ]+\]$/,
      ),
      expect.stringMatching(
        /^4th Blue Dragon Series Awards, July 2025: Best Actor, Ju Ji-hoon\[[\d–, ]+\]$/,
      ),
    ])
  })

  it('derives the renewal status from the rumor ledger: newest claim, status, official answer', async () => {
    renderApp('/')
    const card = await screen.findByRole('region', { name: 'Renewal status now' })
    // One vocabulary: the claim's status is Netflix's answer in the answer's own word.
    expect(card).toHaveTextContent(/^Renewal status nowIn talks as of 22 June 2026/)
    expect(card).not.toHaveTextContent('Under review')
    expect(card).toHaveTextContent(
      /Latest claim: Netflix is in talks to produce seasons 2 and 3 together\.\[[\d–, ]+\]/,
    )
    // The answer cites once, after its summary: its status, its words and the quote below.
    expect(card).toHaveTextContent(
      /Netflix’s answer: In talks\. A Netflix source said .* once they were settled\.\[\d\]/,
    )
    expect(card).toHaveTextContent('We are positively in talks to produce future seasons')
    expect(
      within(card).getByRole('link', {
        name: 'Report: Netflix in talks on seasons 2 and 3, filming from October',
      }),
    ).toHaveAttribute('href', '/timeline/2026#2026-06-22-mydaily-talks-report')
  })

  it('leaves the director’s uncertainty out of the renewal history: it is about who directs', async () => {
    renderApp('/')
    const history = await screen.findByRole('region', { name: 'How the status moved' })
    expect(history).toHaveTextContent('Seasons 2 and 3 are confirmed')
    expect(history).not.toHaveTextContent('Who will direct a second season')
  })

  it('quotes Netflix’s promise to say more once details are confirmed', async () => {
    renderApp('/')
    const card = await screen.findByRole('region', { name: 'Renewal status now' })
    expect(card).toHaveTextContent('We will inform you once detailed information is confirmed.')
  })
})

const radioArticle = "Article on Lee Nak-jun's radio interview and a possible season 2"
const explainer = "'The Trauma Code: Heroes on Call' Season 2: Everything We Know"
const inTalksArticle =
  'Netflix in Talks to Expand “The Trauma Code: Heroes on Call” as Fans Anticipate Season 2'
const awardsArticle = "Article on the Xports News report, Netflix's reply and the show's awards"

/** The paragraph of the show's description that contains `text`. */
function descriptionWith(text: string): HTMLElement {
  return screen.getByText(
    (_, element) => element?.tagName === 'P' && element.textContent.includes(text),
  )
}

describe('the home page cites only the articles that say each thing (content audit)', () => {
  it('cites the comedy only to the articles that mention it', async () => {
    renderApp('/')
    await screen.findByRole('heading', { level: 1, name: /^The Trauma Code: Heroes on Call/ })
    expect(citedArticles(openingParagraph())).toEqual(
      expect.arrayContaining([radioArticle, awardsArticle]),
    )
    expect(citedArticles(descriptionWith('with comedy'))).toEqual([awardsArticle, explainer])
  })

  it('adds the explainer’s “first hit K-drama of 2025” and the short title', async () => {
    renderApp('/')
    await screen.findByRole('heading', { level: 1, name: /^The Trauma Code: Heroes on Call/ })
    expect(citedArticles(descriptionWith("Netflix's first hit K-drama of 2025"))).toEqual([
      explainer,
    ])
    const shortTitle = within(definitionOf('Also called')).getAllByRole('listitem')[0]!
    expect(shortTitle).toHaveTextContent(/^The Trauma Code \(Short form/)
    expect(citedArticles(openingParagraph())).toEqual(
      expect.arrayContaining([explainer, inTalksArticle]),
    )
  })

  it('names the charts as the articles do, with the Netflix Korea Top 10 run', async () => {
    renderApp('/')
    const viewership = await screen.findByRole('region', { name: 'Viewership' })
    expect(viewership).not.toHaveTextContent('Global chart position')
    const korea = definitionOf("Time in Netflix Korea's Top 10", viewership)
    expect(korea).toHaveTextContent(
      /^In the Top 10 series on Netflix Korea since its premiere\[[\d–, ]+\]$/,
    )
    expect(citedArticles(korea)).toEqual([radioArticle])
  })
})
