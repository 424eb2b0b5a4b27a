import { describe, expect, it } from 'vitest'
import { closestPassage, excerptOccursIn, normalizeForMatching } from './excerpt-matching.ts'

const article =
  'Netflix\u2019s latest medical thriller drama released on January 24, 2025.\n\nThe streaming company clarified,\u201cWe are reviewing the production of a sequel to \u2018Trauma Center,\u2019 but nothing has been confirmed yet.\u201d The update is significant for viewers of the medical drama\u2014based on a popular webtoon\u2014whose first season\u2026'

describe('normalizeForMatching', () => {
  it('collapses whitespace and writes quote marks, dashes and ellipses one way', () => {
    expect(
      normalizeForMatching('  a\u00a0\n\t b \u201cc\u201d \u2018d\u2019 e\u2013f\u2014g \u2026 '),
    ).toBe('a b "c" \'d\' e-f-g ...')
  })

  it('keeps letters, digits and case as they are', () => {
    expect(normalizeForMatching('Baek Kang-hyuk, 2025')).toBe('Baek Kang-hyuk, 2025')
  })
})

describe('excerptOccursIn', () => {
  it('finds an excerpt typed with straight quotes, a hyphen and one space for a line break', () => {
    expect(excerptOccursIn("Netflix's latest medical thriller drama released", article)).toBe(true)
    expect(
      excerptOccursIn("a sequel to 'Trauma Center,' but nothing has been confirmed yet.", article),
    ).toBe(true)
    expect(excerptOccursIn('the medical drama-based on a popular webtoon-whose', article)).toBe(
      true,
    )
    expect(excerptOccursIn('2025. The streaming company', article)).toBe(true)
  })

  it('does not find an excerpt with one letter changed', () => {
    expect(excerptOccursIn('Netflix’s latest medical thriller drama relaesed', article)).toBe(false)
    expect(excerptOccursIn('netflix’s latest medical thriller', article)).toBe(false)
  })
})

describe('closestPassage', () => {
  it('is the passage the excerpt was copied from, widened to whole words', () => {
    expect(closestPassage('We are reviewing the prodcution of a sequel', article)).toEqual({
      text: 'clarified,"We are reviewing the production of a sequel',
      differences: 2,
    })
  })

  it('counts one difference for one changed letter', () => {
    expect(closestPassage('based on a popular webtoan', article)).toEqual({
      text: 'drama-based on a popular webtoon-whose',
      differences: 1,
    })
  })
})
