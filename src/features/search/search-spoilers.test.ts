/** Search and the spoiler settings: a hidden fact is never found, and is once the reader reveals it. */
import { describe, expect, it } from 'vitest'
import type { SearchEntry } from '@/content/search-contract'
import { safeSpoilerSettings } from '@/lib/spoiler-settings'
import { withPlot } from '@/testing/search-fixtures'
import { type SearchHit, createSearchEngine } from './search-engine'
import { searchTerm, tokenize } from './search-text'

const { entries } = withPlot
const everythingRevealed = { watchedEpisode: 8, showWebtoonPlot: true }
const safeEngine = await createSearchEngine(withPlot, safeSpoilerSettings)

/** The excerpt as the reader reads it, marks aside. */
function snippetText(hit: SearchHit | undefined): string | undefined {
  return hit?.snippet?.map((part) => part.text).join('')
}

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
    // Compared as search terms: "Hoon" in an open text would find a gated "hun".
    const openTerms = [...open].map(searchTerm)
    return [...new Set(gated)].filter(
      (word) =>
        word.length >= 6 && !openTerms.some((openTerm) => openTerm.includes(searchTerm(word))),
    )
  }

  it('never matches a hidden fact at the safe setting, and matches it once revealed', async () => {
    const words = gatedOnlyWords()
    expect(words.length).toBeGreaterThan(3)
    const revealedEngine = await createSearchEngine(withPlot, everythingRevealed)
    for (const word of words) {
      const hidden = safeEngine.search(word)
      expect(
        hidden.filter((hit) => snippetText(hit)?.toLowerCase().includes(word)),
        word,
      ).toEqual([])
      const revealed = revealedEngine.search(word)
      expect(
        revealed.some((hit) => snippetText(hit)?.toLowerCase().includes(word)),
        word,
      ).toBe(true)
    }
  })

  it('keeps webtoon plot hidden from a reader who watched every episode but not the webtoon', async () => {
    const helicopter = entries
      .find((entry) => entry.type === 'origin')
      ?.texts.find((text) => text.text.includes('helicopter'))
    expect(helicopter?.spoiler).toEqual({ kind: 'webtoon' })
    const watchedAll = await createSearchEngine(withPlot, {
      watchedEpisode: 8,
      showWebtoonPlot: false,
    })
    expect(watchedAll.search('helicopter')).toEqual([])
    expect(
      (await createSearchEngine(withPlot, everythingRevealed)).search('helicopter')[0]?.entry.path,
    ).toBe('/origin')
  })
})
