/**
 * Each outlet's track record, in the spirit of AppleTrack's rumor scores but without a score: the
 * claims the outlet reported and where the rumor ledger puts each now. It reads the statuses the
 * ledger already derived (src/content/ledger-documents.ts), so an outlet's page and the timeline
 * always agree. Runs at build time.
 */
import type { LedgerEventBody, OutletBody } from './api-contract.ts'
import type { LedgerStatus } from './ledger-contract.ts'
import type { OutletClaim, TrackCounts, TrackStatus, TrackSummary } from './outlet-contract.ts'

const trackStatusOf: Record<LedgerStatus, TrackStatus> = {
  confirmed: 'confirmed',
  denied: 'denied',
  'under-review': 'under-review',
  'in-talks': 'in-talks',
  superseded: 'superseded',
  reported: 'open',
}

export type OutletRecord = {
  outlet: OutletBody
  claims: OutletClaim[]
  counts: TrackCounts
  describedTwoWays: number
}

function emptyCounts(): TrackCounts {
  return { confirmed: 0, denied: 0, 'under-review': 0, 'in-talks': 0, superseded: 0, open: 0 }
}

function claimsReportedBy(outlet: string, events: readonly LedgerEventBody[]): OutletClaim[] {
  return events
    .filter((event) => event.outlet?.value === outlet)
    .sort((a, b) => b.date.value.localeCompare(a.date.value))
    .flatMap((event) =>
      event.claims.map((claim) => ({
        event: { slug: event.slug, title: event.title, date: event.date, page: event.page },
        claim: {
          id: claim.id,
          text: claim.text,
          sources: claim.sources,
          ...(claim.evidence ? { evidence: claim.evidence } : {}),
        },
        statuses: claim.ledger.statuses.map(({ status, sources }) => ({
          status: trackStatusOf[status],
          sources,
        })),
        staleSince: claim.ledger.staleSince,
      })),
    )
}

/**
 * A claim's descriptions, each once: two for a claim whose answer the articles describe two ways.
 * The counts go by it, and so does the number of claims described two ways.
 */
function descriptionsOf(claim: Pick<OutletClaim, 'statuses'>): ReadonlySet<TrackStatus> {
  return new Set(claim.statuses.map((entry) => entry.status))
}

function countStatuses(claims: readonly OutletClaim[]): TrackCounts {
  const counts = emptyCounts()
  for (const claim of claims) {
    // A claim whose answer the articles describe two ways counts once under each description.
    for (const status of descriptionsOf(claim)) counts[status] += 1
  }
  return counts
}

/** Every outlet's record, newest claims first, in the outlets' own order. */
export function outletRecords(
  outlets: readonly OutletBody[],
  events: readonly LedgerEventBody[],
): OutletRecord[] {
  return outlets.map((outlet) => {
    const claims = claimsReportedBy(outlet.slug, events)
    return {
      outlet,
      claims,
      counts: countStatuses(claims),
      describedTwoWays: claims.filter((claim) => descriptionsOf(claim).size > 1).length,
    }
  })
}

/** One row of the sources page's track-record table. */
export function trackSummary({ outlet, claims, counts }: OutletRecord): TrackSummary {
  return { slug: outlet.slug, name: outlet.name.value, claims: claims.length, counts }
}
