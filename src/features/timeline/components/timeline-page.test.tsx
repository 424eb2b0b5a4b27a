import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { apiRoutes } from '@/content/api-contract'
import { documentAt } from '@/testing/mocks/handlers'
import { serveDocument } from '@/testing/mocks/server'
import { renderApp } from '@/testing/render-app'
import { citationMarkers, expectReferencesAsCited } from '@/testing/page-queries'
import { typingPauseMs } from '../timeline-filters'

async function eventTitles(): Promise<string[]> {
  await screen.findByRole('status')
  return screen
    .queryAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent)
    .filter((title) => title !== 'References' && title !== 'Pages by year')
}

describe('the rumor timeline', () => {
  it('lists a year’s events oldest first on its page, with date, kind and status', async () => {
    renderApp('/timeline/2025')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Rumor timeline: 2025' }),
    ).toBeInTheDocument()
    await expect.poll(() => document.title).toBe('Rumor timeline: 2025 · The Trauma Code wiki')
    expect(
      screen.getByText(/^11 events, 23 January 2025 to 23 September 2025: reports/),
    ).toHaveClass('lede')
    const titles = await eventTitles()
    expect(titles).toHaveLength(11)
    expect(titles[0]).toBe('Lee Nak-jun and the cast tease season 2 on Doctor Friends')
    expect(titles.at(-1)).toBe('Lee Nak-jun: seasons 2 and 3 were planned from the start')

    const report = screen.getByRole('article', {
      name: 'Report: seasons 2 and 3 confirmed, to be made back to back',
    })
    expect(report).toHaveTextContent('23 September 2025')
    expect(report).toHaveTextContent('Press report')
    expect(report).toHaveTextContent('Xports News')
    expect(report).toHaveTextContent('also spelled XSportnews')
  })

  it('shows the official response beside the claims it answers, and both descriptions of it', async () => {
    renderApp('/timeline/2025')
    const report = await screen.findByRole('article', {
      name: 'Report: seasons 2 and 3 confirmed, to be made back to back',
    })
    expect(
      within(report).getByText('Filming will begin next summer.', {
        selector: '.ledger-claim > span',
      }),
    ).toBeInTheDocument()
    const response = within(report).getByRole('complementary')
    expect(response).toHaveTextContent('We are reviewing the production of a sequel')
    expect(response).toHaveTextContent(
      "We're reviewing the sequel, but nothing has been confirmed yet.",
    )
    expect(report).toHaveTextContent('Described differently: Denied')

    const statement = screen.getByRole('article', {
      name: 'Netflix: a sequel is under review, nothing confirmed',
    })
    expect(statement).toHaveTextContent('Sources disagree on how to describe this reply:')
    expect(statement).toHaveTextContent('Denied')
    expect(statement).toHaveTextContent('Under review')
  })

  it('filters by text, ignoring case and spelling of the outlet, and keeps it in the URL', async () => {
    const { router } = renderApp('/timeline')
    await userEvent.type(await screen.findByRole('searchbox', { name: 'Search' }), 'xsportnews')
    expect(await eventTitles()).toEqual([
      'Report: seasons 2 and 3 confirmed, to be made back to back',
    ])
    expect(screen.getByRole('status')).toHaveTextContent('1 of 13 events')
    await waitFor(() => expect(router.state.location.search).toBe('?q=xsportnews'))
  })

  it('follows the address again when a link leaves the typed filter', async () => {
    const { router } = renderApp('/timeline')
    const box = await screen.findByRole('searchbox', { name: 'Search' })
    await userEvent.type(box, 'xsportnews')
    expect(await eventTitles()).toHaveLength(1)
    await waitFor(() => expect(router.state.location.search).toBe('?q=xsportnews'))
    // The header's "Rumor timeline" link: same page, no filter in the address.
    await act(() => router.navigate('/timeline'))
    expect(screen.getByRole('status')).toHaveTextContent('13 events')
    expect(box).toHaveValue('')
    await act(() => router.navigate('/timeline?q=netflix'))
    expect(box).toHaveValue('netflix')
  })

  it('opens a match on its own page, unfiltered, even before the address has the typed text', async () => {
    const { router } = renderApp('/timeline')
    await userEvent.type(await screen.findByRole('searchbox', { name: 'Search' }), 'xsportnews')
    const matches = screen.getByRole('list', { name: 'Matching events' })
    const title = 'Report: seasons 2 and 3 confirmed, to be made back to back'
    const link = within(matches).getByRole('link', { name: title })
    expect(link).toHaveAttribute('href', '/timeline/2025#2025-09-23-xports-news-seasons-2-3-report')
    // At once: the address takes the text only once typing pauses.
    await userEvent.click(link)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Rumor timeline: 2025' }),
    ).toBeInTheDocument()
    expect(await screen.findByRole('article', { name: title })).toBeVisible()
    expect(screen.getByRole('status')).toHaveTextContent('13 events in the timeline')
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('')
    expect(router.state.location.search).toBe('')
  })

  it('opens a match on the page being filtered, unfiltered, even before the address has the text', async () => {
    const { router } = renderApp('/timeline/2025')
    const box = await screen.findByRole('searchbox', { name: 'Search' })
    await userEvent.type(box, 'xsportnews')
    const title = 'Report: seasons 2 and 3 confirmed, to be made back to back'
    const matches = screen.getByRole('list', { name: 'Matching events' })
    await userEvent.click(within(matches).getByRole('link', { name: title }))
    expect(await screen.findByRole('article', { name: title })).toBeVisible()
    // Past the pause in typing: the text waiting for the address must not replace the entry's.
    await new Promise((resolve) => setTimeout(resolve, typingPauseMs + 100))
    expect(router.state.location).toMatchObject({
      pathname: '/timeline/2025',
      search: '',
      hash: '#2025-09-23-xports-news-seasons-2-3-report',
    })
    expect(screen.getByRole('status')).toHaveTextContent('13 events in the timeline')
    expect(box).toHaveValue('')
  })

  it('leaves a match opened with a modifier key or another button to the browser', async () => {
    const { router } = renderApp('/timeline')
    await userEvent.type(await screen.findByRole('searchbox', { name: 'Search' }), 'xsportnews')
    const matches = screen.getByRole('list', { name: 'Matching events' })
    const [link] = within(matches).getAllByRole('link')
    if (!link) throw new Error('no match to open')
    // A new tab or window, a download, the context menu: the app does not take the click.
    for (const click of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }]) {
      expect(fireEvent.click(link, click), JSON.stringify(click)).toBe(true)
    }
    expect(router.state.location.pathname).toBe('/timeline')
    expect(fireEvent.click(link)).toBe(false)
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/timeline/2025')
    })
  })

  it('reads its filters from a shared link', async () => {
    renderApp('/timeline?kind=official-statement&year=2026')
    expect(await screen.findByRole('combobox', { name: 'Kind' })).toHaveValue('official-statement')
    expect(screen.getByRole('combobox', { name: 'Year' })).toHaveValue('2026')
    expect(await eventTitles()).toEqual(['Netflix: positively in talks, nothing confirmed yet'])
  })

  it('filters by status and reverses the order', async () => {
    const { router } = renderApp('/timeline')
    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: 'Status' }),
      'In talks',
    )
    expect(await eventTitles()).toEqual([
      'Report: Netflix in talks on seasons 2 and 3, filming from October',
      'Netflix: positively in talks, nothing confirmed yet',
    ])
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'Newest first')
    expect((await eventTitles())[0]).toBe('Netflix: positively in talks, nothing confirmed yet')
    expect(router.state.location.search).toBe('?status=in-talks&order=newest')
  })

  it('says so when nothing matches, with a way to clear the filters', async () => {
    renderApp('/timeline?q=helicopter+parade')
    expect(await screen.findByText('No event matches these filters.')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(await screen.findByRole('status')).toHaveTextContent('13 events')
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('')
  })

  it('hides the page’s references with its entries while a filter is set', async () => {
    renderApp('/timeline')
    expect(await screen.findByRole('heading', { level: 2, name: 'References' })).toBeVisible()
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'xsportnews')
    await screen.findByText('1 of 13 events', { exact: false })
    expect(screen.queryByRole('heading', { name: 'References' })).not.toBeInTheDocument()
    // The match's disputed status keeps its marker, whose preview names the articles.
    const match = screen.getByRole('list', { name: 'Matching events' })
    expect(within(match).getByRole('button', { name: /^Sources? / })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(await screen.findByRole('heading', { level: 2, name: 'References' })).toBeVisible()
  })

  it('lists only the articles each page cites, numbered from 1, whatever a filter showed', async () => {
    const { router } = renderApp('/timeline')
    const references = await screen.findByRole('region', { name: 'References' })
    // The front page shows 2026's two events, which cite two of the timeline's five articles.
    expect(within(references).getAllByRole('listitem')).toHaveLength(2)
    expectReferencesAsCited()
    // A match from 2025 cites other articles under its own numbers, not in this page's list.
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'xsportnews')
    await screen.findByText('1 of 13 events', { exact: false })
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }))
    const after = await screen.findByRole('region', { name: 'References' })
    expect(within(after).getAllByRole('listitem')).toHaveLength(2)
    expectReferencesAsCited()
    await act(() => router.navigate('/timeline/2025'))
    await screen.findByRole('heading', { level: 1, name: 'Rumor timeline: 2025' })
    const year = screen.getByRole('region', { name: 'References' })
    expect(within(year).getAllByRole('listitem')).toHaveLength(5)
    expectReferencesAsCited()
  })

  it('numbers each filter’s matches from 1, whatever an earlier filter showed', async () => {
    // A second disputed event, described differently by an article the first one does not cite.
    const timeline = apiRoutes.timeline.schema.parse(documentAt(apiRoutes.timeline.path()))
    const disputed = timeline.events.find((event) => event.statuses.length > 1)!
    const citedByDisputed = new Set(disputed.statuses.flatMap(({ sources }) => sources))
    const other = timeline.sources.find((source) => !citedByDisputed.has(source.id))!
    const events = timeline.events.map((event) =>
      event.title.startsWith('Ju Ji-hoon: a return')
        ? {
            ...event,
            statuses: disputed.statuses.map((claim) => ({ ...claim, sources: [other.id] })),
          }
        : event,
    )
    serveDocument(apiRoutes.timeline.path(), { ...timeline, events })
    renderApp('/timeline')
    const box = await screen.findByRole('searchbox', { name: 'Search' })
    const markersOfOneMatch = async () => {
      await screen.findByText(/^1 of 13 events/)
      const matches = screen.getByRole('list', { name: 'Matching events' })
      return citationMarkers(matches).map((marker) => marker.textContent)
    }
    await userEvent.type(box, 'xsportnews')
    expect(await markersOfOneMatch()).toEqual(['[1, 2]'])
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }))
    await userEvent.type(box, 'public')
    // The only article cited among these matches is their first.
    expect(await markersOfOneMatch()).toEqual(['[1]'])
  })

  it('gives each claim its ledger status, marks stale claims, and flags the two filming dates', async () => {
    const { router } = renderApp('/timeline/2025')
    const september = await screen.findByRole('article', {
      name: 'Report: seasons 2 and 3 confirmed, to be made back to back',
    })
    const confirmed = within(september)
      .getByText('Seasons 2 and 3 are confirmed and will be produced at the same time.')
      .closest('li')!
    expect(confirmed).toHaveTextContent(
      /^Described differently: Denied\[[\d–, ]+\]Under review\[[\d–, ]+\] Seasons/,
    )
    // Every claim of the event was made before Netflix's statement: the event says so once.
    expect(
      within(september).getAllByText(/^Stale: before Netflix’s statement of 22 June 2026$/),
    ).toHaveLength(1)

    // Netflix's reply addressed the seasons, not the preparations the same report described.
    const preparations = within(september)
      .getByText('Full-scale preparations are under way.')
      .closest('li')!
    expect(preparations).toHaveTextContent(/^Reported Full-scale/)
    expect(preparations).not.toHaveTextContent('Denied')

    const summer = within(september).getByText('Filming will begin next summer.').closest('li')!
    expect(summer).toHaveTextContent(/^Superseded Filming/)
    const disagreement = within(summer).getByText('Sources disagree:').parentElement!
    expect(disagreement).toHaveTextContent(
      /Press report, 23 September 2025: Filming will begin next summer\.\[[\d–, ]+\]/,
    )
    expect(disagreement).toHaveTextContent(
      /Press report, 22 June 2026: Season 2 filming could begin as early as October\.\[[\d–, ]+\] \(newer: replaces this claim\)/,
    )

    await act(() => router.navigate('/timeline/2026'))
    const june = await screen.findByRole('article', {
      name: 'Report: Netflix in talks on seasons 2 and 3, filming from October',
    })
    const october = within(june)
      .getByText('Season 2 filming could begin as early as October.')
      .closest('li')!
    expect(october).toHaveTextContent(/^In talks/)
    expect(june).not.toHaveTextContent('Stale')
    expect(within(october).getByText('Sources disagree:')).toBeInTheDocument()
  })
})
