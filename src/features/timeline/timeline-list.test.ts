import { describe, expect, it } from 'vitest'
import type { LedgerEventBody } from '@/content/api-contract'
import { listEvents } from './timeline-list'

/** Stand-ins: the list only compares events, by identity. */
const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map(
  (slug) => ({ slug }) as unknown as LedgerEventBody,
) as [LedgerEventBody, LedgerEventBody, LedgerEventBody, LedgerEventBody, LedgerEventBody]
const ordered = [a, b, c, d, e]

const read = (listed: ReturnType<typeof listEvents>) =>
  listed.map(({ event, hidden }) => `${event.slug}${hidden ? ' (hidden)' : ''}`)

describe('the events the timeline keeps mounted', () => {
  it('lists the shown events and the kept ones once each, hiding the kept ones not shown', () => {
    expect(read(listEvents(ordered, [b, d], [d, e]))).toEqual(['b', 'd', 'e (hidden)'])
  })

  it('keeps the timeline order whatever the order of the lists it is given', () => {
    expect(read(listEvents(ordered, [e, a], [c]))).toEqual(['a', 'c (hidden)', 'e'])
    const newestFirst = [...ordered].reverse()
    expect(read(listEvents(newestFirst, [a, e], [c]))).toEqual(['e', 'c (hidden)', 'a'])
  })

  it('lists nothing when nothing is shown or kept', () => {
    expect(listEvents(ordered, [], [])).toEqual([])
  })
})
