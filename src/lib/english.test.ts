import { describe, expect, it } from 'vitest'
import { joinWords } from './english'

const lists = [
  ['Yonhap'],
  ['Yonhap', 'OSEN'],
  ['Yonhap', 'OSEN', 'Xports News'],
  ['a', 'b', 'c', 'd'],
]

describe('joinWords', () => {
  it.each(lists)('with a serial comma, joins %j as Intl.ListFormat("en") does', (...words) => {
    const intl = new Intl.ListFormat('en', { type: 'conjunction' })
    expect(joinWords(words, 'and', { serialComma: true })).toBe(intl.format(words))
  })

  it('without one, as the pages write names and credits', () => {
    expect(joinWords(['a', 'b', 'c'], 'or')).toBe('a, b or c')
    expect(joinWords(['a', 'b'])).toBe('a and b')
    expect(joinWords([])).toBe('')
  })
})
