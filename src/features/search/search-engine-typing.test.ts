/**
 * Search as a reader types: each keystroke answered as a new engine would, whatever came before,
 * and the answers worked out ahead while the page is idle (decisions 038, 042 and 043) used as
 * they are, without asking the index again.
 */
import MiniSearch from 'minisearch'
import { describe, expect, it, vi } from 'vitest'
import { safeSpoilerSettings } from '@/lib/spoiler-settings'
import { withPlot } from '@/testing/search-fixtures'
import { createSearchEngine } from './search-engine'

const safeEngine = await createSearchEngine(withPlot, safeSpoilerSettings)

describe('typing a query', () => {
  const answer = (engine: typeof safeEngine, query: string, limit?: number) =>
    engine.search(query, limit).map((hit) => [hit.entry.path, hit.score])

  /** `engine`'s answer, and whether it searched the index for it rather than answer it kept. */
  const answerKept = (engine: typeof safeEngine, query: string) => {
    const searches = vi.spyOn(MiniSearch.prototype, 'search')
    const hits = answer(engine, query, 8)
    const searched = searches.mock.calls.length > 0
    searches.mockRestore()
    return { hits, searched }
  }

  it('answers each keystroke as a new engine would, whatever was typed before it', async () => {
    // The whole words' entries and the last answer shown are remembered (search-engine.ts).
    const typed = ['season 2 r', 'season 2 re', 'cheon jang m', 'ju ji h', 'ju ji h ', 'ju ji ho']
    for (const query of [...typed, 'season 2 r', 'season 2 r-', 'season 2']) {
      const fresh = await createSearchEngine(withPlot, safeSpoilerSettings)
      for (const limit of [8, undefined]) {
        expect(answer(safeEngine, query, limit), query).toEqual(answer(fresh, query, limit))
      }
      expect(answer(safeEngine, query, 8).length, query).toBeGreaterThan(0)
    }
  })

  it('answers two letters, worked out ahead while the page was idle, as it would search them', async () => {
    const idle: IdleRequestCallback[] = []
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback))
    const ahead = await createSearchEngine(withPlot, safeSpoilerSettings)
    expect(idle).toHaveLength(1)
    for (let callback = idle.shift(); callback; callback = idle.shift()) {
      callback({ didTimeout: false, timeRemaining: () => 10 })
    }
    vi.unstubAllGlobals()
    for (const pair of ['th', 're', 'ba', 'ju', 'se', 'Ch']) {
      const expected = answer(safeEngine, pair, 8)
      expect(answerKept(ahead, pair), pair).toEqual({ hits: expected, searched: false })
      expect(expected.length, pair).toBeGreaterThan(0)
    }
  })

  it('answers the next key, worked out ahead while idle, as it would search it', async () => {
    const idle: IdleRequestCallback[] = []
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback))
    const ahead = await createSearchEngine(withPlot, safeSpoilerSettings)
    const typed = {
      'ju ji ': ['ju ji h', 'ju ji b', 'Ju Ji-n'],
      'ju ji h': ['ju ji ho'],
      rene: ['renew'],
    }
    for (const [shown, next] of Object.entries(typed)) {
      vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback))
      vi.stubGlobal('cancelIdleCallback', () => (idle.length = 0))
      ahead.prepareNextKey(shown)
      for (let callback = idle.shift(); callback; callback = idle.shift()) {
        callback({ didTimeout: false, timeRemaining: () => 10 })
      }
      vi.unstubAllGlobals()
      for (const query of next) {
        const expected = answer(safeEngine, query, 8)
        expect(answerKept(ahead, query), query).toEqual({ hits: expected, searched: false })
        expect(expected.length, query).toBeGreaterThan(0)
      }
    }
  })
})
