import { describe, expect, it } from 'vitest'
import { apiRoutes } from '@/content/api-contract'
import type { SearchEntry, SearchStatus } from '@/content/search-contract'
import { safeSpoilerSettings } from '@/lib/spoiler-settings'
import { fixtureDocuments } from '@/testing/fixture-documents'
import { withPlot } from '@/testing/search-fixtures'
import { type SearchHit, createSearchEngine, groupHits } from './search-engine'
import { searchTerm, tokenize } from './search-text'

const safeEngine = await createSearchEngine(withPlot, safeSpoilerSettings)

function topHit(query: string) {
  return safeEngine.search(query)[0]
}

/** The excerpt as the reader reads it, marks aside. */
function snippetText(hit: SearchHit | undefined): string | undefined {
  return hit?.snippet?.map((part) => part.text).join('')
}

/** The words the excerpt marks. */
function markedWords(hit: SearchHit | undefined): string[] {
  return hit?.snippet?.filter((part) => part.matched).map((part) => part.text) ?? []
}

/** The path of the best hit, or "nothing" when the query finds nothing. */
function firstPath(query: string): string {
  return topHit(query)?.entry.path ?? 'nothing'
}

describe('the search engine over the real fixtures', () => {
  it.each([
    ['joo ji hoon', '/people/ju-ji-hoon'],
    ['ju ji hun', '/people/ju-ji-hoon'],
    ['joo ji hun', '/people/ju-ji-hoon'],
    ['jujihun', '/people/ju-ji-hoon'],
    ['baek kang hyuk', '/characters/baek-kang-hyuk'],
    ['baek kang hyeok', '/characters/baek-kang-hyuk'],
    ['paek', '/characters/baek-kang-hyuk'],
    ['yun gyeong ho', '/people/yoon-kyung-ho'],
    ['hong jae hoon', '/characters/hong-jae-hun'],
    ['Ju Ji-hoon', '/people/ju-ji-hoon'],
    ['gang-hyeok', '/characters/baek-kang-hyuk'],
    ['Baek Gang-hyeok', '/characters/baek-kang-hyuk'],
    ['park kyung-won', '/characters/park-gyeong-won'],
    ['Park Gyeong-won', '/characters/park-gyeong-won'],
    ['jeong jae kwang', '/people/jeong-jae-kwang'],
    ['jung jae-kwang', '/people/jeong-jae-kwang'],
    ['xsportnews', '/timeline/2025#2025-09-23-xports-news-seasons-2-3-report'],
    ['Xports News', '/timeline/2025#2025-09-23-xports-news-seasons-2-3-report'],
    ['hansanleega', '/people/lee-nak-jun'],
    ['han san-i', '/people/lee-nak-jun'],
    ['Lee Nak-jun', '/people/lee-nak-jun'],
  ])('"%s" puts %s first', (query, path) => {
    expect(firstPath(query)).toBe(path)
  })

  it('finds the same entry whatever the case, accents, hyphens and spaces', () => {
    for (const query of ['joojihoon', 'Joo ji-hoon', 'JOO JI HOON', 'Jóó Jí-hóón', 'joo-ji-hoon']) {
      expect(firstPath(query), query).toBe('/people/ju-ji-hoon')
    }
    for (const query of ['jungjaekwang', 'JEONG-JAE-KWANG', 'parkkyungwon', 'XPORTSNEWS']) {
      expect(firstPath(query), query).not.toBe('nothing')
    }
    expect(firstPath('parkkyungwon')).toBe('/characters/park-gyeong-won')
  })

  it('forgives one wrong letter', () => {
    expect(firstPath('baek kang-hyok')).toBe('/characters/baek-kang-hyuk')
    expect(firstPath('jeong jae-kwanf')).toBe('/people/jeong-jae-kwang')
    expect(firstPath('hansanleegs')).toBe('/people/lee-nak-jun')
  })

  it('takes a word of three letters as typed: each hit has a word that begins with it', () => {
    // Forgiven a wrong letter, "kim" listed Han Yu-rim and "bae" Kim Won-hae.
    for (const query of ['kim', 'bae', 'jae', 'ahe']) {
      const hits = safeEngine.search(query)
      expect(hits.length, query).toBeGreaterThan(0)
      for (const { entry } of hits) {
        const words = [
          entry.title,
          ...entry.names.map((name) => name.value),
          ...entry.texts.map(({ text }) => text),
        ]
          .flatMap(tokenize)
          .map(searchTerm)
        expect(
          words.some((word) => word.startsWith(searchTerm(query))),
          `${query}: ${entry.title}`,
        ).toBe(true)
      }
    }
  })

  it('finds the half-typed last word', () => {
    expect(firstPath('baek kang-hy')).toBe('/characters/baek-kang-hyuk')
    // "ho" is on its way to "hoon", which is searched as "hun".
    for (const typed of ['ju ji ho', 'joo ji ho', 'joojiho']) {
      expect(firstPath(typed), typed).toBe('/people/ju-ji-hoon')
    }
  })

  it('matches a last word of one letter in titles and names, as suggestions do', () => {
    // Nearly every text has a word that starts with any letter: no excerpt or status explains
    // such a match, so every result's title or one of its names has a word that starts with it.
    const startsWithN = (text: string) =>
      tokenize(text).some((word) => searchTerm(word).startsWith('n'))
    const oneLetter = safeEngine.search('n')
    // A name counts more than a title: the person before the events that name him.
    expect(oneLetter[0]?.entry.title).toBe('Lee Nak-jun')
    expect(oneLetter.map((hit) => hit.entry.title)).toContain(
      'Netflix: a sequel is under review, nothing confirmed',
    )
    for (const hit of oneLetter) {
      expect(snippetText(hit), hit.entry.path).toBeUndefined()
      expect(hit.facet, hit.entry.path).toBeUndefined()
      const names = [hit.entry.title, ...hit.entry.names.map((name) => name.value)]
      expect(names.some(startsWithN), hit.entry.path).toBe(true)
    }
    // Two letters look in the texts again, and the excerpt shows where.
    expect(safeEngine.search('nu').some((hit) => snippetText(hit) !== undefined)).toBe(true)
    // A digit is a whole word ("season 2") and still looks everywhere.
    expect(safeEngine.search('season 2').length).toBeGreaterThan(0)
  })

  it('"ju ji hun" finds Ju Ji-hoon first, by the name the articles print', () => {
    const hits = safeEngine.search('ju ji hun', 3)
    expect(hits[0]?.entry.title).toBe('Ju Ji-hoon')
    expect(hits[0]?.matchedName).toBeUndefined()
    // After him, what mentions him: the character he plays and the reports that name him.
    for (const hit of hits.slice(1)) {
      expect(snippetText(hit) ?? hit.matchedName?.value, hit.entry.title).toMatch(/Ju Ji-hoon/)
    }
  })

  it('says which other spelling matched, and nothing when the main name did', () => {
    expect(topHit('joo ji hoon')?.matchedName).toEqual({
      value: 'Joo Ji-hoon',
      kind: 'romanization',
    })
    expect(topHit('hansanleega')?.matchedName).toEqual({ value: 'Hansanleega', kind: 'pen-name' })
    expect(topHit('ju ji-hoon')?.matchedName).toBeUndefined()
  })

  it("finds the origin from its author's pen names, and an outlet's articles from its spelling", () => {
    for (const query of ['hansanleega', 'han san-i']) {
      const origin = safeEngine.search(query).find((hit) => hit.entry.type === 'origin')
      expect(origin?.matchedName?.kind, query).toBe('author')
    }
    const articles = safeEngine.search('xsportnews').filter((hit) => hit.entry.type === 'source')
    expect(articles.map((hit) => hit.entry.slug).sort()).toEqual([
      'netflix-reviewing-sequel',
      'seasons-2-3-report-and-awards',
    ])
  })

  it('"squid game" finds the series on the home page by its viewership', () => {
    const hit = topHit('squid game')
    expect(hit?.entry).toMatchObject({ type: 'series', path: '/' })
    expect(hit?.entry.title).toBe('The Trauma Code: Heroes on Call')
    expect(snippetText(hit)).toContain('ahead of Squid Game season 2')
    expect(markedWords(hit)).toEqual(['Squid', 'Game'])
  })

  it('finds the series by a title the articles use, and says which', () => {
    expect(topHit('trauma code')?.entry.path).toBe('/')
    expect(topHit('trauma code')?.matchedName).toEqual({
      value: 'Trauma Code',
      kind: 'alternative-title',
    })
  })

  it('shows where words matched in the text when no name did', () => {
    const nurse = safeEngine.search('nurse').find((hit) => hit.entry.type === 'character')
    expect(markedWords(nurse).map((word) => word.toLowerCase())).toContain('nurse')
  })

  it('shows the text when the name matched covers only some of the words', () => {
    // Cheon Jang-mi's "Jang" is one typo from "kang"; her texts name Baek Kang-hyuk.
    const hits = safeEngine.search('baek kang')
    const cheon = hits.find((hit) => hit.entry.path === '/characters/cheon-jang-mi')
    expect(markedWords(cheon).map((word) => word.toLowerCase())).toEqual(
      expect.arrayContaining(['baek', 'kang']),
    )
    const baek = hits.find((hit) => hit.entry.path === '/characters/baek-kang-hyuk')
    expect(baek?.snippet).toBeUndefined()
  })
})

