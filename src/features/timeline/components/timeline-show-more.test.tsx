import { act, fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { typingPauseMs } from '../timeline-filters'

/** The matches a reader sees: one title each in the list of matching events. */
async function shownEntries(): Promise<number> {
  await screen.findByRole('status')
  const matches = screen.getByRole('list', { name: 'Matching events' })
  return within(matches).getAllByRole('heading', { level: 2 }).length
}

describe('a long filtered timeline', () => {
  it('shows six matches, the rest on request, and six again once the filters change', async () => {
    renderApp('/timeline?year=2025')
    expect(await screen.findByRole('status')).toHaveTextContent('11 of 13 events')
    expect(await shownEntries()).toBe(6)

    await userEvent.click(screen.getByRole('button', { name: 'Show the last 5 events' }))
    expect(await shownEntries()).toBe(11)
    expect(
      screen.queryByRole('button', { name: /^Show (the last|\d+ more)/ }),
    ).not.toBeInTheDocument()

    // A letter that every 2025 event has: the same matches, but new filters start from six.
    const box = screen.getByRole('searchbox', { name: 'Search' })
    await userEvent.type(box, 'e')
    expect(screen.getByRole('status')).toHaveTextContent('11 of 13 events')
    expect(await shownEntries()).toBe(6)

    // Back to the filters that had shown every match: they start from six as well.
    await userEvent.clear(box)
    expect(screen.getByRole('status')).toHaveTextContent('11 of 13 events')
    expect(await shownEntries()).toBe(6)
    expect(screen.getByRole('button', { name: 'Show the last 5 events' })).toBeInTheDocument()
  })

  it('loads the next six as the reader nears them, once typing has paused', async () => {
    // jsdom lays nothing out: a stand-in observer says when the "Show more" button is watched, and
    // reports it near the screen on request.
    const watched: { button: Element; report: () => void }[] = []
    class NearScreenObserver {
      constructor(private readonly callback: (entries: { isIntersecting: boolean }[]) => void) {}
      observe(button: Element) {
        watched.push({ button, report: () => this.callback([{ isIntersecting: true }]) })
      }
      disconnect() {
        watched.length = 0
      }
    }
    vi.stubGlobal('IntersectionObserver', NearScreenObserver)
    try {
      renderApp('/timeline?year=2025')
      expect(await shownEntries()).toBe(6)
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
      // A keystroke starts the list again from its first six; the button is not watched at once,
      // so a reader still typing does not build six more rows that the next key takes down.
      fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), {
        target: { value: 'e' },
      })
      expect(screen.getByRole('status')).toHaveTextContent('11 of 13 events')
      act(() => {
        vi.advanceTimersByTime(typingPauseMs - 1)
      })
      expect(watched).toHaveLength(0)
      act(() => {
        vi.advanceTimersByTime(1)
      })
      expect(watched.map(({ button }) => button.textContent)).toEqual(['Show the last 5 events'])
      act(() => watched[0]?.report())
      vi.useRealTimers()
      expect(await shownEntries()).toBe(11)
    } finally {
      vi.useRealTimers()
      vi.unstubAllGlobals()
    }
  })
})
