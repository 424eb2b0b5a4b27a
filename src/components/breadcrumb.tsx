import { Link } from 'react-router'
import { paths } from '@/config/paths'
import './breadcrumb.css'

/**
 * Where a page sits: Home, its section, the page itself. Every detail page shows one above its
 * heading, so a reader who arrived from search or a shared link has a way back to the section.
 */
export function Breadcrumb({
  section,
  current,
}: {
  /** The section's front page, an address from `paths`. */
  section?: { label: string; path: string }
  /** This page's name. */
  current: string
}) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <ol>
        <li>
          <Link to={paths.home()}>Home</Link>
        </li>
        {section ? (
          <li>
            <Link to={section.path}>{section.label}</Link>
          </li>
        ) : null}
        <li>
          <span aria-current="page">{current}</span>
        </li>
      </ol>
    </nav>
  )
}
