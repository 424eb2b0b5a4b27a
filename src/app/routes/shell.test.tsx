import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '@/testing/render-app'

describe('the app shell', () => {
  it('has a header that links to every section, and a footer', async () => {
    renderApp('/')
    expect(
      await screen.findByRole('heading', { level: 1, name: /^The Trauma Code: Heroes on Call/ }),
    ).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'Sections' })
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Home', '/'],
      ['Characters', '/characters'],
      ['Cast & crew', '/people'],
      ['Origin', '/origin'],
      ['Rumor timeline', '/timeline'],
      ['Sources', '/sources'],
    ])
    expect(screen.getByRole('contentinfo')).toHaveTextContent(
      'Every fact cites the news article it comes from',
    )
  })

  it('shows a not-found page with a way back for an unknown address', async () => {
    renderApp('/no-such-page')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to the home page' })).toHaveAttribute('href', '/')
    await expect.poll(() => document.title).toBe('Page not found · The Trauma Code wiki')
  })
})
