import { act, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Spoiler } from '@/content/schemas'
import {
  hiddenSpoilers,
  isRevealed,
  readSpoilerSettings,
  revealedFacts,
  safeSpoilerSettings,
  saveSpoilerSettings,
  readChosenSpoilerSettings,
  setBeforeReveal,
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

describe('the work before a first reveal (a prerendered page fetching its full documents)', () => {
  it('applies a setting that reveals plot only once that work is done, and runs it once', async () => {
    let finish: () => void = () => undefined
    let runs = 0
    setBeforeReveal(() => {
      runs += 1
      return new Promise<void>((resolve) => {
        finish = resolve
      })
    })
    saveSpoilerSettings({ watchedEpisode: 8, showWebtoonPlot: false })
    expect(readSpoilerSettings()).toEqual(safeSpoilerSettings)
    finish()
    await expect.poll(() => readSpoilerSettings().watchedEpisode).toBe(8)

    saveSpoilerSettings({ watchedEpisode: 8, showWebtoonPlot: true })
    expect(readSpoilerSettings().showWebtoonPlot).toBe(true)
    expect(runs).toBe(1)
  })

  it('applies the setting even when the work fails', async () => {
    setBeforeReveal(() => Promise.reject(new Error('offline')))
    saveSpoilerSettings({ watchedEpisode: 3, showWebtoonPlot: false })
    await expect.poll(() => readSpoilerSettings().watchedEpisode).toBe(3)
  })

  it('keeps every choice made while it runs, and applies the last', async () => {
    let finish: () => void = () => undefined
    setBeforeReveal(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve
        }),
    )
    saveSpoilerSettings({ watchedEpisode: 8, showWebtoonPlot: false })
    // The control builds the next choice from the last one, not from what pages show yet.
    saveSpoilerSettings({ ...readChosenSpoilerSettings(), showWebtoonPlot: true })
    expect(readChosenSpoilerSettings()).toEqual({ watchedEpisode: 8, showWebtoonPlot: true })
    expect(readSpoilerSettings()).toEqual(safeSpoilerSettings)
    finish()
    await expect
      .poll(() => readSpoilerSettings())
      .toEqual({ watchedEpisode: 8, showWebtoonPlot: true })
  })

  it('holds back plot another tab unlocked until it has run', async () => {
    let finish: () => void = () => undefined
    setBeforeReveal(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve
        }),
    )
    const seen: number[] = []
    const view = renderHook(() => useSpoilerSettings()[0])
    localStorage.setItem(
      'spoiler-settings',
      JSON.stringify({ watchedEpisode: 5, showWebtoonPlot: false }),
    )
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: 'spoiler-settings' }))
    })
    seen.push(view.result.current.watchedEpisode)
    await act(async () => {
      finish()
      await Promise.resolve()
    })
    await waitFor(() => {
      expect(view.result.current.watchedEpisode).toBe(5)
    })
    expect(seen).toEqual([0])
  })

  it('does not wait to keep plot hidden', () => {
    setBeforeReveal(() => new Promise<void>(() => undefined))
    saveSpoilerSettings(safeSpoilerSettings)
    expect(localStorage.getItem('spoiler-settings')).toBe(JSON.stringify(safeSpoilerSettings))
  })
})
