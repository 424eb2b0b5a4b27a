import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import {
  citationMarkers,
  citedArticles,
  definitionOf,
  expectReferencesAsCited,
  openingParagraph,
} from '@/testing/page-queries'
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

describe('a character page', () => {
  it('opens with a sentence that cites the agreed facts once, and marks only disagreements in the infobox', async () => {
    renderApp('/characters/baek-kang-hyuk')
    expect(
      await screen.findByRole('heading', { level: 1, name: /^Baek Kang-hyuk/ }),
    ).toBeInTheDocument()
    await expect
      .poll(() => document.title)
      .toBe('Baek Kang-hyuk · Characters · The Trauma Code wiki')

    expect(definitionOf('Occupation')).toHaveTextContent(
      "Trauma surgeon who heads the hospital's trauma unit[1, 2]",
    )
    // A spelling variant is no alarm: it reads "also written", and the opening cites it.
    expect(definitionOf('Works at')).toHaveTextContent(
      /^Hankuk University Hospital trauma center \(also written: Hankuk National University Hospital, Trauma Unit \(later a Trauma Center\)\)$/,
    )
    expect(
      within(definitionOf('Played by')).getByRole('link', { name: 'Ju Ji-hoon' }),
    ).toHaveAttribute('href', '/people/ju-ji-hoon')
    expect(definitionOf('Also written')).toHaveTextContent('Baek Gang-hyeok (other romanization)')
    for (const agreed of ['Name', 'Works at', 'Background', 'Played by', 'Also written']) {
      expect(
        within(definitionOf(agreed)).queryAllByRole('button', { name: /^Sources? \d/ }),
      ).toEqual([])
    }
    expect(definitionOf('Citations')).toHaveTextContent(
      'In the opening paragraph, unless marked here',
    )
    const opening = openingParagraph()
    expect(opening).toHaveTextContent(
      /^Baek Kang-hyuk \(also written Baek Gang-hyeok or Dr\. Baek\), played by Ju Ji-hoon, is a character in The Trauma Code: Heroes on Call \(2025\)\. A gifted surgeon with a past in war zones\.\[1–5\]$/,
    )
    expect(citationMarkers(opening)).toHaveLength(1)

    const relationships = screen.getByRole('region', { name: 'Relationships' })
    expect(within(relationships).getByRole('link', { name: 'Cheon Jang-mi' })).toHaveAttribute(
      'href',
      '/characters/cheon-jang-mi',
    )
    expectReferencesAsCited()
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
  it('gives Park Gyeong-won both articles’ words for his job quietly, cited in the opening', async () => {
    renderApp('/characters/park-gyeong-won')
    await screen.findByRole('heading', { level: 1, name: /^Park Gyeong-won/ })
    const occupation = definitionOf('Occupation')
    expect(occupation).toHaveTextContent(
      /^Anesthesiologist \(also written: anesthesiology resident\) \(The February 2025 explainer names his specialty and no rank; this article adds that he is a resident\.\)$/,
    )
    expect(document.body).not.toHaveTextContent('anesthesia specialist')
    const opening = openingParagraph()
    expect(opening).toHaveTextContent('One of the small team around Baek Kang-hyuk.')
    expect(citedArticles(opening)).toEqual(
      expect.arrayContaining([radioArticle, explainer, awardsArticle]),
    )
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

  it('gives each article’s words for Baek Kang-hyuk’s past as one past worded five ways, all cited', async () => {
    renderApp('/characters/baek-kang-hyuk')
    await screen.findByRole('heading', { level: 1, name: /^Baek Kang-hyuk/ })
    const background = definitionOf('Background')
    expect(background).toHaveTextContent(
      /^War veteran \(also written: combat medic, former mercenary and combat medic, battlefield experience, has worked on war fronts\)$/,
    )
    expect(background).not.toHaveTextContent('Sources disagree')
    expect(citedArticles(openingParagraph()).sort()).toEqual(
      [radioArticle, explainer, reviewingArticle, inTalksArticle, awardsArticle].sort(),
    )
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
      /^Head of the trauma team \(Only the article on the Xports News report names him; the radio article and the article on the XSportnews report say Baek Kang-hyuk heads the trauma unit\.\)$/,
    )
  })

  it('leaves Choi Jo-eun’s billing to the actor’s page, where both articles’ versions show', async () => {
    renderApp('/characters/choi-jo-eun')
    await screen.findByRole('heading', { level: 1, name: /^Choi Jo-eun/ })
    expect(openingParagraph()).toHaveTextContent(
      / \(2025\)\. The hospital's director\.\[[\d–, ]+\]$/,
    )
    expect(document.body).not.toHaveTextContent(/main cast|supporting/i)
  })
})
