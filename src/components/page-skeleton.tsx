import './page-skeleton.css'

/** Placeholder blocks shaped like a list page, so the layout does not jump when data arrives. */
export function PageSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <div className="skeleton" aria-busy="true" aria-live="polite">
      <span className="visually-hidden">Loading…</span>
      <div className="skeleton-line skeleton-title" />
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="skeleton-line" />
      ))}
    </div>
  )
}
