import { describe, expect, it } from 'vitest'
import { officialAnswer, timelineEvent as event } from '../testing/timeline-event.ts'
import type { ClaimTopic } from './timeline-schemas.ts'
import { type LedgerEntry, buildRumorLedger, renewalStatusNow } from './rumor-ledger.ts'

function claim(id: string, topic: ClaimTopic = 'renewal', sources = ['a']) {
  return { id, topic, text: `Claim ${id}.`, sources }
}

function day(value: string) {
  return { value, precision: 'day' as const, qualifier: 'on' as const }
}

function entryFor(ledger: LedgerEntry[], id: string): LedgerEntry {
  const found = ledger.find((entry) => entry.claim.id === id)
  if (!found) throw new Error(`no ledger entry for ${id}`)
  return found
}

const statusesOf = (entry: LedgerEntry) => entry.statuses.map(({ status }) => status)

describe('buildRumorLedger', () => {
  it('marks a claim nobody answered or replaced as reported, citing its own sources', () => {
    const report = event({ slug: 'report', kind: 'report', claims: [claim('c', 'renewal', ['x'])] })
    const [entry] = buildRumorLedger([report])
    expect(entry?.statuses).toEqual([{ status: 'reported', sources: ['x'] }])
    expect(entry?.answeredBy).toEqual([])
    expect(entry?.staleSince).toBeNull()
  })

  it.each([
    ['denied', 'denied'],
    ['confirmed', 'confirmed'],
    ['under-review', 'under-review'],
    ['in-talks', 'in-talks'],
    ['no-statement', 'reported'],
  ] as const)(
    'gives a claim answered "%s" the status %s, with the answer beside it',
    (stance, status) => {
      const report = event({ slug: 'report', kind: 'report', claims: [claim('c')] })
      const answer = officialAnswer({ respondsTo: 'report', addressed: ['c'] }, [
        { value: stance, sources: ['b'] },
      ])
      const entry = entryFor(buildRumorLedger([report, answer]), 'c')
      expect(entry.statuses).toEqual([{ status, sources: ['b'] }])
      expect(entry.answeredBy.map((answered) => answered.slug)).toEqual(['answer'])
    },
  )

  it('leaves a claim the statement does not address reported, though its event was answered', () => {
    const report = event({
      slug: 'report',
      kind: 'report',
      claims: [claim('renewal'), claim('preparations', 'production-schedule')],
    })
    const answer = officialAnswer({ respondsTo: 'report', addressed: ['renewal'] }, [
      { value: 'denied', sources: ['b'] },
    ])
    const ledger = buildRumorLedger([report, answer])
    expect(statusesOf(entryFor(ledger, 'renewal'))).toEqual(['denied'])
    const preparations = entryFor(ledger, 'preparations')
    expect(preparations.statuses).toEqual([{ status: 'reported', sources: ['a'] }])
    expect(preparations.answeredBy).toEqual([])
  })

  it('keeps every description when articles describe the answer differently', () => {
    const report = event({ slug: 'report', kind: 'report', claims: [claim('c')] })
    const answer = officialAnswer({ respondsTo: 'report', addressed: ['c'] }, [
      { value: 'denied', sources: ['b'] },
      { value: 'under-review', sources: ['c'] },
    ])
    expect(entryFor(buildRumorLedger([report, answer]), 'c').statuses).toEqual([
      { status: 'denied', sources: ['b'] },
      { status: 'under-review', sources: ['c'] },
    ])
  })

  it('ignores an "answer" dated before the claim', () => {
    const report = event({
      slug: 'report',
      kind: 'report',
      date: day('2026-01-10'),
      claims: [claim('c')],
    })
    const earlier = officialAnswer(
      { respondsTo: 'report', addressed: ['c'] },
      [{ value: 'denied', sources: ['b'] }],
      {
        slug: 'earlier',
        date: day('2025-12-01'),
      },
    )
    expect(statusesOf(entryFor(buildRumorLedger([earlier, report]), 'c'))).toEqual(['reported'])
  })

  it('supersedes the older of two disagreeing claims, whichever side names the other', () => {
    const older = event({
      slug: 'older',
      kind: 'report',
      date: day('2025-09-23'),
      claims: [claim('summer', 'filming-start')],
    })
    const newer = event({
      slug: 'newer',
      kind: 'report',
      date: day('2026-06-22'),
      claims: [
        {
          ...claim('october', 'filming-start', ['n']),
          disagreesWith: [{ event: 'older', claim: 'summer' }],
        },
      ],
    })
    const ledger = buildRumorLedger([older, newer])
    const summer = entryFor(ledger, 'summer')
    expect(summer.statuses).toEqual([{ status: 'superseded', sources: ['n'] }])
    expect(summer.supersededBy.map((other) => other.claim.id)).toEqual(['october'])
    expect(summer.disagreements.map((other) => other.claim.id)).toEqual(['october'])
    const october = entryFor(ledger, 'october')
    expect(statusesOf(october)).toEqual(['reported'])
    expect(october.disagreements.map((other) => other.claim.id)).toEqual(['summer'])
    expect(october.supersededBy).toEqual([])
  })

  it('lets an official answer given after the replacement decide the older claim', () => {
    const older = event({
      slug: 'older',
      kind: 'report',
      date: day('2025-01-01'),
      claims: [claim('a')],
    })
    const newer = event({
      slug: 'newer',
      kind: 'report',
      date: day('2025-06-01'),
      claims: [{ ...claim('b'), disagreesWith: [{ event: 'older', claim: 'a' }] }],
    })
    const answer = officialAnswer(
      { respondsTo: 'older', addressed: ['a'] },
      [{ value: 'confirmed', sources: ['s'] }],
      {
        date: day('2025-12-01'),
      },
    )
    expect(statusesOf(entryFor(buildRumorLedger([older, newer, answer]), 'a'))).toEqual([
      'confirmed',
    ])
  })

  it('does not supersede claims of the same date that disagree', () => {
    const one = event({ slug: 'one', kind: 'report', claims: [claim('a')] })
    const two = event({
      slug: 'two',
      kind: 'report',
      claims: [{ ...claim('b'), disagreesWith: [{ event: 'one', claim: 'a' }] }],
    })
    const ledger = buildRumorLedger([one, two])
    expect(statusesOf(entryFor(ledger, 'a'))).toEqual(['reported'])
    expect(statusesOf(entryFor(ledger, 'b'))).toEqual(['reported'])
  })

  it('marks claims made before the latest official statement as stale, and newer ones not', () => {
    const old = event({
      slug: 'old',
      kind: 'interview',
      date: day('2025-01-31'),
      claims: [claim('a')],
    })
    const statement = event({
      slug: 'statement',
      kind: 'official-statement',
      date: day('2025-09-23'),
      stance: [{ value: 'under-review', sources: ['b'] }],
    })
    const sameDay = event({
      slug: 'same-day',
      kind: 'report',
      date: day('2025-09-23'),
      claims: [claim('b')],
    })
    const ledger = buildRumorLedger([old, statement, sameDay])
    expect(entryFor(ledger, 'a').staleSince?.slug).toBe('statement')
    expect(entryFor(ledger, 'b').staleSince).toBeNull()
  })

  it('is never stale when there is no official statement at all', () => {
    const note = event({
      slug: 'note',
      kind: 'status-note',
      date: day('2026-01-01'),
      stance: [{ value: 'no-statement', sources: ['b'] }],
    })
    const old = event({
      slug: 'old',
      kind: 'interview',
      date: day('2025-01-31'),
      claims: [claim('a')],
    })
    expect(entryFor(buildRumorLedger([old, note]), 'a').staleSince).toBeNull()
  })
})

describe('renewalStatusNow', () => {
  it('is the newest renewal claim nothing replaced, with its derived status', () => {
    const first = event({
      slug: 'first',
      kind: 'report',
      date: day('2025-01-01'),
      claims: [claim('a')],
    })
    const second = event({
      slug: 'second',
      kind: 'report',
      date: day('2025-06-01'),
      claims: [claim('b'), claim('schedule', 'filming-start')],
    })
    const answer = officialAnswer(
      { respondsTo: 'second', addressed: ['b'] },
      [{ value: 'in-talks', sources: ['s'] }],
      {
        date: day('2025-06-02'),
      },
    )
    const now = renewalStatusNow(buildRumorLedger([first, second, answer]))
    expect(now?.claim.id).toBe('b')
    expect(now?.statuses).toEqual([{ status: 'in-talks', sources: ['s'] }])
  })

  it('is null when no claim is about renewal', () => {
    const report = event({ slug: 'r', kind: 'report', claims: [claim('a', 'cast')] })
    expect(renewalStatusNow(buildRumorLedger([report]))).toBeNull()
  })
})
