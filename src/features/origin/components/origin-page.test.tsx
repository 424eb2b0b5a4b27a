import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { definitionOf } from '@/testing/page-queries'
import { renderApp } from '@/testing/render-app'

describe('the origin page', () => {
  it('shows the author with real name, pen names and profession, each cited', async () => {
    renderApp('/origin')
    expect(
      await screen.findByRole('heading', { level: 1, name: /^Trauma Center: Golden Hour/ }),
    ).toBeInTheDocument()
    await expect
      .poll(() => document.title)
      .toBe('Trauma Center: Golden Hour · Origin · The Trauma Code wiki')
    expect(
      within(definitionOf('Author')).getByRole('link', { name: 'Dr. Lee Nak-jun' }),
    ).toHaveAttribute('href', '/people/lee-nak-jun')
    expect(definitionOf('Pen names')).toHaveTextContent('Hansanleega[1]Han San-i[3]')
    expect(definitionOf('Author’s profession')).toHaveTextContent('Otolaryngologist[3]')
  })

  it('shows that the articles disagree on what the drama adapts', async () => {
    renderApp('/origin')
    await screen.findByRole('heading', { level: 1 })
    expect(definitionOf('The drama adapts')).toHaveTextContent(
      'Sources disagree: the webtoon[1][2] or the web novel[3]',
    )
  })

  it('lists the formats with platform, year and collaborator', async () => {
    renderApp('/origin')
    const formats = await screen.findByRole('region', { name: 'Formats' })
    const webtoon = within(formats)
      .getByRole('heading', { name: /^Webtoon/ })
      .closest('li')!
    expect(webtoon).toHaveTextContent('Published on Naver Webtoon')
    expect(webtoon).toHaveTextContent('From 2019')
    expect(within(webtoon).getByRole('link', { name: 'Hongbichira' })).toHaveAttribute(
      'href',
      '/people/hongbichira',
    )
  })

  it('folds webtoon plot the drama has not told', async () => {
    renderApp('/origin')
    const notAdapted = await screen.findByRole('region', { name: 'Not adapted yet' })
    const folded = within(notAdapted).getAllByText('Webtoon plot the drama has not shown yet', {
      selector: 'summary',
    })
    expect(folded).toHaveLength(2)
    for (const summary of folded) expect(summary.closest('details')).not.toHaveAttribute('open')
    expect(notAdapted).toHaveTextContent('Later seasons are widely expected to cover more')
  })
})
