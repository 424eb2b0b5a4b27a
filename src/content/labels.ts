/**
 * Reader-facing names of enum values, shared by the pages and by the documents built here (the
 * search index), so both say the same thing.
 */
import type { EventStatus, LedgerStatus } from './ledger-contract.ts'
import type { Billing, CrewJob } from './schemas.ts'
import type { ClaimTopic, Stance, TimelineKind } from './timeline-schemas.ts'

export const timelineKindLabels: Record<TimelineKind, string> = {
  release: 'Release',
  interview: 'Interview',
  remark: 'Remark',
  report: 'Press report',
  'official-statement': 'Official statement',
  'status-note': 'Status note',
}

export const crewJobLabels: Record<CrewJob, string> = {
  director: 'Director',
  screenwriter: 'Screenwriter',
  'original-author': 'Original author (web novel and webtoon)',
  'webtoon-collaborator': 'Webtoon co-serialization',
}

/** How an article bills an actor's part. */
export const billingLabels: Record<Billing, string> = {
  'main-cast': 'Main cast',
  supporting: 'Supporting role',
}

/** Netflix's position on a renewal, as the articles describe it. */
export const stanceLabels: Record<Stance, string> = {
  'no-statement': 'No statement',
  'under-review': 'Under review',
  'in-talks': 'In talks',
  denied: 'Denied',
  confirmed: 'Confirmed',
}

/** An event's badge (src/content/event-status.ts). */
export const eventStatusLabels: Record<EventStatus, string> = {
  unanswered: 'No official answer',
  ...stanceLabels,
  released: 'Released',
}

/**
 * A claim's status in the rumor ledger (src/content/rumor-ledger.ts). An answered claim takes the
 * statement's stance with the stance's label, so a claim never reads "Under review" beside a
 * statement that says "In talks".
 */
export const ledgerStatusLabels: Record<LedgerStatus, string> = {
  reported: 'Reported',
  'under-review': stanceLabels['under-review'],
  'in-talks': stanceLabels['in-talks'],
  denied: 'Denied',
  confirmed: 'Confirmed',
  superseded: 'Superseded',
}

export const claimTopicLabels: Record<ClaimTopic, string> = {
  renewal: 'Renewal',
  'production-schedule': 'Production schedule',
  'filming-start': 'Start of filming',
  'episode-count': 'Number of episodes',
  scripts: 'Scripts',
  cast: 'Cast',
  crew: 'Crew',
  story: 'Story',
}
