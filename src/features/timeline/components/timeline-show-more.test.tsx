import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '@/testing/render-app'

/** The matches a reader sees: one title each in the list of matching events. */
async function shownEntries(): Promise<number> {
  await screen.findByRole('status')
  const matches = screen.getByRole('list', { name: 'Matching events' })
  return within(matches).getAllByRole('heading', { level: 2 }).length
}

describe('a long filtered timeline', () => {
  it('shows ten matches, the rest on request, and ten again once the filters change', async () => {
    renderApp('/timeline?year=2025')
    expect(await screen.findByRole('status')).toHaveTextContent('11 of 13 events')
    expect(await shownEntries()).toBe(10)

    await userEvent.click(screen.getByRole('button', { name: 'Show the last event' }))
    expect(await shownEntries()).toBe(11)
    expect(
      screen.queryByRole('button', { name: /^Show (the last|\d+ more)/ }),
    ).not.toBeInTheDocument()

    // A letter that every 2025 event has: the same matches, but new filters start from ten.
    const box = screen.getByRole('searchbox', { name: 'Search' })
    await userEvent.type(box, 'e')
    expect(screen.getByRole('status')).toHaveTextContent('11 of 13 events')
    expect(await shownEntries()).toBe(10)

    // Back to the filters that had shown every match: they start from ten as well.
    await userEvent.clear(box)
    expect(screen.getByRole('status')).toHaveTextContent('11 of 13 events')
    expect(await shownEntries()).toBe(10)
    expect(screen.getByRole('button', { name: 'Show the last event' })).toBeInTheDocument()
  })
})
