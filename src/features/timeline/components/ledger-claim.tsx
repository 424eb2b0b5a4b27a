import { AttestedValue } from '@/components/attested-value'
import { Cite } from '@/components/cite'
import type { LedgerClaimBody, LedgerEventBody } from '@/content/api-contract'
import type { Attested } from '@/content/fact-schemas'
import type { ClaimLedger } from '@/content/ledger-contract'
import { formatPartialDate } from '@/lib/format-date'
import { ledgerStatusLabels, timelineKindLabels } from '@/content/labels'
import { StatusBadges } from './status-badges'
import { Link } from 'react-router'
import { paths, timelineAnchors } from '@/config/paths'
import { compareStrings } from '@/lib/compare-strings'

/** A claim with the event that made it. */
export type ClaimInEvent = { event: LedgerEventBody; claim: LedgerClaimBody }

/** One side of a disagreement between claims; `replaces` when it supersedes the claim shown. */
type Side = ClaimInEvent & { replaces: boolean }

/** The mark of claims made before Netflix's latest statement. */
export function StaleMark({ since }: { since: ClaimLedger['staleSince'] }) {
  return since ? (
    <span className="status-badge status-stale">
      Stale: before Netflix’s statement of {formatPartialDate(since)}
    </span>
  ) : null
}

/** A claim's derived status, and when it predates Netflix's latest statement. */
export function LedgerStatusBadges({
  ledger,
}: {
  ledger: Pick<ClaimLedger, 'statuses' | 'staleSince'>
}) {
  return (
    <StatusBadges claims={ledger.statuses} labels={ledgerStatusLabels}>
      <StaleMark since={ledger.staleSince} />
    </StatusBadges>
  )
}

/**
 * One claim in the ledger: what was said, its status, and any claim elsewhere that disagrees. The
 * build names the disagreeing claims by reference; `claims` (keyed by their anchor) finds them.
 */
export function LedgerClaim({
  event,
  claim,
  claims,
}: {
  event: LedgerEventBody
  claim: LedgerClaimBody
  claims: ReadonlyMap<string, ClaimInEvent>
}) {
  const sides = claim.ledger.disagreements.flatMap(({ event: slug, claim: id, replaces }) => {
    const side = claims.get(timelineAnchors.claim(slug, id))
    return side ? [{ ...side, replaces }] : []
  })
  // Every side of the disagreement, this claim among them, in the order they were made.
  const sidesInOrder: Attested<Side> = [{ event, claim, replaces: false }, ...sides]
    .sort((a, b) => compareStrings(a.event.date.value, b.event.date.value))
    .map((side) => ({ value: side, sources: side.claim.sources }))
  return (
    <li id={timelineAnchors.claim(event.slug, claim.id)} className="ledger-claim">
      {/* Staleness goes by the event's date, the same for all its claims: the event shows it once. */}
      <StatusBadges claims={claim.ledger.statuses} labels={ledgerStatusLabels} />{' '}
      <span>
        {claim.text}
        <Cite of={claim} />
        {claim.note ? <span className="fact-note"> ({claim.note})</span> : null}
      </span>
      {sides.length > 0 ? (
        <AttestedValue
          values={sidesInOrder}
          layout="list"
          render={(side) => (
            <>
              <Link to={paths.timelineClaim(side.event.page, side.event.slug, side.claim.id)}>
                {timelineKindLabels[side.event.kind]}, {formatPartialDate(side.event.date)}
              </Link>
              : {side.claim.text}
            </>
          )}
          note={({ value: side }) =>
            side.replaces ? <span className="muted"> (newer: replaces this claim)</span> : null
          }
        />
      ) : null}
    </li>
  )
}
