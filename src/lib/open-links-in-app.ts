/**
 * One click handler for a list of plain links, in place of a router `Link` on each: a list that
 * re-renders as a reader types builds its rows fastest with plain anchors (each `Link` runs a dozen
 * hooks; ten of them cost a keystroke at 100x content about 3 ms, decision 032). A plain click on a
 * link inside opens its page in the app, as `Link` does; a click with a modifier key or another
 * button is the browser's (a new tab, a download, the context menu). The links have no target.
 */
import type { MouseEvent } from 'react'
import type { NavigateFunction } from 'react-router'

export const openLinksInApp = (navigate: NavigateFunction) => (event: MouseEvent) => {
  const link = (event.target as Element).closest('a')
  const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey
  if (link && !event.defaultPrevented && !event.button && !modified) {
    event.preventDefault()
    void navigate(link.getAttribute('href') ?? '')
  }
}
