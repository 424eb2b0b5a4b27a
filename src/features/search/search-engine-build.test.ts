import MiniSearch from 'minisearch'
import { describe, expect, it, vi } from 'vitest'
import { safeSpoilerSettings } from '@/lib/spoiler-settings'
import { withPlot } from '@/testing/search-fixtures'
import { createSearchEngine } from './search-engine'

describe('building an engine', () => {
  it('builds a large index in steps, letting the page run between them, and finds every copy', async () => {
    // 40 copies of every entry: about the 100x content's size, far more than one step's work.
    const copies = 40
    const entries = Array.from({ length: copies }, (_, copy) =>
      withPlot.entries.map((entry) => ({ ...entry, path: `${entry.path}?copy=${copy}` })),
    ).flat()
    let turns = 0
    const ticker = setInterval(() => turns++, 0)
    const engine = await createSearchEngine({ ...withPlot, entries }, safeSpoilerSettings)
    clearInterval(ticker)
    expect(turns).toBeGreaterThan(0)
    const paths = engine.search('ju ji hoon').map((hit) => hit.entry.path)
    expect(paths.filter((path) => path.startsWith('/people/ju-ji-hoon?'))).toHaveLength(copies)
  })

  it('gives up a build no longer wanted, even of an index small enough to add in one step', async () => {
    // Its first letters are still answered in turns of their own (search-warm-up.ts).
    const build = new AbortController()
    const engine = createSearchEngine(withPlot, safeSpoilerSettings, build.signal)
    build.abort()
    await expect(engine).rejects.toThrow(/abort/i)
  })

  it('answers a first letter from what it worked out ahead, as a search for it would', async () => {
    const engine = await createSearchEngine(withPlot, safeSpoilerSettings)
    const searches = vi.spyOn(MiniSearch.prototype, 'search')
    const answer = engine.search('B', 8)
    expect(searches).not.toHaveBeenCalled()
    expect(answer.map((hit) => hit.entry.title)).toContain('Baek Kang-hyuk')
    // More hits than were worked out ahead: searched again, the same first eight.
    expect(engine.search('b', 9).slice(0, 8)).toEqual(answer)
    expect(searches).toHaveBeenCalledOnce()
  })
})
