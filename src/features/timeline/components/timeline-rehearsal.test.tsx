/**
 * The first time a reader reaches for the timeline's filters, once the page is idle, it renders its
 * filtered view once and puts the page back in the same task (decision 041). A reader sees nothing
 * of it: these tests watch the document's mutations for the view that came and went, and for what
 * must not change. jsdom has no idle callbacks: a stand-in runs them on a timer and counts them.
 */
import { act, cleanup, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { typingPauseMs } from '../timeline-filters'

/**
 * Every node added to or removed from the document, every node whose content changed, and what
 * each changed text said before.
 */
function watchDocument() {
  const added: Node[] = []
  const removed: Node[] = []
  const changed: Node[] = []
  const textsBefore: string[] = []
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      added.push(...record.addedNodes)
      removed.push(...record.removedNodes)
      changed.push(record.target)
      if (record.oldValue !== null) textsBefore.push(record.oldValue)
    }
  })
  observer.observe(document.body, {
    childList: true,
    characterData: true,
    characterDataOldValue: true,
    subtree: true,
  })
  return { added, removed, changed, textsBefore, stop: () => observer.disconnect() }
}

const isChipList = (node: Node) =>
  node instanceof HTMLElement && node.getAttribute('aria-label') === 'Filters in force'

/** A moment for whatever is waiting (idle callbacks, timers) to run. */
const pause = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)))

let stopWatching: (() => void) | undefined
const idleCallbacks = vi.fn((callback: IdleRequestCallback) =>
  window.setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 50 })),
)
beforeEach(() => {
  idleCallbacks.mockClear()
  vi.stubGlobal('requestIdleCallback', idleCallbacks)
  vi.stubGlobal('cancelIdleCallback', (handle: number) => window.clearTimeout(handle))
})
afterEach(() => {
  stopWatching?.()
  // Unmounted first: the page cancels its idle callbacks as it goes.
  cleanup()
  vi.unstubAllGlobals()
})

describe('the timeline, before the first keystroke', () => {
  it('renders nothing ahead for a reader who never reaches for the filters', async () => {
    renderApp('/timeline')
    await screen.findByRole('status')
    const watched = watchDocument()
    stopWatching = watched.stop
    await pause(100)

    expect(watched.added.some(isChipList)).toBe(false)
    expect(screen.queryByRole('list', { name: 'Filters in force' })).not.toBeInTheDocument()
  })

  it('renders its filtered view once on the first reach, and leaves the page, the count and the address as they were', async () => {
    const { router } = renderApp('/timeline')
    const count = await screen.findByRole('status')
    const watched = watchDocument()
    stopWatching = watched.stop
    const idleBefore = idleCallbacks.mock.calls.length
    await userEvent.click(screen.getByRole('searchbox', { name: 'Search' }))
    await waitFor(() => expect(watched.removed.some(isChipList)).toBe(true))

    expect(watched.added.filter(isChipList)).toHaveLength(1)
    expect(screen.queryByRole('list', { name: 'Filters in force' })).not.toBeInTheDocument()
    expect(screen.queryByRole('list', { name: 'Matching events' })).not.toBeInTheDocument()
    expect(count).toHaveTextContent(/^13 events in the timeline$/)
    // The count is a live region: the rehearsal never touched it, not even to put it back.
    expect(watched.changed.filter((node) => count.contains(node))).toEqual([])
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('')
    expect(performance.getEntriesByName('timeline-filter', 'measure')).toEqual([])

    // Once: reaching for the filters again asks for no second rehearsal.
    await userEvent.click(screen.getByRole('combobox', { name: 'Kind' }))
    await userEvent.click(screen.getByRole('searchbox', { name: 'Search' }))
    await pause(typingPauseMs + 100)
    expect(idleCallbacks.mock.calls.length - idleBefore).toBe(1)
    expect(watched.added.filter(isChipList)).toHaveLength(1)
    // Typing pauses before the address takes a text: nothing reached it.
    expect(router.state.location.search).toBe('')
  })

  it('leaves a filtered view alone', async () => {
    renderApp('/timeline?q=xsportnews')
    const matches = await screen.findByRole('list', { name: 'Matching events' })
    const watched = watchDocument()
    stopWatching = watched.stop
    await userEvent.click(screen.getByRole('searchbox', { name: 'Search' }))
    await pause(100)

    // A rehearsal would have shown the letter's chip in place of the address's, and put it back.
    expect(watched.textsBefore).not.toContain('“a”')
    expect(screen.getByRole('button', { name: 'Remove filter Search: “xsportnews”' })).toBeVisible()
    expect(matches.querySelectorAll(':scope > li')).toHaveLength(1)
    expect(screen.getByRole('status')).toHaveTextContent('1 of 13 events')
  })
})
