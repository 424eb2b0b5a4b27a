import { describe, expect, it } from 'vitest'
import { ordinal } from './format-ordinal'

describe('ordinal', () => {
  it('writes edition numbers as English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 61, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '61st',
      '101st',
      '111th',
    ])
  })
})
