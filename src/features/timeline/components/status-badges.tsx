import type { ReactNode } from 'react'
import { AttestedValue, type Citations } from '@/components/attested-value'
import './status-badges.css'

/**
 * A status as badges: one, or each description with its sources when the articles describe it
 * differently. Both the events' statuses and the ledger's claim statuses are shown with it.
 */
export function StatusBadges<Status extends string>({
  claims,
  labels,
  children,
  citations = 'every value',
}: {
  claims: readonly { status: Status; sources: readonly string[] }[]
  labels: Record<Status, string>
  /** Further badges after the status, such as the ledger's "stale" mark. */
  children?: ReactNode
  /** As AttestedValue's: `disputes once` in a summary whose entries link to their cited page. */
  citations?: Citations
}) {
  const badge = (status: Status) => (
    <span className={`status-badge status-${status}`}>{labels[status]}</span>
  )
  const [only] = claims
  return (
    <span className="status-badges">
      {only && claims.length === 1 ? (
        // Undisputed, a status is a plain badge: it is read off the events shown with it, and
        // they carry the citations.
        badge(only.status)
      ) : (
        <AttestedValue
          values={claims.map(({ status, sources }) => ({ value: status, sources: [...sources] }))}
          layout="badges"
          label="Described differently"
          render={badge}
          citations={citations}
        />
      )}
      {children}
    </span>
  )
}
