import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import {
  citationMarkers,
  citedArticles,
  definitionOf,
  openingParagraph,
} from '@/testing/page-queries'
import { renderApp } from '@/testing/render-app'

afterEach(() => {
  localStorage.clear()
})

describe('the origin page', () => {
  it('opens with the author, pen names and profession, cited once; the infobox marks none', async () => {
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
    expect(definitionOf('Pen names')).toHaveTextContent(/^Hansanleega\s*Han San-i$/)
    expect(definitionOf('Author’s profession')).toHaveTextContent(/^Otolaryngologist$/)
    expect(openingParagraph()).toHaveTextContent(
      /^Trauma Center: Golden Hour is the story The Trauma Code: Heroes on Call \(2025\) adapts, written by Dr\. Lee Nak-jun, otolaryngologist, under the pen names Hansanleega and Han San-i\.\[1, 2, 4\]$/,
    )
  })

  it('shows that the articles disagree on what the drama adapts', async () => {
    renderApp('/origin')
    await screen.findByRole('heading', { level: 1 })
    expect(definitionOf('The drama adapts')).toHaveTextContent(
      'Sources disagree: the webtoon[1–3] or the web novel[4]',
    )
  })

  it('says what it knows of each format: no card is empty', async () => {
    renderApp('/origin')
    const formats = await screen.findByRole('region', { name: 'Formats' })
    const webNovel = within(formats)
      .getByRole('heading', { name: /^Web novel/ })
      .closest('li')!
    expect(within(webNovel).getByRole('link', { name: 'Dr. Lee Nak-jun' })).toHaveAttribute(
      'href',
      '/people/lee-nak-jun',
    )
    expect(webNovel).toHaveTextContent('The articles name no platform or year for it.')
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

  it('leaves webtoon plot out until the reader asks for it, apart from the episode setting', async () => {
    renderApp('/origin')
    const notAdapted = await screen.findByRole('region', { name: 'Not adapted yet' })
    const webtoonPlot = 'Neighbours complain about the noise'
    expect(notAdapted).toHaveTextContent('Later seasons are widely expected to cover more')
    expect(document.body).not.toHaveTextContent(webtoonPlot)
    expect(within(notAdapted).getByRole('note', { name: 'Hidden spoilers' })).toHaveTextContent(
      'Webtoon plot hidden: 2 plot points from the webtoon',
    )

    // Watching every episode does not unlock the webtoon.
    await userEvent.click(screen.getByRole('button', { name: /^Spoilers:/ }))
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'I have watched season 1 up to' }),
      'Episode 8 (finale)',
    )
    expect(document.body).not.toHaveTextContent(webtoonPlot)
    expect(screen.getByRole('region', { name: 'What season 1 adapted' })).toHaveTextContent(
      'The season 1 finale opens the trauma center',
    )

    await userEvent.click(within(notAdapted).getByRole('button', { name: 'Show webtoon plot' }))
    expect(notAdapted).toHaveTextContent(webtoonPlot)
    expect(screen.getByRole('button', { name: /^Spoilers:/ })).toHaveTextContent(
      'Spoilers: up to ep. 8 + webtoon',
    )
  })
})

const inTalksArticle =
  'Netflix in Talks to Expand “The Trauma Code: Heroes on Call” as Fans Anticipate Season 2'

describe('the origin page cites every article that says it (content audit)', () => {
  it('cites the June 2026 report for the webtoon the drama is based on', async () => {
    renderApp('/origin')
    await screen.findByRole('heading', { level: 1 })
    const [webtoon] = within(definitionOf('The drama adapts')).getAllByText(/./, {
      selector: '.disagreement-value',
    })
    expect(citedArticles(webtoon!)).toContain(inTalksArticle)
    const formats = screen.getByRole('region', { name: 'Formats' })
    // A card cites once, for all its facts.
    const webtoonFormat = within(formats)
      .getByRole('heading', { name: /^Webtoon/ })
      .closest('li')!
    expect(citationMarkers(webtoonFormat)).toHaveLength(1)
    expect(citedArticles(webtoonFormat)).toContain(inTalksArticle)
  })

  it('says backing and opinion keep the trauma center viable, as the explainer does', async () => {
    renderApp('/origin')
    const notAdapted = await screen.findByRole('region', { name: 'Not adapted yet' })
    await userEvent.click(within(notAdapted).getByRole('button', { name: 'Show webtoon plot' }))
    expect(notAdapted).toHaveTextContent('keeping the trauma center viable')
    expect(notAdapted).not.toHaveTextContent('keep the trauma center alive')
  })
})
