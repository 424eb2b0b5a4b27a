import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { PlotMarker } from '@/content/api-contract'
import type { Spoiler } from '@/content/fact-schemas'
import { useShownFacts } from './plot'
import { saveSpoilerSettings } from './spoiler-settings'

const episode8: Spoiler = { kind: 'episode', season: 1, episode: 8, episodeStated: true }
const webtoon: Spoiler = { kind: 'webtoon' }
type Fact = { value: string }
const entries: (Fact | PlotMarker)[] = [
  { value: 'open' },
  { spoiler: episode8, plot: 0 },
  { spoiler: webtoon, plot: 1 },
]
const plot: Fact[] = [{ value: 'episode 8 plot' }, { value: 'webtoon plot' }]

afterEach(() => {
  localStorage.clear()
})

describe('useShownFacts', () => {
  it('shows open facts and counts every marker as hidden at the safe setting', () => {
    const { result } = renderHook(() => useShownFacts(entries, plot))
    expect(result.current.shown).toEqual([{ value: 'open' }])
    expect(result.current.hidden).toEqual([episode8, webtoon])
  })

  it('keeps a revealed marker a placeholder until its plot document is in', () => {
    saveSpoilerSettings({ watchedEpisode: 8, showWebtoonPlot: true })
    const { result } = renderHook(() => useShownFacts(entries, undefined))
    expect(result.current.shown).toEqual([{ value: 'open' }])
    expect(result.current.hidden).toEqual([episode8, webtoon])
  })

  it('puts revealed plot in its place and holds back what the setting does not reveal', () => {
    const { result } = renderHook(() => useShownFacts(entries, plot))
    act(() => {
      saveSpoilerSettings({ watchedEpisode: 8, showWebtoonPlot: false })
    })
    expect(result.current.shown.map((fact) => fact.value)).toEqual(['open', 'episode 8 plot'])
    expect(result.current.hidden).toEqual([webtoon])
  })
})
