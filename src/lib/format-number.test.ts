import { describe, expect, it } from 'vitest'
import { groupThousands } from './format-number'

describe('groupThousands', () => {
  it.each([0, 7, 42, 999, 1000, 12_345, 1_234_567, -4321])(
    'writes %i as English does',
    (number) => {
      expect(groupThousands(number)).toBe(number.toLocaleString('en'))
    },
  )
})
