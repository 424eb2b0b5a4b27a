import { describe, expect, it } from 'vitest'
import { compactText, foldText, halfTypedSpellings, searchTerm, tokenize } from './search-text'

describe('text folding', () => {
  it('ignores case and accents and splits words on hyphens and punctuation', () => {
    expect(foldText('JÓÓ Jí-hôön')).toBe('joo ji-hoon')
    expect(tokenize('Joo Ji-hoon, “Dr. Baek”')).toEqual(['joo', 'ji', 'hoon', 'dr', 'baek'])
    expect(compactText('Han San-i')).toBe('hansani')
  })

  it('reads the romanizations of one Korean vowel as one, and keeps short syllables apart', () => {
    for (const [one, other] of [
      ['joo', 'ju'],
      ['hoon', 'hun'],
      ['jeong', 'jung'],
      ['gyeong', 'gyung'],
      ['hyeok', 'hyuk'],
      ['young', 'yeong'],
      ['yoon', 'yun'],
      ['seung', 'sung'],
      ['lee', 'li'],
    ]) {
      expect(searchTerm(one ?? ''), `${one} and ${other}`).toBe(searchTerm(other ?? ''))
    }
    const syllables = ['ju', 'ji', 'jo', 'ja', 'jae', 'ha', 'ho', 'hu']
    expect(new Set(syllables.map(searchTerm)).size).toBe(syllables.length)
  })

  it('lets a half-typed last word grow into a folded vowel', () => {
    expect(halfTypedSpellings('ho').map(searchTerm)).toEqual(['ho', 'hu'])
    expect(halfTypedSpellings('je').map(searchTerm)).toEqual(['je', 'ju', 'ji'])
    expect(halfTypedSpellings('hun')).toEqual(['hun'])
    expect(halfTypedSpellings('o')).toEqual(['o'])
  })
})
