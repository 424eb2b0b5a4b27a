/** The timeline says what each article says: the content audit's findings, as a reader sees them. */
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { citedArticles } from '@/testing/page-queries'
import { renderApp } from '@/testing/render-app'

const reviewingArticle = "Article on the XSportnews report and Netflix's reply"
const awardsArticle = "Article on the Xports News report, Netflix's reply and the show's awards"
const inTalksArticle =
  'Netflix in Talks to Expand “The Trauma Code: Heroes on Call” as Fans Anticipate Season 2'

describe('the rumor timeline says what each article says (content audit)', () => {
  it('reads Netflix’s September reply as the article does: a “maybe” fans take as a “yes”', async () => {
    renderApp('/timeline/2025')
    const statement = await screen.findByRole('article', {
      name: 'Netflix: a sequel is under review, nothing confirmed',
    })
    expect(statement).toHaveTextContent(
      'says the reply is a "maybe" that fans of the show take as a "yes"',
    )
    expect(statement).not.toHaveTextContent('fans read the reply as a "maybe"')
  })

  it('files Ju Ji-hoon’s “public’s choice” remark on its own, not under My Daily', async () => {
    renderApp('/timeline/2025')
    const leads = await screen.findByRole('article', {
      name: 'Ju Ji-hoon and Choo Young-woo say they would return',
    })
    expect(leads).toHaveTextContent('My Daily')
    expect(leads).not.toHaveTextContent('public')
    const remark = screen.getByRole('article', { name: 'Ju Ji-hoon: a return is up to the public' })
    expect(remark).toHaveTextContent('Remark')
    expect(remark).toHaveTextContent("it's ultimately the public's choice")
    expect(remark).toHaveTextContent(
      "in the passage on director Lee Do-yoon's Chosun Biz interview",
    )
    expect(remark).not.toHaveTextContent('My Daily')
  })

  it('says how the year of the Xports News report is known', async () => {
    renderApp('/timeline/2025')
    const report = await screen.findByRole('article', {
      name: 'Report: seasons 2 and 3 confirmed, to be made back to back',
    })
    expect(report).toHaveTextContent('The articles give 23 September without a year.')
    expect(report).not.toHaveTextContent('"next summer" filming start')
  })

  it('adds Lee Nak-jun’s remark on the pressure a lack of legal and logistical support puts on surgeons', async () => {
    renderApp('/timeline/2025')
    const interview = await screen.findByRole('article', {
      name: 'Lee Nak-jun on YTN radio: plenty of material for season 2',
    })
    expect(interview).toHaveTextContent(
      /surgeons can come under pressure for lack of legal and logistical support\.\[[\d–, ]+\]/,
    )
  })

  it('quotes both sentences of Netflix’s June 2026 reply', async () => {
    renderApp('/timeline/2026')
    const statement = await screen.findByRole('article', {
      name: 'Netflix: positively in talks, nothing confirmed yet',
    })
    expect(statement).toHaveTextContent(
      'but there is nothing confirmed yet. We will inform you once detailed information is confirmed.',
    )
  })

  it('records both accounts of how seasons 2 and 3 would be made: together or one after the other', async () => {
    renderApp('/timeline/2025')
    const reading = await screen.findByRole('article', {
      name: 'An article reads the plan as two seasons shot one after the other',
    })
    expect(reading).toHaveTextContent('Status note')
    const consecutive = within(reading)
      .getByText('The two seasons may be planned and shot one after the other.', {
        selector: '.ledger-claim > span',
      })
      .closest('li')!
    const sides = within(
      within(consecutive).getByText('Sources disagree:').parentElement!,
    ).getAllByRole('listitem')
    expect(sides.map((side) => side.textContent)).toEqual([
      expect.stringMatching(
        /^Status note, from 23 September 2025: The two seasons may be planned and shot one after the other\.\[[\d–, ]+\]$/,
      ),
      expect.stringMatching(
        /^Press report, 23 September 2025: Seasons 2 and 3 are confirmed and will be produced at the same time\.\[[\d–, ]+\]$/,
      ),
    ])
    expect(citedArticles(sides[0]!)).toEqual([reviewingArticle])
    expect(citedArticles(sides[1]!)).toEqual([reviewingArticle, awardsArticle])
    // Neither account is newer, so neither replaces the other.
    expect(consecutive).not.toHaveTextContent('Superseded')

    const report = screen.getByRole('article', {
      name: 'Report: seasons 2 and 3 confirmed, to be made back to back',
    })
    const simultaneous = within(report)
      .getByText('Seasons 2 and 3 are confirmed and will be produced at the same time.', {
        selector: '.ledger-claim > span',
      })
      .closest('li')!
    expect(within(simultaneous).getByText('Sources disagree:')).toBeInTheDocument()
    expect(simultaneous).not.toHaveTextContent('Superseded')
  })

  it('sets the end-of-2025 production start against the June 2026 report of October', async () => {
    renderApp('/timeline/2025')
    const report = await screen.findByRole('article', {
      name: 'Report: seasons 2 and 3 confirmed, to be made back to back',
    })
    const endOfYear = within(report)
      .getByText('Production work will start at the end of the year.', {
        selector: '.ledger-claim > span',
      })
      .closest('li')!
    expect(endOfYear).toHaveTextContent(/^Superseded(?!Stale)/)
    const sides = within(
      within(endOfYear).getByText('Sources disagree:').parentElement!,
    ).getAllByRole('listitem')
    expect(sides.map((side) => side.textContent)).toEqual([
      expect.stringMatching(
        /^Press report, 23 September 2025: Production work will start at the end of the year\.\[[\d–, ]+\]$/,
      ),
      expect.stringMatching(
        /^Press report, 22 June 2026: Production of season 2 could begin as early as October\.\[[\d–, ]+\] \(newer: replaces this claim\)$/,
      ),
    ])
    expect(citedArticles(sides[0]!)).toEqual([awardsArticle])
    expect(citedArticles(sides[1]!)).toEqual([inTalksArticle])
  })
})

describe('the premiere event cites what its articles say (content audit)', () => {
  it('leaves "worldwide", which only one of its four articles says, out of the summary', async () => {
    renderApp('/timeline/2025')
    const premiere = await screen.findByRole('article', { name: 'Season 1 premieres on Netflix' })
    expect(premiere).toHaveTextContent('All eight episodes of season 1 are released on Netflix.')
    expect(premiere).not.toHaveTextContent('worldwide')
  })
})
