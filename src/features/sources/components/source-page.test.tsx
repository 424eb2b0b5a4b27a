import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { definitionOf } from '@/testing/page-queries'
import { renderApp } from '@/testing/render-app'

const inTalksHeadline =
  'Netflix in Talks to Expand “The Trauma Code: Heroes on Call” as Fans Anticipate Season 2'

describe('the source page', () => {
  it('describes the article: outlet, date, note on the date and saved copy', async () => {
    renderApp('/sources/netflix-in-talks-seasons-2-3')
    expect(
      await screen.findByRole('heading', { level: 1, name: inTalksHeadline }),
    ).toBeInTheDocument()
    await expect
      .poll(() => document.title)
      .toBe(`${inTalksHeadline} · Sources · The Trauma Code wiki`)
    expect(document.querySelector('meta[name="description"]')).toHaveAttribute(
      'content',
      expect.stringContaining('22 June 2026'),
    )
    expect(
      screen.getByText('Report that Netflix is in talks to make seasons 2 and 3 together'),
    ).toBeInTheDocument()
    expect(definitionOf('Outlet')).toHaveTextContent('Not named in the article')
    expect(definitionOf('Published')).toHaveTextContent('22 June 2026')
    expect(definitionOf('About the date')).toHaveTextContent('UNIKPOP Chart')
    expect(within(definitionOf('Saved copy')).getByText('003_e34a0eff1416a4cc.txt').tagName).toBe(
      'CODE',
    )
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' })
    expect(within(breadcrumb).getByRole('link', { name: 'Sources' })).toHaveAttribute(
      'href',
      '/sources',
    )
  })

  it('links to every page that cites the article, grouped by kind', async () => {
    renderApp('/sources/netflix-in-talks-seasons-2-3')
    const citedBy = await screen.findByRole('region', { name: 'Cited by' })
    expect(citedBy).toHaveTextContent('9 pages of the wiki cite this article.')
    expect(
      within(citedBy)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual([
      'The show',
      'The web novel and webtoon',
      'Characters',
      'Cast and crew',
      'Rumor timeline',
    ])

    const show = within(citedBy).getByRole('region', { name: 'The show' })
    expect(
      within(show).getByRole('link', { name: 'The Trauma Code: Heroes on Call' }),
    ).toHaveAttribute('href', '/')

    const characters = within(citedBy).getByRole('region', { name: 'Characters' })
    expect(within(characters).getByRole('link', { name: 'Baek Kang-hyuk' })).toHaveAttribute(
      'href',
      '/characters/baek-kang-hyuk',
    )

    const people = within(citedBy).getByRole('region', { name: 'Cast and crew' })
    expect(
      within(people)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Choo Young-woo', 'Ha Young', 'Ju Ji-hoon', 'Yoon Kyung-ho'])
    expect(within(people).getByRole('link', { name: 'Ju Ji-hoon' })).toHaveAttribute(
      'href',
      '/people/ju-ji-hoon',
    )

    const timeline = within(citedBy).getByRole('region', { name: 'Rumor timeline' })
    expect(
      within(timeline).getByRole('link', {
        name: 'Report: Netflix in talks on seasons 2 and 3, filming from October',
      }),
    ).toHaveAttribute('href', '/timeline/2026#2026-06-22-mydaily-talks-report')
  })

  it('links the web novel page for an article that cites it', async () => {
    renderApp('/sources/season-2-everything-we-know')
    const origin = await screen.findByRole('region', { name: 'The web novel and webtoon' })
    expect(
      within(origin).getByRole('link', { name: 'Trauma Center: Golden Hour' }),
    ).toHaveAttribute('href', '/origin')
    expect(definitionOf('Published')).toHaveTextContent('4 February 2025')
    expect(screen.queryByText('About the date', { selector: 'dt' })).not.toBeInTheDocument()
  })

  it('marks our own label as such when the article has no headline, and says it is undated', async () => {
    renderApp('/sources/lee-nak-jun-radio-interview')
    const label = "Article on Lee Nak-jun's radio interview and a possible season 2"
    expect(
      await screen.findByRole('heading', { level: 1, name: `Untitled article: ${label}` }),
    ).toBeInTheDocument()
    await expect.poll(() => document.title).toBe(`${label} · Sources · The Trauma Code wiki`)
    expect(definitionOf('Published')).toHaveTextContent(/^Undated$/)
    expect(definitionOf('About the date')).toHaveTextContent(
      'so it was written on or after that day',
    )
  })

  it('shows the not-found page for an unknown id', async () => {
    renderApp('/sources/nothing')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
    await expect.poll(() => document.title).toBe('Page not found · The Trauma Code wiki')
  })
})
