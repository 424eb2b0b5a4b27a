import { describe, expect, it } from 'vitest'
import { latencyFigures, repeatedFigures } from '../bench/latency'

describe('repeatedFigures', () => {
  it('judges each keystroke by its median over the runs, not by one run’s slowest', () => {
    const runs = [
      latencyFigures([20, 10, 12]),
      latencyFigures([14, 30, 11]), // one slow second key, as a busy machine gives
      latencyFigures([18, 9, 13]),
    ]
    const figures = repeatedFigures(runs)
    expect(figures.samples).toHaveLength(9)
    expect(figures.max).toBe(30)
    expect(figures.median).toBe(13)
    // First keys 14, 18, 20: median 18, the slowest keystroke; second keys' median is 10.
    expect(figures.worstKeystroke).toBe(18)
  })
})
