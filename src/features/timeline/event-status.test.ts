import { describe, expect, it } from 'vitest'
import type { TimelineEventBody } from '@/content/api-contract'
import { eventStatus } from './event-status'

function event(
  overrides: Partial<TimelineEventBody> & Pick<TimelineEventBody, 'slug' | 'kind'>,
): TimelineEventBody {
  return {
    title: overrides.slug,
    date: { value: '2025-09-23', precision: 'day', qualifier: 'on' },
    summary: { value: 'Summary.', sources: ['a'] },
    claims: [],
    quotes: [],
    people: [],
    sources: ['a'],
    ...overrides,
  }
}

describe('eventStatus', () => {
  const report = event({ slug: 'report', kind: 'report' })

  it('marks a report nobody answered as unanswered', () => {
    expect(eventStatus(report, [report])).toEqual([{ status: 'unanswered', sources: [] }])
  })

  it('gives a report the stance of the statement that answers it', () => {
    const answer = event({
      slug: 'answer',
      kind: 'official-statement',
      respondsTo: ['report'],
      stance: [{ value: 'in-talks', sources: ['b'] }],
    })
    expect(eventStatus(report, [report, answer])).toEqual([{ status: 'in-talks', sources: ['b'] }])
  })

  it('keeps both descriptions when articles describe the answer differently', () => {
    const answer = event({
      slug: 'answer',
      kind: 'official-statement',
      respondsTo: ['report'],
      stance: [
        { value: 'denied', sources: ['b'] },
        { value: 'under-review', sources: ['c'] },
      ],
    })
    expect(eventStatus(report, [report, answer]).map(({ status }) => status)).toEqual([
      'denied',
      'under-review',
    ])
    expect(eventStatus(answer, [report, answer]).map(({ status }) => status)).toEqual([
      'denied',
      'under-review',
    ])
  })

  it('marks a release as released', () => {
    expect(eventStatus(event({ slug: 'premiere', kind: 'release' }), [])).toEqual([
      { status: 'released', sources: ['a'] },
    ])
  })
})
