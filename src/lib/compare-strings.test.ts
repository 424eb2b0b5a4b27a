import { describe, expect, it } from 'vitest'
import { compareStrings } from './compare-strings'

describe('compareStrings', () => {
  it('puts ISO dates, partial ones included, in date order', () => {
    const dates = ['2026-06-22', '2025-09', '2025-09-23', '2025-12-01', '2025']
    expect([...dates].sort(compareStrings)).toEqual([
      '2025',
      '2025-09',
      '2025-09-23',
      '2025-12-01',
      '2026-06-22',
    ])
  })

  it('sorts numbered file names as localeCompare does', () => {
    const files = ['002_cc9f.txt', '000_bb41.txt', '010_0aaa.txt', '001_bcab.txt']
    expect([...files].sort(compareStrings)).toEqual([...files].sort((a, b) => a.localeCompare(b)))
  })
})
