import { describe, expect, it } from 'vitest'
import type { OutletBody, TimelineEventBody } from './api-contract.ts'
import { createLedgerDocuments } from './ledger-documents.ts'
import { outletRecords, trackSummary } from './outlet-records.ts'
import { officialAnswer, timelineEvent } from '../testing/timeline-event.ts'

function outlet(slug: string): OutletBody {
  return { slug, name: { value: `Outlet ${slug}`, sources: ['a'] }, nameVariants: [] }
}

function claim(id: string, extra: Partial<TimelineEventBody['claims'][number]> = {}) {
  return { id, topic: 'renewal' as const, text: `Claim ${id}.`, sources: ['a'], ...extra }
}

function recordsOf(events: TimelineEventBody[], outlets = [outlet('x'), outlet('y')]) {
  const { events: withLedger } = createLedgerDocuments(events, () => [])
  return outletRecords(outlets, withLedger)
}

describe("an outlet's track record", () => {
  const report = timelineEvent({
    slug: 'report',
    kind: 'report',
    outlet: { value: 'x', sources: ['a'] },
    claims: [claim('addressed'), claim('not-addressed')],
  })

  it('takes each claim\'s status from the ledger, and calls an unanswered claim "open"', () => {
    const answer = officialAnswer({ respondsTo: 'report', addressed: ['addressed'] }, [
      { value: 'denied', sources: ['a'] },
    ])
    const [x] = recordsOf([report, { ...answer, date: { ...answer.date, value: '2025-09-24' } }])
    expect(x?.claims.map((entry) => [entry.claim.id, entry.statuses.map((s) => s.status)])).toEqual(
      [
        ['addressed', ['denied']],
        ['not-addressed', ['open']],
      ],
    )
    expect(x?.counts).toEqual({
      confirmed: 0,
      denied: 1,
      'under-review': 0,
      'in-talks': 0,
      superseded: 0,
      open: 1,
    })
  })

  it('counts a claim whose answer the articles describe two ways once under each', () => {
    const answer = officialAnswer({ respondsTo: 'report', addressed: ['addressed'] }, [
      { value: 'denied', sources: ['a'] },
      { value: 'under-review', sources: ['b'] },
    ])
    const [x] = recordsOf([report, { ...answer, date: { ...answer.date, value: '2025-09-24' } }])
    expect(x && trackSummary(x)).toEqual({
      slug: 'x',
      name: 'Outlet x',
      claims: 2,
      counts: { confirmed: 0, denied: 1, 'under-review': 1, 'in-talks': 0, superseded: 0, open: 1 },
    })
  })

  it("marks a claim another outlet's later report replaced as superseded, newest first", () => {
    const later = timelineEvent({
      slug: 'later',
      kind: 'report',
      date: { value: '2026-06-22', precision: 'day', qualifier: 'on' },
      outlet: { value: 'y', sources: ['a'] },
      claims: [claim('newer', { disagreesWith: [{ event: 'report', claim: 'addressed' }] })],
    })
    const older = timelineEvent({
      slug: 'older',
      kind: 'report',
      date: { value: '2025-01-01', precision: 'day', qualifier: 'on' },
      outlet: { value: 'x', sources: ['a'] },
      claims: [claim('first')],
    })
    const [x, y] = recordsOf([older, report, later])
    expect(
      x?.claims.map((entry) => [entry.event.slug, entry.claim.id, entry.statuses[0]?.status]),
    ).toEqual([
      ['report', 'addressed', 'superseded'],
      ['report', 'not-addressed', 'open'],
      ['older', 'first', 'open'],
    ])
    expect(y?.claims.map((entry) => entry.claim.id)).toEqual(['newer'])
  })

  it('lists no claim for an outlet that reported none', () => {
    const [, y] = recordsOf([report])
    expect(y && trackSummary(y)).toMatchObject({ claims: 0, counts: { open: 0 } })
  })
})
