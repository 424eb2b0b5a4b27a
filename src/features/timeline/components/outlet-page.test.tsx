import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { citedArticles, expectReferencesAsCited } from '@/testing/page-queries'
import { renderApp } from '@/testing/render-app'

describe("an outlet's page", () => {
  it('lists every claim the outlet reported with where it stands now, and the counts', async () => {
    renderApp('/outlets/xports-news')
    expect(await screen.findByRole('heading', { level: 1, name: 'Xports News' })).toBeVisible()
    const record = screen.getByRole('region', { name: 'Track record' })
    expect(record).toHaveTextContent(
      'The timeline holds 4 claims reported by Xports News: 1 denied, 1 under review, 2 superseded and 1 open. One of them is described differently by the articles, and counts under each description.',
    )
    expect(record).toHaveTextContent('A record of a few claims says little about an outlet')
    const counts = within(record)
      .getAllByRole('term')
      .map((term) => term.textContent)
    expect(counts).toEqual([
      'Confirmed',
      'Denied',
      'Under review',
      'In talks',
      'Superseded',
      'Open',
    ])
    expect(
      within(record)
        .getAllByRole('definition')
        .map((count) => count.textContent),
    ).toEqual(['0', '1', '1', '0', '2', '1'])

    const claims = within(screen.getByRole('region', { name: 'Claims, newest first' }))
    const items = claims.getAllByRole('listitem')
    expect(items).toHaveLength(4)
    const filming = items.find((item) => item.textContent.includes('next summer'))
    expect(filming).toHaveTextContent('Superseded')
    // Superseded by a later report that this page does not show: the claim's one marker cites
    // that report's article too, so the reader can see what the status rests on.
    expect(citedArticles(filming ?? document.body)).toEqual([
      "Article on the Xports News report, Netflix's reply and the show's awards",
      'Netflix in Talks to Expand “The Trauma Code: Heroes on Call” as Fans Anticipate Season 2',
    ])
    expectReferencesAsCited()
    // Netflix's answer, described two ways by two articles, shows both with their citations.
    const confirmed = items.find((item) => item.textContent.includes('Described differently'))
    expect(confirmed).toHaveTextContent(/Denied.*Under review/)
    expect(
      within(items[0] ?? document.body).getByRole('link', { name: /seasons 2 and 3/i }),
    ).toHaveAttribute('href', expect.stringMatching(/^\/timeline\/2025#2025-09-23-xports-news/))
  })

  it('is reached from the sources page, whose table counts each outlet', async () => {
    renderApp('/sources')
    const table = await screen.findByRole('table')
    // Xports News's row counts 5 statuses for 4 claims: the paragraph above says why.
    expect(screen.getByText(/^Counts of the claims each outlet reported/)).toHaveTextContent(
      'a claim the articles describe differently counts under each description',
    )
    const row = within(table).getByRole('row', { name: /My Daily/ })
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['8', '0', '0', '0', '6', '0', '2'])
    await userEvent.click(within(row).getByRole('link', { name: 'My Daily' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'My Daily' })).toBeVisible()
    // No claim of My Daily's is described two ways: its counts add up, and the summary ends there.
    expect(screen.getByText(/^The timeline holds 8 claims/)).toHaveTextContent(
      /^The timeline holds 8 claims reported by My Daily: 6 in talks and 2 open\.$/,
    )
  })

  it('shows the not-found page for an outlet the wiki does not have', async () => {
    renderApp('/outlets/no-such-outlet')
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  })
})

const explainer = "'The Trauma Code: Heroes on Call' Season 2: Everything We Know"

describe("an outlet's page says only what the articles say (content audit)", () => {
  it('calls XSportnews another spelling of Xports News, and no article calls it Korean', async () => {
    renderApp('/outlets/xports-news')
    await screen.findByRole('heading', { level: 1, name: 'Xports News' })
    expect(screen.getByText(/^Also written:/)).toHaveTextContent(
      /^Also written: XSportnews \(other spelling\)\[[\d–, ]+\]/,
    )
    expect(document.body).not.toHaveTextContent('Korean outlet')
  })

  it('calls mydaily another spelling of My Daily, and no article calls it Korean', async () => {
    renderApp('/outlets/my-daily')
    await screen.findByRole('heading', { level: 1, name: 'My Daily' })
    expect(screen.getByText(/^Also written:/)).toHaveTextContent(
      /^Also written: mydaily \(other spelling\)\[[\d–, ]+\]$/,
    )
    expect(document.body).not.toHaveTextContent('Korean outlet')
  })

  it('has a page for The Direct, which the explainer credits for the director’s words', async () => {
    renderApp('/outlets/the-direct')
    await screen.findByRole('heading', { level: 1, name: 'The Direct' })
    const description = screen.getByText(/^Outlet the February 2025 explainer credits/)
    expect(citedArticles(description)).toEqual([explainer])
    expect(screen.getByRole('region', { name: 'Track record' })).toHaveTextContent(
      'The timeline holds no claim reported by The Direct.',
    )
  })
})
