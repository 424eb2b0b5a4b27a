import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { apiRoutes } from '@/content/api-contract'
import { safeSpoilerSettings, saveSpoilerSettings } from '@/lib/spoiler-settings'
import { server } from '@/testing/mocks/server'
import { renderApp } from '@/testing/render-app'

/** The box in the page's header, once the page (not its loading fallback) has rendered. */
async function searchBox() {
  await screen.findByRole('heading', { level: 1 })
  return screen.getByRole('combobox', { name: 'Search the wiki' })
}

async function results() {
  return screen.findByRole('listbox', { name: 'Search results' })
}

afterEach(() => saveSpoilerSettings(safeSpoilerSettings))

describe('the site-wide search box', () => {
  it('finds a person by another spelling, groups by type, and opens the active option on Enter', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/characters')
    const box = await searchBox()
    expect(box).toHaveAttribute('aria-expanded', 'false')
    expect(box).toHaveAttribute('aria-autocomplete', 'list')

    await user.type(box, 'joo ji hoon')
    const listbox = await results()
    expect(box).toHaveAttribute('aria-expanded', 'true')
    expect(box).toHaveAttribute('aria-controls', listbox.id)
    const groups = within(listbox).getAllByRole('group')
    expect(groups[0]).toHaveAccessibleName('Cast & crew')
    expect(groups.map((group) => group.getAttribute('aria-labelledby'))).not.toContain(null)
    const [first, second] = within(listbox).getAllByRole('option')
    expect(first).toHaveTextContent('Ju Ji-hoon')
    expect(first).toHaveTextContent('also written Joo Ji-hoon')
    expect(first).toHaveTextContent('Person · Actor')
    expect(screen.getByText(/^\d+ results?$/)).toHaveAttribute('aria-live', 'polite')

    await user.keyboard('{ArrowDown}{ArrowDown}')
    expect(box).toHaveAttribute('aria-activedescendant', second!.id)
    expect(second).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{ArrowUp}')
    expect(box).toHaveAttribute('aria-activedescendant', first!.id)
    expect(first).toHaveAttribute('aria-selected', 'true')
    expect(second).toHaveAttribute('aria-selected', 'false')

    await user.keyboard('{Enter}')
    expect(await screen.findByRole('heading', { level: 1, name: 'Ju Ji-hoon' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/people/ju-ji-hoon')
    expect(box).toHaveValue('')
    expect(box).toHaveAttribute('aria-expanded', 'false')
  })

  it('opens the first result on Enter when none is active, and lists other types under their heading', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/')
    await user.type(await searchBox(), 'hansanleega')
    const listbox = await results()
    const groupNames = within(listbox)
      .getAllByRole('group')
      .map((group) => group.getAttribute('aria-labelledby'))
      .map((id) => document.getElementById(id ?? '')?.textContent)
    expect(groupNames).toEqual(['Cast & crew', 'Origin'])
    const origin = within(within(listbox).getByRole('group', { name: 'Origin' })).getByRole(
      'option',
    )
    expect(origin).toHaveTextContent('author Hansanleega')
    await user.keyboard('{Enter}')
    expect(
      await screen.findByRole('heading', { level: 1, name: /Lee Nak-jun/ }),
    ).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/people/lee-nak-jun')
  })

  it('finds the show itself under "Series" and opens the home page', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/characters')
    await user.type(await searchBox(), 'squid game')
    const series = within(await results()).getByRole('group', { name: 'Series' })
    const option = within(series).getByRole('option')
    expect(option).toHaveTextContent('The Trauma Code: Heroes on Call')
    expect(option).toHaveTextContent('Series · Netflix, 8 episodes')
    expect(option).toHaveTextContent('ahead of Squid Game season 2')
    const marked = option.querySelectorAll('mark')
    expect([...marked].map((mark) => mark.textContent)).toEqual(['Squid', 'Game'])
    await user.keyboard('{Enter}')
    expect(
      await screen.findByRole('heading', { level: 1, name: /The Trauma Code: Heroes on Call/ }),
    ).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/')
  })

  it('says which status or topic of the rumor ledger a timeline entry matched', async () => {
    const user = userEvent.setup()
    renderApp('/')
    const box = await searchBox()
    await user.type(box, 'denied')
    const [denial] = within(await results()).getAllByRole('option')
    expect(denial).toHaveTextContent('Netflix: a sequel is under review, nothing confirmed')
    expect(denial).toHaveTextContent('Status: denied')
    await user.clear(box)
    await user.type(box, 'renewal')
    const timeline = within(await results()).getByRole('group', { name: 'Timeline' })
    for (const option of within(timeline).getAllByRole('option')) {
      expect(option).toHaveTextContent('Topic: renewal')
    }
  })

  it('opens a timeline event at its anchor when its option is clicked', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/')
    await user.type(await searchBox(), 'xsportnews')
    const listbox = await results()
    await user.click(
      within(listbox).getByRole('option', {
        name: /^Report: seasons 2 and 3 confirmed, to be made back to back/,
      }),
    )
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Rumor timeline: 2025' }),
    ).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/timeline/2025')
    expect(router.state.location.hash).toBe('#2025-09-23-xports-news-seasons-2-3-report')
    expect(document.getElementById('2025-09-23-xports-news-seasons-2-3-report')).toBeInTheDocument()
  })

  it('closes on Escape, then clears on a second Escape', async () => {
    const user = userEvent.setup()
    renderApp('/')
    const box = await searchBox()
    await user.type(box, 'baek')
    await results()
    await user.keyboard('{Escape}')
    expect(box).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    expect(box).toHaveValue('baek')
    await user.keyboard('{Escape}')
    expect(box).toHaveValue('')
    await user.keyboard('{ArrowDown}')
    expect(box).toHaveAttribute('aria-expanded', 'false')
  })

  it('takes the focus on "/", but not from another field', async () => {
    const user = userEvent.setup()
    renderApp('/timeline')
    const timelineSearch = await screen.findByRole('searchbox', { name: 'Search' })
    const box = await searchBox()
    await user.keyboard('/')
    expect(box).toHaveFocus()
    expect(box).toHaveValue('')
    await user.click(timelineSearch)
    await user.keyboard('/')
    expect(timelineSearch).toHaveFocus()
    expect(timelineSearch).toHaveValue('/')
  })

  it('says it is loading, its popup busy, until the index is in and the engine built', async () => {
    const user = userEvent.setup()
    let release: (() => void) | undefined
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    // Answers nothing until released, then leaves the request to the fixtures' handler.
    server.use(
      http.get(
        apiRoutes.searchIndex.path(),
        async () => {
          await held
        },
        { once: true },
      ),
    )
    renderApp('/')
    await user.type(await searchBox(), 'baek')
    const loading = await screen.findByText('Loading…', { selector: 'p' })
    expect(loading).toBeVisible()
    const popup = loading.closest('[aria-busy]')
    expect(popup).toHaveAttribute('aria-busy', 'true')
    release?.()
    expect(within(await results()).getAllByRole('option')[0]).toHaveTextContent('Baek Kang-hyuk')
    expect(popup).toHaveAttribute('aria-busy', 'false')
    expect(screen.queryByText('Loading…', { selector: 'p' })).not.toBeInTheDocument()
  })

  it('shows an error with a retry in the popup when the index cannot load', async () => {
    const user = userEvent.setup()
    server.use(
      http.get(apiRoutes.searchIndex.path(), () => new HttpResponse(null, { status: 503 }), {
        once: true,
      }),
    )
    renderApp('/')
    await user.type(await searchBox(), 'baek')
    expect(await screen.findByText('Search could not load.', { selector: 'p' })).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    const listbox = await results()
    expect(within(listbox).getAllByRole('option')[0]).toHaveTextContent('Baek Kang-hyuk')
  })

  it('matches hidden plot only once the reader reveals it', async () => {
    const user = userEvent.setup()
    renderApp('/')
    const box = await searchBox()
    await user.type(box, 'helicopter')
    expect(await screen.findByText('No results for “helicopter”.')).toBeVisible()
    expect(document.body).not.toHaveTextContent(/helicopter[^”]/)

    saveSpoilerSettings({ watchedEpisode: 8, showWebtoonPlot: true })
    const option = within(await results()).getByRole('option')
    expect(option).toHaveTextContent('Trauma Center: Golden Hour')
    expect(option).toHaveTextContent('helicopter')
  })
})
