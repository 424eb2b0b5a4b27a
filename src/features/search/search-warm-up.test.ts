import { describe, expect, it } from 'vitest'
import { answerFirstLetters, answeredHits, rehearseSearches } from './search-warm-up'

/** A search that notes each query and its limit, and how many timer turns the page had before. */
function recordingSearch() {
  let turns = 0
  const ticker = setInterval(() => turns++, 0)
  const searches: { query: string; limit: number; turns: number }[] = []
  const search = (query: string, limit: number) => {
    searches.push({ query, limit, turns })
    return [`hit for ${query}`]
  }
  return { search, searches, stop: () => clearInterval(ticker) }
}

/** Whether the page had a turn before each search but the first. */
const tookTurns = (searches: readonly { turns: number }[]) =>
  searches.every(
    (search, position) => position === 0 || search.turns > searches[position - 1]!.turns,
  )

describe('answering first letters', () => {
  it('answers each letter that begins a word of a name or a title, once, and no digit', async () => {
    const { search, searches, stop } = recordingSearch()
    const answers = await answerFirstLetters(search, ['Baek Kang-hyuk', 'Season 2', 'Kim Ji-hoon'])
    stop()
    expect([...answers.keys()]).toEqual(['b', 'k', 'h', 's', 'j'])
    expect(answers.get('s')).toEqual(['hit for s'])
    expect(searches.every(({ limit }) => limit === answeredHits)).toBe(true)
    expect(tookTurns(searches)).toBe(true)
  })

  it('stops when the build is no longer wanted', async () => {
    const { search, searches, stop } = recordingSearch()
    const build = new AbortController()
    build.abort()
    await expect(answerFirstLetters(search, ['Baek'], build.signal)).rejects.toThrow(/abort/i)
    stop()
    expect(searches).toEqual([])
  })
})

describe('rehearsing searches', () => {
  it("searches two letters, then a word with one letter, with two and with a whole word, from the title's words of four letters or more", async () => {
    const { search, searches, stop } = recordingSearch()
    await rehearseSearches(search, 'The Trauma Code: Heroes on Call')
    stop()
    expect(searches.map(({ query }) => query)).toEqual([
      'tr',
      'trauma c',
      'trauma co',
      'trauma code',
    ])
    expect(tookTurns(searches)).toBe(true)
  })

  it('stops when the build is no longer wanted', async () => {
    const { search, searches, stop } = recordingSearch()
    const build = new AbortController()
    build.abort()
    await expect(rehearseSearches(search, 'The Trauma Code', build.signal)).rejects.toThrow(
      /abort/i,
    )
    stop()
    expect(searches).toEqual([])
  })
})
