/**
 * The timeline's search box and the address: the list answers each keystroke at once, and the
 * address takes the typed text once typing pauses (decision 021), without losing a filter chosen
 * in between.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { renderApp } from '@/testing/render-app'

describe('the timeline filter and the address', () => {
  it('writes the address once typing pauses, not on each keystroke', async () => {
    const { router } = renderApp('/timeline')
    const box = await screen.findByRole('searchbox', { name: 'Search' })
    const searches: string[] = []
    const stop = router.subscribe((state) => searches.push(state.location.search))
    await userEvent.type(box, 'netflix')
    expect(screen.getByRole('status')).toHaveTextContent(/^\d+ of 13 events/)
    await waitFor(() => expect(searches).toContain('?q=netflix'))
    stop()
    expect(searches.filter((search) => search.startsWith('?q=n'))).toEqual(['?q=netflix'])
  })

  it('keeps a filter chosen while the typed text waits for the address', async () => {
    const { router } = renderApp('/timeline')
    await userEvent.type(await screen.findByRole('searchbox', { name: 'Search' }), 'netflix')
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Year' }), '2026')
    await waitFor(() => expect(router.state.location.search).toBe('?year=2026&q=netflix'))
    expect(screen.getByRole('combobox', { name: 'Year' })).toHaveValue('2026')
  })

  it('writes the address when typing on a page opened at an entry, and keeps it as typing goes on', async () => {
    const { router } = renderApp('/timeline/2025#2025-09-23-xports-news-seasons-2-3-report')
    const box = await screen.findByRole('searchbox', { name: 'Search' })
    await userEvent.type(box, 'net')
    // The first write drops the entry's hash; the text typed after it still reaches the address.
    await waitFor(() => expect(router.state.location).toMatchObject({ search: '?q=net', hash: '' }))
    await userEvent.type(box, 'flix')
    await waitFor(() => expect(router.state.location.search).toBe('?q=netflix'))
    expect(box).toHaveValue('netflix')
  })

  it('never writes the typed text into a page the reader has moved to', async () => {
    const { router } = renderApp('/timeline')
    const box = await screen.findByRole('searchbox', { name: 'Search' })
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      fireEvent.change(box, { target: { value: 'netflix' } })
      // A link followed as typing pauses: the router has moved on, and React has not yet rendered
      // the new page (nor cleaned up the old one's effects) when the pause ends.
      await router.navigate('/timeline/2025')
      vi.advanceTimersByTime(1000)
    } finally {
      vi.useRealTimers()
    }
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Rumor timeline: 2025' }),
    ).toBeInTheDocument()
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(router.state.location).toMatchObject({ pathname: '/timeline/2025', search: '' })
    expect(screen.getByRole('status')).toHaveTextContent('13 events in the timeline')
  })
})
