/**
 * The status badge of a timeline event, derived from the events themselves: a report or interview
 * takes the stance of the official statements that answer it; a statement or note has its own.
 */
import { stanceLabels } from '@/components/stance-labels'
import type { TimelineEventBody } from '@/content/api-contract'
import type { Stance } from '@/content/schemas'

export type EventStatus = Stance | 'unanswered' | 'released'

export const statusLabels: Record<EventStatus, string> = {
  unanswered: 'No official answer',
  ...stanceLabels,
  released: 'Released',
}

/** Each status with the sources that support it; more than one means the articles disagree. */
export type StatusClaim = { status: EventStatus; sources: string[] }

export function responsesTo(
  event: TimelineEventBody,
  events: readonly TimelineEventBody[],
): TimelineEventBody[] {
  return events.filter((other) => other.respondsTo?.includes(event.slug))
}

export function eventStatus(
  event: TimelineEventBody,
  events: readonly TimelineEventBody[],
): StatusClaim[] {
  if (event.kind === 'release') return [{ status: 'released', sources: event.sources }]
  if (event.stance) return event.stance.map(({ value, sources }) => ({ status: value, sources }))
  const answers = responsesTo(event, events).flatMap((answer) => answer.stance ?? [])
  if (answers.length === 0) return [{ status: 'unanswered', sources: [] }]
  return answers.map(({ value, sources }) => ({ status: value, sources }))
}
