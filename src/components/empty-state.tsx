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
