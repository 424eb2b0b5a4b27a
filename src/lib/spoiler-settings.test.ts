import { afterEach, describe, expect, it } from 'vitest'
import type { Spoiler } from '@/content/schemas'
import {
  hiddenSpoilers,
  isRevealed,
  readSpoilerSettings,
  revealedFacts,
  safeSpoilerSettings,
  saveSpoilerSettings,
} from './spoiler-settings'

const episode = (number: number): Spoiler => ({
  kind: 'episode',
  season: 1,
  episode: number,
  episodeStated: true,
})
const webtoon: Spoiler = { kind: 'webtoon' }

afterEach(() => {
  localStorage.clear()
})

describe('isRevealed', () => {
  it('shows facts without a marker at any setting', () => {
    expect(isRevealed(undefined, safeSpoilerSettings)).toBe(true)
  })

  it('shows an episode fact once the reader has watched that episode', () => {
    expect(isRevealed(episode(3), { watchedEpisode: 2, showWebtoonPlot: true })).toBe(false)
    expect(isRevealed(episode(3), { watchedEpisode: 3, showWebtoonPlot: false })).toBe(true)
  })

  it('shows webtoon plot only when asked, whatever the episode', () => {
    expect(isRevealed(webtoon, { watchedEpisode: 8, showWebtoonPlot: false })).toBe(false)
    expect(isRevealed(webtoon, { watchedEpisode: 0, showWebtoonPlot: true })).toBe(true)
  })
})

describe('revealedFacts and hiddenSpoilers', () => {
  it('split a list into what is shown and what is held back', () => {
    const facts = [
      { value: 'a' },
      { value: 'b', spoiler: episode(8) },
      { value: 'c', spoiler: webtoon },
    ]
    const settings = { watchedEpisode: 8, showWebtoonPlot: false }
    expect(revealedFacts(facts, settings).map((entry) => entry.value)).toEqual(['a', 'b'])
    expect(hiddenSpoilers(facts, settings)).toEqual([webtoon])
  })
})

describe('stored settings', () => {
  it('start safe for a first-time reader', () => {
    expect(readSpoilerSettings()).toEqual({ watchedEpisode: 0, showWebtoonPlot: false })
  })

  it('survive a reload', () => {
    saveSpoilerSettings({ watchedEpisode: 5, showWebtoonPlot: true })
    expect(JSON.parse(localStorage.getItem('spoiler-settings') ?? 'null')).toEqual({
      watchedEpisode: 5,
      showWebtoonPlot: true,
    })
    expect(readSpoilerSettings()).toEqual({ watchedEpisode: 5, showWebtoonPlot: true })
  })

  it.each([
    ['not JSON', '{'],
    ['an episode past the season', '{"watchedEpisode":9,"showWebtoonPlot":false}'],
    ['a wrong type', '{"watchedEpisode":"8","showWebtoonPlot":true}'],
  ])('fall back to the safe setting when the stored value is %s', (_, raw) => {
    localStorage.setItem('spoiler-settings', raw)
    expect(readSpoilerSettings()).toEqual(safeSpoilerSettings)
  })
})
