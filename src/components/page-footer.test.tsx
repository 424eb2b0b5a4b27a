import { render, screen } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PageFooter } from './page-footer'

const day = (value: string) => ({ value, precision: 'day' as const, qualifier: 'on' as const })

function renderFooter() {
  const router = createMemoryRouter(
    [
      {
        path: '/people/:slug',
        element: (
          <PageFooter
            sources={[
              { asOf: { date: day('2025-02-04'), basis: 'published' } },
              { asOf: { date: day('2026-06-22'), basis: 'published' } },
              { asOf: null },
            ]}
            files={['src/fixtures/people/ju-ji-hoon.json', 'src/fixtures/timeline/']}
            title="Ju Ji-hoon"
          />
        ),
      },
    ],
    { initialEntries: ['/people/ju-ji-hoon'] },
  )
  render(<RouterProvider router={router} />)
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe("a page's foot", () => {
  it('dates the page by its newest cited article, not by the build', () => {
    renderFooter()
    expect(screen.getByText(/^Last updated/)).toHaveTextContent(
      'Last updated 22 June 2026, the date of the newest article this page draws on.',
    )
  })

  it('leaves out the edit and report links when no repository is configured', () => {
    vi.stubEnv('WIKI_REPOSITORY_URL', '')
    renderFooter()
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
  })

  it("links each content file's editor and a prefilled error report on the repository", () => {
    vi.stubEnv('WIKI_REPOSITORY_URL', 'https://github.com/example/wiki/')
    renderFooter()
    expect(screen.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
      'href',
      'https://github.com/example/wiki/edit/main/src/fixtures/people/ju-ji-hoon.json',
    )
    expect(screen.getByRole('link', { name: 'Edit the timeline folder' })).toHaveAttribute(
      'href',
      'https://github.com/example/wiki/tree/main/src/fixtures/timeline/',
    )
    const report = new URL(
      screen.getByRole('link', { name: 'Report an error' }).getAttribute('href') ?? '',
    )
    expect(report.pathname).toBe('/example/wiki/issues/new')
    expect(report.searchParams.get('title')).toBe('Content error: Ju Ji-hoon')
    expect(report.searchParams.get('body')).toMatch(
      /^Page: \/people\/ju-ji-hoon\nContent files: src\/fixtures\/people\/ju-ji-hoon.json, src\/fixtures\/timeline\//,
    )
  })
})
