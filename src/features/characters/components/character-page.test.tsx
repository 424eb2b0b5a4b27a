import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { citedArticles, definitionOf, expectEveryMarkerInReferences } from '@/testing/page-queries'
import { renderApp } from '@/testing/render-app'

afterEach(() => {
  localStorage.clear()
})

const radioArticle = "Article on Lee Nak-jun's radio interview and a possible season 2"
const explainer = "'The Trauma Code: Heroes on Call' Season 2: Everything We Know"
const awardsArticle = "Article on the Xports News report, Netflix's reply and the show's awards"
const reviewingArticle = "Article on the XSportnews report and Netflix's reply"
const inTalksArticle =
  'Netflix in Talks to Expand “The Trauma Code: Heroes on Call” as Fans Anticipate Season 2'

/** The paragraph of `region` that contains `text`. */
function paragraphWith(region: HTMLElement, text: string): HTMLElement {
  return within(region).getByText(
    (_, element) => element?.tagName === 'P' && element.textContent.includes(text),
  )
}

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
      "Trauma surgeon who heads the hospital's trauma unit[1, 3]",
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
    expectEveryMarkerInReferences()
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

describe('a character page says what each article says (content audit)', () => {
  it('gives Park Gyeong-won each article’s word for his job, each cited to its own article', async () => {
    renderApp('/characters/park-gyeong-won')
    const summary = await screen.findByRole('region', { name: 'Summary' })
    expect(summary).not.toHaveTextContent('anesthesia specialist')
    expect(citedArticles(paragraphWith(summary, 'small team around Baek Kang-hyuk'))).toEqual([
      radioArticle,
    ])
    expect(citedArticles(paragraphWith(summary, 'calls him an anesthesiologist'))).toEqual([
      explainer,
    ])
    expect(citedArticles(paragraphWith(summary, 'calls him an anesthesiology resident'))).toEqual([
      awardsArticle,
    ])
  })

  it('calls Yang Jae-won a fellow where the articles do, and a surgical resident where one does', async () => {
    renderApp('/characters/yang-jae-won')
    await screen.findByRole('heading', { level: 1, name: /^Yang Jae-won/ })
    const occupation = definitionOf('Occupation')
    expect(occupation).toHaveTextContent(
      /^Sources disagree: Fellow\[[\d–, ]+\] or Surgical resident\[[\d–, ]+\]$/,
    )
    expect(occupation).not.toHaveTextContent('Surgical fellow')
  })

  it('puts Yang Jae-won in Baek Kang-hyuk’s small team once the reader has watched season 1', async () => {
    renderApp('/characters/yang-jae-won')
    const summary = await screen.findByRole('region', { name: 'Summary' })
    await userEvent.click(
      within(summary).getByRole('button', { name: 'I’ve watched episode 8: show it' }),
    )
    const relationships = screen.getByRole('region', { name: 'Relationships' })
    const baek = within(relationships).getByRole('link', { name: 'Baek Kang-hyuk' }).closest('li')!
    expect(baek).toHaveTextContent('is part of his small team')
    expect(citedArticles(baek)).toEqual(expect.arrayContaining([radioArticle]))
  })

  it('describes Baek Kang-hyuk’s trauma center in the articles’ words and names Doo Jin-tae beside him', async () => {
    renderApp('/characters/baek-kang-hyuk')
    const summary = await screen.findByRole('region', { name: 'Summary' })
    expect(summary).not.toHaveTextContent('staff shortages')
    expect(summary).toHaveTextContent(
      'handles extreme and dangerous cases and faces shortages and red tape',
    )
    const relationships = screen.getByRole('region', { name: 'Relationships' })
    const doo = within(relationships).getByRole('link', { name: 'Doo Jin-tae' }).closest('li')!
    expect(doo).toHaveTextContent('head of the trauma team in one article, joins him')
    expect(citedArticles(doo)).toEqual([awardsArticle])
  })

  it('cites the radio article and the Xports News article for Park Gyeong-won’s place beside Baek', async () => {
    renderApp('/characters/park-gyeong-won')
    const relationships = await screen.findByRole('region', { name: 'Relationships' })
    const baek = within(relationships).getByRole('link', { name: 'Baek Kang-hyuk' }).closest('li')!
    expect(citedArticles(baek)).toEqual([radioArticle, awardsArticle])
  })

  it('gives each article’s words for Baek Kang-hyuk’s past side by side, each cited', async () => {
    renderApp('/characters/baek-kang-hyuk')
    await screen.findByRole('heading', { level: 1, name: /^Baek Kang-hyuk/ })
    const background = definitionOf('Background')
    expect(background).toHaveTextContent(/^Sources disagree:/)
    const versions = within(background).getAllByRole('listitem')
    expect(versions.map((version) => version.textContent.replace(/\[\d+\]/g, ''))).toEqual([
      'War veteran',
      'Combat medic',
      'Former mercenary and combat medic',
      'Battlefield experience',
      'Has worked on war fronts',
    ])
    expect(versions.map((version) => citedArticles(version))).toEqual([
      [radioArticle],
      [explainer],
      [reviewingArticle],
      [inTalksArticle],
      [awardsArticle],
    ])
    const summary = screen.getByRole('region', { name: 'Summary' })
    expect(summary).not.toHaveTextContent('war veteran, a combat medic and a former mercenary')
  })

  it('sets Baek Kang-hyuk heading the trauma unit against Doo Jin-tae heading the trauma team', async () => {
    renderApp('/characters/baek-kang-hyuk')
    await screen.findByRole('heading', { level: 1, name: /^Baek Kang-hyuk/ })
    const occupation = definitionOf('Occupation')
    expect(occupation).toHaveTextContent(
      /^Sources disagree: Trauma surgeon who heads the hospital's trauma unit\[[\d–, ]+\] or Surgeon reviving a troubled trauma center, whose trauma team Doo Jin-tae heads\[[\d–, ]+\] \(This article names Doo Jin-tae, not Baek, as head of the trauma team\.\)$/,
    )
    const [heads, doo] = within(occupation).getAllByText(/./, { selector: '.disagreement-value' })
    expect(citedArticles(heads!)).toEqual([radioArticle, reviewingArticle])
    expect(citedArticles(doo!)).toEqual([awardsArticle])
  })

  it('says on Doo Jin-tae’s page that other articles give the trauma unit to Baek Kang-hyuk', async () => {
    renderApp('/characters/doo-jin-tae')
    await screen.findByRole('heading', { level: 1, name: /^Doo Jin-tae/ })
    expect(definitionOf('Occupation')).toHaveTextContent(
      /^Head of the trauma team\[[\d–, ]+\] \(Only the article on the Xports News report names him; the radio article and the article on the XSportnews report say Baek Kang-hyuk heads the trauma unit\.\)$/,
    )
  })

  it('leaves Choi Jo-eun’s billing to the actor’s page, where both articles’ versions show', async () => {
    renderApp('/characters/choi-jo-eun')
    const summary = await screen.findByRole('region', { name: 'Summary' })
    expect(summary).toHaveTextContent(/^SummaryThe hospital's director\.\[[\d–, ]+\]$/)
  })
})
