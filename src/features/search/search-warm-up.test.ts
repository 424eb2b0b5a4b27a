import { afterEach, describe, expect, it, vi } from 'vitest'
import { withPlot } from '@/testing/search-fixtures'
import {
  answerFirstLetters,
  answerLetterPairsWhenIdle,
  answeredHits,
  rehearseSearches,
  warmUp,
} from './search-warm-up'

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
    const words = ['baek', 'kang', 'hyuk', 'season', '2', 'kim', 'ji', 'hoon']
    const answers = await answerFirstLetters(search, words)
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
    await expect(answerFirstLetters(search, ['baek'], build.signal)).rejects.toThrow(/abort/i)
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

/**
 * Idle moments on demand, on a clock of their own: each search of `search` takes `searchMs`, and
 * `idle(ms)` runs the waiting idle callback with a moment that lasts that long.
 */
function idleMoments(searchMs = 1) {
  let waiting: IdleRequestCallback | undefined
  let clock = 0
  vi.spyOn(performance, 'now').mockImplementation(() => clock)
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => {
    waiting = callback
    return 1
  })
  vi.stubGlobal('cancelIdleCallback', () => (waiting = undefined))
  const search = (query: string) => {
    clock += searchMs
    return [`hit for ${query}`]
  }
  const idle = (ms: number) => {
    const callback = waiting
    waiting = undefined
    const ends = clock + ms
    callback?.({ didTimeout: false, timeRemaining: () => Math.max(0, ends - clock) })
  }
  return { search, idle, pending: () => waiting !== undefined }
}

describe('answering two letters while idle', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
  })
  const words = ['baek', 'kang', 'kim', 'ba']

  it('answers each first letter followed by each second letter, the most common first, as long as each idle moment lasts', () => {
    const { search, idle, pending } = idleMoments()
    const answers = new Map<string, string[]>()
    answerLetterPairsWhenIdle(search, words, answers)
    expect(answers.size).toBe(0)
    idle(2)
    expect([...answers.keys()]).toEqual(['ba', 'ka'])
    expect(answers.get('ba')).toEqual(['hit for ba'])
    idle(10)
    expect([...answers.keys()]).toEqual(['ba', 'ka', 'ki', 'bi'])
    expect(pending()).toBe(false)
  })

  it('searches for about 8 ms of an idle moment, so a key pressed meanwhile does not wait long', () => {
    const { search, idle } = idleMoments(3)
    const answers = new Map<string, string[]>()
    answerLetterPairsWhenIdle(search, words, answers)
    idle(50)
    expect([...answers.keys()]).toEqual(['ba', 'ka', 'ki'])
  })

  it('stops when the engine is no longer wanted', () => {
    const { search, idle, pending } = idleMoments()
    const answers = new Map<string, string[]>()
    const build = new AbortController()
    answerLetterPairsWhenIdle(search, words, answers, build.signal)
    idle(1)
    build.abort()
    expect(pending()).toBe(false)
    idle(10)
    expect([...answers.keys()]).toEqual(['ba'])
  })
})

describe('answering the next key ahead', () => {
  afterEach(() => vi.unstubAllGlobals())

  /**
   * Warms up over the real index, every idle callback run at once, searches recorded from then;
   * the index's terms are `terms`.
   */
  async function warmedUp(terms: readonly string[] = []) {
    const idle: IdleRequestCallback[] = []
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback))
    vi.stubGlobal('cancelIdleCallback', () => undefined)
    const runIdle = () => {
      for (let callback = idle.shift(); callback; callback = idle.shift()) {
        callback({ didTimeout: false, timeRemaining: () => 50 })
      }
    }
    const termsBeginning = (prefix: string, most: number) =>
      Math.min(most, terms.filter((term) => term.startsWith(prefix)).length)
    const searched: string[] = []
    const ahead = await warmUp(
      (query) => {
        searched.push(query)
        return [`hit for ${query}`]
      },
      withPlot.entries,
      { termsBeginning },
    )
    runIdle()
    searched.length = 0
    return { ...ahead, searched, runIdle }
  }

  it('after a word and a space, answers first the letters that begin the next word in names', async () => {
    const { answerFor, prepareNextKey, searched, runIdle } = await warmedUp()
    prepareNextKey('Baek ')
    runIdle()
    expect(searched[0]).toBe('baek k')
    expect(answerFor('baek k')).toEqual(['hit for baek k'])
    expect(searched.length).toBeGreaterThan(10)
  })

  it('within a word, answers each letter an indexed term goes on with, most terms first', async () => {
    const terms = ['renewal', 'renewed', 'renew', 'rent', 'rumor']
    const { answerFor, prepareNextKey, searched, runIdle } = await warmedUp(terms)
    prepareNextKey('Ren')
    runIdle()
    expect(searched).toEqual(['rene', 'rent'])
    expect(answerFor('rene')).toEqual(['hit for rene'])
  })

  it('goes on with a letter that makes a spelling the search reads alike', async () => {
    // "jeong" is indexed as "jung" (search-text.ts), so "je" may go on as "jeo" or "jeu".
    const { prepareNextKey, searched, runIdle } = await warmedUp(['jung'])
    prepareNextKey('baek je')
    runIdle()
    expect(searched).toEqual(['baek jeo', 'baek jeu'])
  })

  it("drops the last query's answers for the next, and searches no query already answered", async () => {
    const { answerFor, prepareNextKey, searched, runIdle } = await warmedUp(['baek', 'bae'])
    prepareNextKey('baek ')
    runIdle()
    const before = searched.length
    prepareNextKey('baek kang ')
    runIdle()
    expect(answerFor('baek k')).toBeUndefined()
    expect(searched[before]).toBe('baek kang h')
    expect(answerFor('baek kang h')).toEqual(['hit for baek kang h'])
    // Every two letters that may begin a word are answered already (answerLetterPairsWhenIdle).
    searched.length = 0
    prepareNextKey('b')
    runIdle()
    expect(searched).toEqual([])
    expect(answerFor('ba')).toEqual(['hit for ba'])
  })
})
