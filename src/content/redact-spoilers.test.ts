import { describe, expect, it } from 'vitest'
import { redactSpoilers } from './redact-spoilers.ts'

describe('redactSpoilers', () => {
  it('blanks the words of every marked fact, keeps its marker and sources, and leaves the rest', () => {
    const document = {
      character: {
        name: { value: 'Baek Kang-hyuk', sources: ['a'] },
        summary: [
          { value: 'A trauma surgeon.', sources: ['a'] },
          { value: 'He saves the unit.', sources: ['b'], spoiler: { kind: 'episode', episode: 8 } },
        ],
        relationships: [
          {
            character: 'yang-jae-won',
            description: 'Mentor of his fellow.',
            sources: ['a'],
            spoiler: { kind: 'webtoon' },
          },
        ],
      },
    }
    const { value, redacted } = redactSpoilers(document)
    expect(redacted).toBe(true)
    expect(value).toEqual({
      character: {
        name: { value: 'Baek Kang-hyuk', sources: ['a'] },
        summary: [
          { value: 'A trauma surgeon.', sources: ['a'] },
          { value: '', sources: ['b'], spoiler: { kind: 'episode', episode: 8 } },
        ],
        relationships: [
          { character: '', description: '', sources: ['a'], spoiler: { kind: 'webtoon' } },
        ],
      },
    })
    // The input is left as it was: the full document is still what the data file serves.
    expect(document.character.summary[1]?.value).toBe('He saves the unit.')
  })

  it('says when nothing was marked', () => {
    const document = { events: [{ title: 'Renewal', claims: [] }] }
    expect(redactSpoilers(document)).toEqual({ value: document, redacted: false })
  })
})
