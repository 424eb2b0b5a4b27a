import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { type SourceListResponse, apiRoutes } from '@/content/api-contract'
import { serveDocument } from '@/testing/mocks/server'
import { renderApp } from '@/testing/render-app'

const datedHeadline = "'The Trauma Code: Heroes on Call' Season 2: Everything We Know"

/** The list entry whose heading is `name`. */
function entryTitled(name: string | RegExp): HTMLElement {
  return screen.getByRole('heading', { level: 2, name }).closest('li')!
}

describe('the sources list', () => {
  it('lists all five articles in the order the API gives them', async () => {
    renderApp('/sources')
    expect(await screen.findByRole('heading', { level: 1, name: 'Sources' })).toBeInTheDocument()
    await expect.poll(() => document.title).toBe('Sources · The Trauma Code wiki')
    expect(document.querySelector('meta[name="description"]')).toHaveAttribute(
      'content',
      expect.stringContaining('news articles'),
    )
    expect(
      screen.getByText(/Every fact on this wiki cites one of these 5 articles/),
    ).toHaveTextContent('Where they disagree, the wiki shows both versions')

    const list = screen.getByRole('heading', { level: 2, name: datedHeadline }).closest('ul')!
    const links = within(list)
      .getAllByRole('heading', { level: 2 })
      .map((heading) => within(heading).getByRole('link').getAttribute('href'))
    expect(links).toEqual([
      '/sources/lee-nak-jun-radio-interview',
      '/sources/season-2-everything-we-know',
      '/sources/netflix-reviewing-sequel',
      '/sources/netflix-in-talks-seasons-2-3',
      '/sources/seasons-2-3-report-and-awards',
    ])
  })

  it('shows the dated article with its headline, formatted date and citation count', async () => {
    renderApp('/sources')
    await screen.findByRole('heading', { level: 1, name: 'Sources' })
    const entry = entryTitled(datedHeadline)
    expect(entry).toHaveTextContent('Outlet not named · 4 February 2025')
    expect(within(entry).getByText('4 February 2025')).toHaveAttribute('datetime', '2025-02-04')
    expect(entry).toHaveTextContent('Cited by 24 pages')
    expect(within(entry).getByRole('link', { name: datedHeadline })).toHaveAttribute(
      'href',
      '/sources/season-2-everything-we-know',
    )
  })

  it('marks an untitled, undated article as such and explains its date', async () => {
    renderApp('/sources')
    await screen.findByRole('heading', { level: 1, name: 'Sources' })
    const entry = entryTitled(
      "Untitled article: Article on Lee Nak-jun's radio interview and a possible season 2",
    )
    expect(entry).toHaveTextContent('Outlet not named · Undated')
    expect(entry).toHaveTextContent(
      'It reports a radio interview given on 31 January 2025, so it was written on or after that day.',
    )
    expect(entry).toHaveTextContent('Cited by 15 pages')
    expect(screen.getAllByText(/Undated$/)).toHaveLength(3)
  })

  it('offers no external link while no article has a web address', async () => {
    renderApp('/sources')
    await screen.findByRole('heading', { level: 1, name: 'Sources' })
    expect(screen.queryByRole('link', { name: /Read the article/ })).not.toBeInTheDocument()
  })

  it('links an article with a web address in a new tab, and shows a named outlet', async () => {
    const invented: SourceListResponse = {
      sources: [
        {
          id: 'test-article',
          label: 'A test article',
          headline: 'Test headline',
          outlet: 'Test Outlet',
          published: { value: '2025-03', precision: 'month', qualifier: 'on-or-before' },
          url: 'https://example.com/article',
          seedFile: '009_0123456789abcdef.txt',
          citedBy: [],
        },
      ],
      outlets: [],
    }
    serveDocument(apiRoutes.sourceList.path(), invented)
    renderApp('/sources')
    await screen.findByRole('heading', { level: 1, name: 'Sources' })
    const entry = entryTitled('Test headline')
    expect(entry).toHaveTextContent('Test Outlet · by March 2025')
    expect(entry).toHaveTextContent('Not cited by any page yet')
    const link = within(entry).getByRole('link', { name: 'Read the article (opens in a new tab)' })
    expect(link).toHaveAttribute('href', 'https://example.com/article')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it('opens an article’s page when the reader clicks it', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/sources')
    await user.click(
      await screen.findByRole('link', { name: /Netflix in Talks to Expand “The Trauma Code/ }),
    )
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Netflix in Talks to Expand “The Trauma Code: Heroes on Call” as Fans Anticipate Season 2',
      }),
    ).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/sources/netflix-in-talks-seasons-2-3')
  })
})
