import { Cite } from '@/components/references'
import { formatPartialDate } from '@/lib/format-date'
import { timelineKindLabels } from '@/content/labels'
import { type LedgerEntry, ledgerStatusLabels } from '../rumor-ledger'
import { StatusBadges } from './status-badges'
import { timelineAnchors } from '@/config/paths'

/** A claim's derived status, and when it predates Netflix's latest statement. */
export function LedgerStatusBadges({ entry }: { entry: LedgerEntry }) {
  return (
    <StatusBadges claims={entry.statuses} labels={ledgerStatusLabels}>
      {entry.staleSince ? (
        <span className="status-badge status-stale">
          Stale: before Netflix’s statement of {formatPartialDate(entry.staleSince.date)}
        </span>
      ) : null}
    </StatusBadges>
  )
}

/** One claim in the ledger: what was said, its status, and any claim elsewhere that disagrees. */
export function LedgerClaim({ entry }: { entry: LedgerEntry }) {
  const { claim } = entry
  return (
    <li id={timelineAnchors.claim(entry.event.slug, claim.id)} className="ledger-claim">
      <LedgerStatusBadges entry={entry} />{' '}
      <span>
        {claim.text}
        <Cite sources={claim.sources} />
        {claim.note ? <span className="fact-note"> ({claim.note})</span> : null}
      </span>
      {entry.disagreements.length > 0 ? (
        <div className="disagreement disagreement-block">
          <span className="disagreement-label">Sources disagree:</span>
          <ul className="disagreement-sides">
            {[{ event: entry.event, claim }, ...entry.disagreements]
              .sort((a, b) => a.event.date.value.localeCompare(b.event.date.value))
              .map((side) => (
                <li key={`${side.event.slug}--${side.claim.id}`}>
                  <a href={`#${timelineAnchors.claim(side.event.slug, side.claim.id)}`}>
                    {timelineKindLabels[side.event.kind]}, {formatPartialDate(side.event.date)}
                  </a>
                  : {side.claim.text}
                  <Cite sources={side.claim.sources} />
                  {entry.supersededBy.includes(side) ? (
                    <span className="muted"> (newer: replaces this claim)</span>
                  ) : null}
                </li>
              ))}
          </ul>
        </div>
      ) : null}
    </li>
  )
}
