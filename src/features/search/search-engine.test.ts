import { describe, expect, it } from 'vitest'
import { apiRoutes } from '@/content/api-contract'
import { type SearchEntry } from '@/content/search-contract'
import { createApiDocuments } from '@/content/api-documents'
import { validateFixtureFiles } from '@/content/validate-content'
import { safeSpoilerSettings } from '@/lib/spoiler-settings'
import { fixtureFiles } from '@/testing/mocks/fixture-files'
import { createSearchEngine, groupHits, withPlotTexts } from './search-engine'
import { compactText, foldText, tokenize } from './search-text'

const validated = validateFixtureFiles(fixtureFiles)
if (!validated.ok) throw new Error('fixtures must be valid for the search tests')
const documents = createApiDocuments(validated.content)
const index = apiRoutes.searchIndex.schema.parse(documents.get(apiRoutes.searchIndex.path()))
const plot = apiRoutes.searchPlot.schema.parse(documents.get(apiRoutes.searchPlot.path()))
/** The index as a reader who reveals plot has it: its texts and the plot document's. */
const entries = withPlotTexts(index.entries, plot)
const everythingRevealed = { watchedEpisode: 8, showWebtoonPlot: true }
const safeEngine = createSearchEngine(entries, safeSpoilerSettings)

function topHit(query: string) {
  return safeEngine.search(query)[0]
}

/** The path of the best hit, or "nothing" when the query finds nothing. */
function firstPath(query: string): string {
  return topHit(query)?.entry.path ?? 'nothing'
}

describe('text folding', () => {
  it('ignores case and accents and splits words on hyphens and punctuation', () => {
    expect(foldText('JÓÓ Jí-hôön')).toBe('joo ji-hoon')
    expect(tokenize('Joo Ji-hoon, “Dr. Baek”')).toEqual(['joo', 'ji', 'hoon', 'dr', 'baek'])
    expect(compactText('Han San-i')).toBe('hansani')
  })
})

describe('the search engine over the real fixtures', () => {
  it.each([
    ['joo ji hoon', '/people/ju-ji-hoon'],
    ['Ju Ji-hoon', '/people/ju-ji-hoon'],
    ['gang-hyeok', '/characters/baek-kang-hyuk'],
    ['Baek Gang-hyeok', '/characters/baek-kang-hyuk'],
    ['park kyung-won', '/characters/park-gyeong-won'],
    ['Park Gyeong-won', '/characters/park-gyeong-won'],
    ['jeong jae kwang', '/people/jeong-jae-kwang'],
    ['jung jae-kwang', '/people/jeong-jae-kwang'],
    ['xsportnews', '/timeline#2025-09-23-xports-news-seasons-2-3-report'],
    ['Xports News', '/timeline#2025-09-23-xports-news-seasons-2-3-report'],
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

  it('finds the half-typed last word', () => {
    expect(firstPath('baek kang-hy')).toBe('/characters/baek-kang-hyuk')
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
    expect(hit?.snippet).toContain('ahead of Squid Game season 2')
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
    expect(nurse?.snippet?.toLowerCase()).toContain('nurse')
  })
})

describe('spoilers', () => {
  /** Words that occur in spoiler-gated texts of the index and in no other text or name, not even
   * inside a longer word ("support" in an open "supporting" is found, rightly, as its prefix). */
  function gatedOnlyWords(): string[] {
    const open = new Set(
      entries.flatMap((entry: SearchEntry) => [
        ...entry.names.flatMap((name) => tokenize(name.value)),
        ...entry.texts.filter((text) => !text.spoiler).flatMap((text) => tokenize(text.text)),
      ]),
    )
    const gated = entries.flatMap((entry) =>
      entry.texts.filter((text) => text.spoiler).flatMap((text) => tokenize(text.text)),
    )
    const openWords = [...open]
    return [...new Set(gated)].filter(
      (word) => word.length >= 6 && !openWords.some((openWord) => openWord.includes(word)),
    )
  }

  it('never matches a hidden fact at the safe setting, and matches it once revealed', () => {
    const words = gatedOnlyWords()
    expect(words.length).toBeGreaterThan(3)
    const revealedEngine = createSearchEngine(entries, everythingRevealed)
    for (const word of words) {
      const hidden = safeEngine.search(word)
      expect(
        hidden.filter((hit) => hit.snippet?.toLowerCase().includes(word)),
        word,
      ).toEqual([])
      const revealed = revealedEngine.search(word)
      expect(
        revealed.some((hit) => hit.snippet?.toLowerCase().includes(word)),
        word,
      ).toBe(true)
    }
  })

  it('keeps webtoon plot hidden from a reader who watched every episode but not the webtoon', () => {
    const helicopter = entries
      .find((entry) => entry.type === 'origin')
      ?.texts.find((text) => text.text.includes('helicopter'))
    expect(helicopter?.spoiler).toEqual({ kind: 'webtoon' })
    const watchedAll = createSearchEngine(entries, { watchedEpisode: 8, showWebtoonPlot: false })
    expect(watchedAll.search('helicopter')).toEqual([])
    expect(
      createSearchEngine(entries, everythingRevealed).search('helicopter')[0]?.entry.path,
    ).toBe('/origin')
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
