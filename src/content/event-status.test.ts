import { describe, expect, it } from 'vitest'
import { officialAnswer, timelineEvent as event } from '../testing/timeline-event.ts'
import { eventStatus } from './event-status.ts'

describe('eventStatus', () => {
  const report = event({ slug: 'report', kind: 'report' })

  it('marks a report nobody answered as unanswered', () => {
    expect(eventStatus(report, [report])).toEqual([{ status: 'unanswered', sources: [] }])
  })

  it('gives a report the stance of the statement that answers it', () => {
    const answer = officialAnswer({ respondsTo: 'report', addressed: [] }, [
      { value: 'in-talks', sources: ['b'] },
    ])
    expect(eventStatus(report, [report, answer])).toEqual([{ status: 'in-talks', sources: ['b'] }])
  })

  it('keeps both descriptions when articles describe the answer differently', () => {
    const answer = officialAnswer({ respondsTo: 'report', addressed: [] }, [
      { value: 'denied', sources: ['b'] },
      { value: 'under-review', sources: ['c'] },
    ])
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
