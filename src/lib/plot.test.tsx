import { describe, expect, it } from 'vitest'
import type { PlotMarker } from '@/content/api-contract'
import type { Spoiler } from '@/content/fact-schemas'
import { shownFacts } from './plot'
import { safeSpoilerSettings } from './spoiler-settings'

const episode8: Spoiler = { kind: 'episode', season: 1, episode: 8, episodeStated: true }
const webtoon: Spoiler = { kind: 'webtoon' }
type Fact = { value: string }
const entries: (Fact | PlotMarker)[] = [
  { value: 'open' },
  { spoiler: episode8, plot: 0 },
  { spoiler: webtoon, plot: 1 },
]
const plot: Fact[] = [{ value: 'episode 8 plot' }, { value: 'webtoon plot' }]
const watchedAll = { watchedEpisode: 8, showWebtoonPlot: false }

describe('shownFacts', () => {
  it('shows open facts and counts every marker as hidden at the safe setting', () => {
    const { shown, hidden } = shownFacts(entries, plot, safeSpoilerSettings)
    expect(shown).toEqual([{ value: 'open' }])
    expect(hidden).toEqual([episode8, webtoon])
  })

  it('keeps a revealed marker a placeholder until its plot document is in', () => {
    const { shown, hidden } = shownFacts(entries, undefined, {
      watchedEpisode: 8,
      showWebtoonPlot: true,
    })
    expect(shown).toEqual([{ value: 'open' }])
    expect(hidden).toEqual([episode8, webtoon])
  })

  it('puts revealed plot in its place and holds back what the setting does not reveal', () => {
    const { shown, hidden } = shownFacts(entries, plot, watchedAll)
    expect(shown.map((fact) => fact.value)).toEqual(['open', 'episode 8 plot'])
    expect(hidden).toEqual([webtoon])
  })
})
