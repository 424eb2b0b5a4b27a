import { type KeyboardEvent, type MouseEvent, Suspense, useRef } from 'react'
import { Link, NavLink } from 'react-router'
import { SpoilerSettingsControl } from '@/components/spoiler-settings-control'
import { paths } from '@/config/paths'
import { lazyComponent } from '../lazy-component'
import { sectionLinks } from '../route-table'
import './site-header.css'
// The box's own stylesheet, here as well: the prerendered header is drawn with it from the first
// paint, while the box's code loads later (below).
import '@/features/search/search.css'

// The search box is the header's largest part, and on a prerendered page it already works as an
// input: what a reader types before its code is in is picked up when it hydrates.
const SearchBox = lazyComponent(() =>
  import('@/features/search/components/search-box').then((box) => box.SearchBox),
)

/**
 * Loads the header's own chunks, for a render that cannot wait for them: the prerender, a page the
 * app renders from nothing, the unit tests.
 */
export async function loadSiteHeader(): Promise<void> {
  await SearchBox.load()
}

/**
 * The header: one bar on every width. On a phone the section links fold into a <details> menu, so
 * the menu opens without JavaScript too; from 64rem the CSS shows them inline and hides the "Menu"
 * button (site-header.css). The theme choice sits in the footer: the bar has no room left for it. The handlers only add what <details> lacks:
 * Escape closes it, and following a link closes it (the app changes page without a reload).
 */
export function SiteHeader() {
  const menu = useRef<HTMLDetailsElement>(null)
  const summary = useRef<HTMLElement>(null)

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !menu.current?.open) return
    menu.current.open = false
    summary.current?.focus()
  }

  function closeOnLink(event: MouseEvent) {
    if (event.target instanceof Element && event.target.closest('a') && menu.current) {
      menu.current.open = false
    }
  }

  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link to={paths.home()} className="site-name">
          The Trauma Code wiki
        </Link>
        <details ref={menu} className="site-menu" onKeyDown={closeOnEscape} onClick={closeOnLink}>
          <summary ref={summary} className="fold-button site-menu-button">
            Menu
          </summary>
          <nav aria-label="Sections" className="site-menu-panel">
            <ul className="site-nav">
              {sectionLinks.map((section) => (
                <li key={section.path}>
                  <NavLink to={section.path} end={section.path === paths.home()}>
                    {section.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </details>
        <div className="site-tools">
          <Suspense fallback={<div className="search-box" />}>
            <SearchBox />
          </Suspense>
          <SpoilerSettingsControl />
        </div>
      </div>
    </header>
  )
}