describe('statuses and topics from the rumor ledger', () => {
  const titleOf = (hit: { entry: SearchEntry } | undefined) => hit?.entry.title
  const renewal = { kind: 'topic', label: 'Renewal' }
  const latestRenewalReport = 'Report: Netflix in talks on seasons 2 and 3, filming from October'
  const sequelStatement = 'Netflix: a sequel is under review, nothing confirmed'

  it('"denied" finds the statement an article calls a denial, then the report it answered', () => {
    const hits = safeEngine.search('denied')
    expect(hits.map(titleOf)).toEqual([
      sequelStatement,
      'Report: seasons 2 and 3 confirmed, to be made back to back',
    ])
    for (const hit of hits) expect(hit.facet).toEqual({ kind: 'status', label: 'Denied' })
  })

  it('names the status once its word is typed, and shows an excerpt while it is half typed', () => {
    const [statement, report] = safeEngine.search('deni')
    expect(titleOf(statement)).toBe(sequelStatement)
    expect(statement?.facet).toBeUndefined()
    expect(snippetText(statement)).toContain('"denied" by Netflix')
    expect(markedWords(statement)).toEqual(['denied'])
    // The report's texts do not say "denied": the status is all there is to show.
    expect(report?.facet).toEqual({ kind: 'status', label: 'Denied' })
    expect(safeEngine.search('denied')[0]?.facet).toEqual({ kind: 'status', label: 'Denied' })
  })

  it('finds every event the ledger files under a status, by its label', () => {
    const timeline = apiRoutes.timeline.schema.parse(
      fixtureDocuments.get(apiRoutes.timeline.path()),
    )
    const withStatus = (status: SearchStatus) =>
      timeline.events
        .filter((event) =>
          [
            ...event.statuses.map((claim) => claim.status),
            ...event.claims.flatMap((claim) => claim.ledger.statuses.map((entry) => entry.status)),
          ].includes(status),
        )
        .map((event) => event.title)
    for (const [query, status] of [
      ['denied', 'denied'],
      ['under review', 'under-review'],
      ['in talks', 'in-talks'],
      ['superseded', 'superseded'],
    ] as const) {
      const found = safeEngine.search(query).map(titleOf)
      expect(withStatus(status).length, query).toBeGreaterThan(0)
      expect(found, query).toEqual(expect.arrayContaining(withStatus(status)))
    }
  })

  it('"netflix denied" puts Netflix\'s reply first', () => {
    expect(titleOf(topHit('netflix denied'))).toBe(sequelStatement)
    expect(topHit('netflix denied')?.facet).toEqual({ kind: 'status', label: 'Denied' })
  })

  it('"under review" puts the statement first, then the report the ledger keeps under review', () => {
    // The latest report's claims are "in talks", in the words of the statement that answered them.
    const hits = safeEngine.search('under review', 3)
    expect(hits.map(titleOf)).toEqual([
      sequelStatement,
      'Report: seasons 2 and 3 confirmed, to be made back to back',
    ])
    expect(hits[0]?.facet).toEqual({ kind: 'status', label: 'Under review' })
  })

  it('"renewal", "sequel" and "season 2" find the renewal news, the latest among the first', () => {
    for (const query of ['renewal', 'sequel', 'season 2']) {
      const top = safeEngine.search(query, 3)
      expect(top, query).toHaveLength(3)
      for (const hit of top) expect(hit.facet, query).toEqual(renewal)
      expect(top.map(titleOf), query).toContain(latestRenewalReport)
    }
    expect(titleOf(topHit('season 2'))).toBe(latestRenewalReport)
    expect(titleOf(topHit('renewal'))).toBe(sequelStatement)
  })
})

describe('grouping', () => {
  it('groups the best hits by type, the group with the best hit first', () => {
    const hits = safeEngine.search('lee nak-jun')
    const groups = groupHits(hits)
    expect(groups[0]?.hits[0]).toBe(hits[0])
    expect(new Set(groups.map((group) => group.type)).size).toBe(groups.length)
    for (const group of groups) {
      expect(group.hits.every((hit) => hit.entry.type === group.type)).toBe(true)
    }
    expect(groups.flatMap((group) => group.hits).length).toBeGreaterThan(3)
    const many = safeEngine.search('the')
    expect(many.length).toBeGreaterThan(8)
    expect(groupHits(many).flatMap((group) => group.hits)).toHaveLength(8)
  })
})
