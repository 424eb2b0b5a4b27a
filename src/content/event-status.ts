/**
 * The status badge of a timeline event, derived from the events themselves: a report or interview
 * takes the stance of the official statements that answer it; a statement or note has its own.
 * It runs at build time (src/content/ledger-documents.ts): the timeline document carries each
 * event's statuses, so the browser never runs these rules.
 */
import type { TimelineEventBody } from './api-contract.ts'
import type { EventStatus } from './ledger-contract.ts'

/** Each status with the sources that support it; more than one means the articles disagree. */
export type StatusClaim = { status: EventStatus; sources: string[] }

/**
 * The events that answer each event (their `respondsTo` names it), in timeline order, found in one
 * pass: the badges, the rumor ledger and the "Answers" links all read the same relation.
 */
export function answersIndex(
  events: readonly TimelineEventBody[],
): ReadonlyMap<string, readonly TimelineEventBody[]> {
  const index = new Map<string, TimelineEventBody[]>()
  for (const event of events) {
    for (const slug of new Set(event.respondsTo ?? [])) {
      const answers = index.get(slug)
      if (answers) answers.push(event)
      else index.set(slug, [event])
    }
  }
  return index
}

export function eventStatus(
  event: TimelineEventBody,
  events: readonly TimelineEventBody[],
  answers = answersIndex(events),
): StatusClaim[] {
  if (event.kind === 'release') return [{ status: 'released', sources: event.sources }]
  if (event.stance) return event.stance.map(({ value, sources }) => ({ status: value, sources }))
  const stances = (answers.get(event.slug) ?? []).flatMap((answer) => answer.stance ?? [])
  if (stances.length === 0) return [{ status: 'unanswered', sources: [] }]
  return stances.map(({ value, sources }) => ({ status: value, sources }))
}
