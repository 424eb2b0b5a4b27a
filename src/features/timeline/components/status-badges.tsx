import type { ReactNode } from 'react'
import { Cite } from '@/components/references'

/**
 * A status as badges: one, or each description with its sources when the articles describe it
 * differently. Both the events' statuses and the ledger's claim statuses are shown with it.
 */
export function StatusBadges<Status extends string>({
  claims,
  labels,
  children,
}: {
  claims: readonly { status: Status; sources: readonly string[] }[]
  labels: Record<Status, string>
  /** Further badges after the status, such as the ledger's "stale" mark. */
  children?: ReactNode
}) {
  const disputed = claims.length > 1
  return (
    <span className="status-badges">
      {disputed ? <span className="disagreement-label">Described differently: </span> : null}
      {claims.map(({ status, sources }) => (
        <span key={status} className={`status-badge status-${status}`}>
          {labels[status]}
          {disputed && sources.length > 0 ? <Cite sources={sources} /> : null}
        </span>
      ))}
      {children}
    </span>
  )
}
