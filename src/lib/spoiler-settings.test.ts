import { act, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Spoiler } from '@/content/fact-schemas'
import {
  isRevealed,
  readSpoilerSettings,
  safeSpoilerSettings,
  saveSpoilerSettings,
  useSpoilerSettings,
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

describe('changes', () => {
  it('keep every choice made in quick succession, the last one winning', () => {
    saveSpoilerSettings({ watchedEpisode: 8, showWebtoonPlot: false })
    saveSpoilerSettings({ ...readSpoilerSettings(), showWebtoonPlot: true })
    expect(readSpoilerSettings()).toEqual({ watchedEpisode: 8, showWebtoonPlot: true })
  })

  it('made in another tab reach this one at once', async () => {
    const view = renderHook(() => useSpoilerSettings()[0])
    expect(view.result.current).toEqual(safeSpoilerSettings)
    localStorage.setItem(
      'spoiler-settings',
      JSON.stringify({ watchedEpisode: 5, showWebtoonPlot: false }),
    )
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: 'spoiler-settings' }))
    })
    await waitFor(() => {
      expect(view.result.current.watchedEpisode).toBe(5)
    })
  })
})
