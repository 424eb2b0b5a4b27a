import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { paths } from '@/config/paths'
import './empty-state.css'

/** What a page says when the wiki has nothing for it yet: never a blank area. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-state-title">{title}</p>
      {children ? <p>{children}</p> : null}
      <p>
        Contributors add content as JSON files; see CONTRIBUTING.md.{' '}
        <Link to={paths.sources()}>The articles we cite</Link>
      </p>
    </div>
  )
}

/**
 * A list page's empty state: in place of its list while `list` is empty, and nothing once the list
 * has an entry.
 */
export function EmptyListState({
  list,
  title,
  children,
}: {
  list: readonly unknown[]
  title: string
  children?: ReactNode
}) {
  return list.length === 0 ? <EmptyState title={title}>{children}</EmptyState> : null
}
