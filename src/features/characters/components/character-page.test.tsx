import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { definitionOf } from '@/testing/page-queries'
import { renderApp } from '@/testing/render-app'

afterEach(() => {
  localStorage.clear()
})

describe('a character page', () => {
  it('shows the infobox, summary and relationships, every fact cited', async () => {
    renderApp('/characters/baek-kang-hyuk')
    expect(
      await screen.findByRole('heading', { level: 1, name: /^Baek Kang-hyuk/ }),
    ).toBeInTheDocument()
    await expect
      .poll(() => document.title)
      .toBe('Baek Kang-hyuk · Characters · The Trauma Code wiki')

    expect(definitionOf('Occupation')).toHaveTextContent(
      "Trauma surgeon who heads the hospital's trauma unit[1][3]",
    )
    expect(definitionOf('Works at')).toHaveTextContent(
      'Sources disagree: Hankuk University Hospital trauma center[2] or Hankuk National University Hospital',
    )
    expect(
      within(definitionOf('Played by')).getByRole('link', { name: 'Ju Ji-hoon' }),
    ).toHaveAttribute('href', '/people/ju-ji-hoon')
    expect(definitionOf('Also written')).toHaveTextContent(
      'Baek Gang-hyeok (other romanization)[1]',
    )

    const relationships = screen.getByRole('region', { name: 'Relationships' })
    expect(within(relationships).getByRole('link', { name: 'Cheon Jang-mi' })).toHaveAttribute(
      'href',
      '/characters/cheon-jang-mi',
    )
    const references = within(screen.getByRole('region', { name: 'References' })).getAllByRole(
      'listitem',
    )
    const anchors = new Set(references.map((item) => `#${item.id}`))
    for (const marker of screen.getAllByRole('link', { name: /^Reference \d+$/ })) {
      expect(anchors).toContain(marker.getAttribute('href'))
    }
  })

  it('leaves plot out of the page until the reader has watched far enough', async () => {
    const gatedSentence = "accepted as Baek Kang-hyuk's first disciple"
    const first = renderApp('/characters/yang-jae-won')
    const summary = await screen.findByRole('region', { name: 'Summary' })
    expect(document.body).not.toHaveTextContent(gatedSentence)
    expect(within(summary).getByRole('note', { name: 'Hidden spoilers' })).toHaveTextContent(
      'Spoiler hidden: 1 plot point from season 1, up to episode 8',
    )
    const relationships = screen.getByRole('region', { name: 'Relationships' })
    expect(within(relationships).queryByRole('link', { name: 'Baek Kang-hyuk' })).toBeNull()
    expect(within(relationships).getByRole('link', { name: 'Cheon Jang-mi' })).toBeInTheDocument()

    await userEvent.click(
      within(summary).getByRole('button', { name: 'I’ve watched episode 8: show it' }),
    )
    expect(summary).toHaveTextContent(gatedSentence)
    expect(within(summary).queryByRole('note', { name: 'Hidden spoilers' })).toBeNull()
    expect(within(relationships).getByRole('link', { name: 'Baek Kang-hyuk' })).toBeInTheDocument()
    first.unmount()

    // The choice outlives the page.
    renderApp('/characters/yang-jae-won')
    expect(await screen.findByRole('region', { name: 'Summary' })).toHaveTextContent(gatedSentence)
  })

  it('shows the disputed role beside the actor', async () => {
    renderApp('/characters/doo-jin-tae')
    const playedBy = await screen.findByText('Played by', { selector: 'dt' })
    const dd = playedBy.nextElementSibling as HTMLElement
    expect(dd).toHaveTextContent('Yoon Kyung-ho')
    expect(dd).toHaveTextContent(
      'Sources disagree: another article gives this actor’s role as Han Yu-rim',
    )
    expect(within(dd).getByRole('link', { name: 'Han Yu-rim' })).toHaveAttribute(
      'href',
      '/characters/han-yu-rim',
    )
  })

  it('shows the not-found page for an unknown slug', async () => {
    renderApp('/characters/nobody-at-all')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'browse the characters' })).toHaveAttribute(
      'href',
      '/characters',
    )
  })

  it('is reached from the character list', async () => {
    renderApp('/characters')
    await userEvent.click(await screen.findByRole('link', { name: 'Cheon Jang-mi' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: /^Cheon Jang-mi/ }),
    ).toBeInTheDocument()
    expect(definitionOf('Occupation')).toHaveTextContent('Nurse')
  })
})
