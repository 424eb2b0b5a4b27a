/**
 * The rumor ledger: every claim in the timeline with a status derived from the events, never typed
 * by hand. The rules, in order:
 *
 * 1. A claim that a later claim disagrees with (`disagreesWith`, either side) is superseded, unless
 *    an official statement answered it after that later claim was made.
 * 2. A claim an official statement answers takes the statement's stance: denied, confirmed, or
 *    under review or in talks, in the statement's own words. A statement answers only the claims
 *    its own words address (`addresses`), not every claim of the report it replies to
 *    (`respondsTo`). When articles describe the statement differently, the claim keeps every
 *    description with its sources.
 * 3. Anything else is reported.
 *
 * A claim made before the latest official statement is stale: readers should weigh it against what
 * Netflix said since. Dates compare as written (YYYY, YYYY-MM, YYYY-MM-DD), so a month sorts before
 * the days in it.
 *
 * The rules run at build time (src/content/ledger-documents.ts): the timeline and renewal-status
 * documents carry what they derive, so the browser only displays it.
 */
import type { TimelineEventBody } from './api-contract.ts'
import type { LedgerStatus } from './ledger-contract.ts'
import { answersIndex } from './event-status.ts'
import type { Stance } from './timeline-schemas.ts'

const statusOfStance: Record<Stance, LedgerStatus> = {
  'no-statement': 'reported',
  'under-review': 'under-review',
  'in-talks': 'in-talks',
  denied: 'denied',
  confirmed: 'confirmed',
}

export type Claim = TimelineEventBody['claims'][number]
type ClaimInEvent = { event: TimelineEventBody; claim: Claim }

/** One status with the articles behind it; two when articles describe the answer differently. */
type LedgerStatusClaim = { status: LedgerStatus; sources: string[] }

export type LedgerEntry = ClaimInEvent & {
  statuses: LedgerStatusClaim[]
  /** Official statements made on or after the claim that address it, oldest first. */
  answeredBy: TimelineEventBody[]
  /** Claims elsewhere that give a different answer to the same question, oldest first. */
  disagreements: ClaimInEvent[]
  /** The newer claims that replace this one; empty unless the status is superseded. */
  supersededBy: ClaimInEvent[]
  /** The latest official statement, when this claim was made before it. */
  staleSince: TimelineEventBody | null
}

function isOfficialStatement(event: TimelineEventBody): boolean {
  return event.kind === 'official-statement'
}

function byDate(a: ClaimInEvent | TimelineEventBody, b: ClaimInEvent | TimelineEventBody): number {
  const dateOf = (item: ClaimInEvent | TimelineEventBody) =>
    'claim' in item ? item.event.date.value : item.date.value
  return dateOf(a).localeCompare(dateOf(b))
}

function claimKey(event: string, claim: string): string {
  return `${event}#${claim}`
}

function addresses(statement: TimelineEventBody, { event, claim }: ClaimInEvent): boolean {
  return (statement.addresses ?? []).some(
    (reference) => reference.event === event.slug && reference.claim === claim.id,
  )
}

export function buildRumorLedger(
  events: readonly TimelineEventBody[],
  answers = answersIndex(events),
): LedgerEntry[] {
  const claims = events.flatMap((event) => event.claims.map((claim) => ({ event, claim })))
  const byKey = new Map(claims.map((entry) => [claimKey(entry.event.slug, entry.claim.id), entry]))

  // Disagreement is symmetric: a link written on either claim counts for both.
  const disagreeing = new Map<string, Set<ClaimInEvent>>()
  function link(a: ClaimInEvent, b: ClaimInEvent) {
    const key = claimKey(a.event.slug, a.claim.id)
    const set = disagreeing.get(key) ?? new Set<ClaimInEvent>()
    set.add(b)
    disagreeing.set(key, set)
  }
  for (const entry of claims) {
    for (const reference of entry.claim.disagreesWith ?? []) {
      const other = byKey.get(claimKey(reference.event, reference.claim))
      if (!other) continue
      link(entry, other)
      link(other, entry)
    }
  }

  const latestStatement = events.filter(isOfficialStatement).sort(byDate).at(-1) ?? null

  return claims.map((entry) => {
    const made = entry.event.date.value
    const answeredBy = (answers.get(entry.event.slug) ?? [])
      .filter(
        (event) =>
          isOfficialStatement(event) && event.date.value >= made && addresses(event, entry),
      )
      .sort(byDate)
    const disagreements = [
      ...(disagreeing.get(claimKey(entry.event.slug, entry.claim.id)) ?? []),
    ].sort(byDate)
    const newer = disagreements.filter((other) => other.event.date.value > made)
    const latestAnswer = answeredBy.at(-1)
    const newestReplacement = newer.at(-1)

    let statuses: LedgerStatusClaim[]
    let supersededBy: ClaimInEvent[] = []
    if (
      newestReplacement &&
      (!latestAnswer || latestAnswer.date.value < newestReplacement.event.date.value)
    ) {
      statuses = [{ status: 'superseded', sources: newestReplacement.claim.sources }]
      supersededBy = newer
    } else if (latestAnswer?.stance) {
      statuses = latestAnswer.stance.map(({ value, sources }) => ({
        status: statusOfStance[value],
        sources,
      }))
    } else {
      statuses = [{ status: 'reported', sources: entry.claim.sources }]
    }

    return {
      ...entry,
      statuses,
      answeredBy,
      disagreements,
      supersededBy,
      staleSince: latestStatement && made < latestStatement.date.value ? latestStatement : null,
    }
  })
}

/**
 * Where a renewal stands: the newest renewal claim that nothing has replaced, with its status and
 * the statements that answer it. The home page's card shows this, so it follows the same rules.
 */
export function renewalStatusNow(ledger: readonly LedgerEntry[]): LedgerEntry | null {
  const current = ledger.filter(
    (entry) =>
      entry.claim.topic === 'renewal' &&
      !entry.statuses.some(({ status }) => status === 'superseded'),
  )
  return [...current].sort(byDate).at(-1) ?? null
}
