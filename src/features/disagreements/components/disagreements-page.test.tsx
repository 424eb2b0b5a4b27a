import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { citationMarkers, citedArticles, expectReferencesAsCited } from '@/testing/page-queries'

describe('the disagreements page', () => {
  it('lists each disagreement under the page that shows it, every value cited', async () => {
    renderApp('/disagreements')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Where the sources disagree' }),
    ).toBeInTheDocument()
    await expect
      .poll(() => document.title)
      .toBe('Where the sources disagree · The Trauma Code wiki')

    const yoon = screen.getByRole('region', { name: 'Yoon Kyung-ho: sources disagree' })
    const role = within(yoon).getByRole('heading', { name: 'Role' }).closest('li')!
    expect(within(role).getByRole('link', { name: 'Han Yu-rim' })).toBeInTheDocument()
    expect(within(role).getByRole('link', { name: 'Doo Jin-tae' })).toBeInTheDocument()
    expect(citationMarkers(role)).toHaveLength(2)

    const timeline = screen.getByRole('region', { name: 'Rumor timeline: sources disagree' })
    const filming = within(timeline)
      .getByRole('heading', { name: 'Start of filming' })
      .closest('li')!
    expect(filming).toHaveTextContent(/Filming will begin next summer\.\[[\d–, ]+\]/)
    expect(filming).toHaveTextContent(
      /Season 2 filming could begin as early as October\.\[[\d–, ]+\]/,
    )
    const reply = within(timeline)
      .getByRole('heading', { name: 'How Netflix’s reply was described' })
      .closest('li')!
    expect(reply).toHaveTextContent(/Denied\[[\d–, ]+\]/)
    expect(reply).toHaveTextContent(/Under review\[[\d–, ]+\]/)

    const series = screen.getByRole('region', {
      name: 'The Trauma Code: Heroes on Call: sources disagree',
    })
    expect(
      within(series).getByRole('heading', { name: 'Chart position on Netflix' }),
    ).toBeInTheDocument()

    expectReferencesAsCited()
  })

  it('is linked from the footer of every page and leads to the page it names', async () => {
    renderApp('/characters')
    await screen.findByRole('heading', { level: 1, name: 'Characters' })
    await userEvent.click(screen.getByRole('link', { name: 'Where the sources disagree' }))
    const yoon = await screen.findByRole('region', { name: 'Yoon Kyung-ho: sources disagree' })
    await userEvent.click(within(yoon).getByRole('link', { name: 'Yoon Kyung-ho' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: /^Yoon Kyung-ho/ }),
    ).toBeInTheDocument()
  })
})

describe('the disagreements page says which article says what (content audit)', () => {
  it('says only one article calls Lee Nak-jun the original writer', async () => {
    renderApp('/disagreements')
    const series = await screen.findByRole('region', {
      name: 'The Trauma Code: Heroes on Call: sources disagree',
    })
    const screenwriter = within(series)
      .getByRole('heading', { name: 'Screenwriter' })
      .closest('li')!
    expect(screenwriter).toHaveTextContent(
      'This article introduces him as "The drama\'s writer Dr. Lee Nak-jun". Only the article on the Xports News report calls him the "original writer"',
    )
    expect(screenwriter).not.toHaveTextContent('the other articles')
  })

  it('lists the five disagreements the audit found unrecorded, each value cited', async () => {
    renderApp('/disagreements')
    await screen.findByRole('heading', { level: 1, name: 'Where the sources disagree' })
    const wording = screen.getByRole('region', { name: 'Spelling and wording' })
    const substance = screen.getByRole('region', { name: 'Sources disagree' })
    const entry = (page: string, topic: string, text: string, weight = substance) =>
      within(within(weight).getByRole('region', { name: new RegExp(`^${page}:`) }))
        .getAllByRole('heading', { name: topic })
        .map((heading) => heading.closest('li')!)
        .find((item) => item.textContent.includes(text))!
    const markers = (item: HTMLElement) =>
      within(item)
        .getAllByRole('listitem')
        .map((value) => citedArticles(value).length)

    const background = entry('Baek Kang-hyuk', 'Background', 'War veteran', wording)
    expect(markers(background)).toEqual([1, 1, 1, 1, 1])
    const occupation = entry('Baek Kang-hyuk', 'Occupation', 'Doo Jin-tae')
    expect(markers(occupation)).toEqual([2, 1])
    expect(markers(entry('Kim Eui-sung', 'Billing', 'Supporting role'))).toEqual([1, 1])
    const timeline = within(substance).getByRole('region', {
      name: 'Rumor timeline: sources disagree',
    })
    const order = within(timeline)
      .getAllByRole('heading', { name: 'Production schedule' })
      .map((heading) => heading.closest('li')!)
    const consecutive = order.find((item) => item.textContent.includes('one after the other'))!
    expect(consecutive).toHaveTextContent('produced at the same time')
    expect(markers(consecutive)).toEqual([1, 2])
    const start = order.find((item) => item.textContent.includes('as early as October'))!
    expect(start).toHaveTextContent('Production work will start at the end of the year.')
    expect(markers(start)).toEqual([1, 1])
  })
})

describe('the disagreements page weighs them', () => {
  it('lists spelling and wording variants apart from disagreements of substance', async () => {
    renderApp('/disagreements')
    await screen.findByRole('heading', { level: 1, name: 'Where the sources disagree' })
    const topics = (name: string) =>
      within(screen.getByRole('region', { name }))
        .getAllByRole('heading', { level: 4 })
        .map((heading) => heading.textContent)
    expect(topics('Spelling and wording')).toEqual(['Works at', 'Background', 'Occupation'])
    expect(topics('Sources disagree')).toEqual(
      expect.arrayContaining(['Screenwriter', 'Role', 'Billing', 'Occupation']),
    )
    expect(topics('Sources disagree')).not.toContain('Works at')
    expect(
      screen.getByText(/points on which the articles give different answers, and 3 on which/),
    ).toBeVisible()
  })

  it('quotes each article’s own words under its value', async () => {
    renderApp('/disagreements')
    const wording = await screen.findByRole('region', { name: 'Spelling and wording' })
    const worksAt = within(wording).getByRole('heading', { name: 'Works at' }).closest('li')!
    expect(worksAt).toHaveTextContent('Hankuk National University Hospital')
    expect(within(worksAt).getAllByText(/Hankuk/, { selector: 'q' }).length).toBeGreaterThan(1)
  })
})
