/**
 * A long list rendered a step at a time. A long timeline (the scale benchmark's 1,300 events) would
 * otherwise render every match on each keystroke of the filter; today's 13 events fit in three
 * steps. The next step loads as the reader nears the end of the list (an IntersectionObserver on
 * the "Show more" button), or when they press that button.
 */
import { type RefObject, useEffect, useRef, useState } from 'react'
import { typingPauseMs } from './timeline-filters'

/**
 * Items rendered at first, and added each time: a screen of a filter's matches, no more. Six fill
 * a laptop's window below the filters (1,280 by 900 px) and a phone's screen or more, and a
 * keystroke that brings in matches never mounted builds at most these: at 100x content, ten of
 * them made "net" the filter's slowest keystroke, 1 to 2 ms slower than six (decision 044).
 */
const listStep = 6

export type IncrementalList<Item> = {
  visible: readonly Item[]
  /** Items not rendered yet. */
  remaining: number
  /** How many the next step adds. */
  nextStep: number
  /** Renders the next step. */
  showMore: () => void
  /** Attach to the "Show more" button: the next step loads before the reader reaches it. */
  showMoreButton: RefObject<HTMLButtonElement | null>
}

/**
 * `resetKey` names what `items` were chosen by (the filters): a new one starts from the first step
 * again. Nothing needs pinning: a link to an event opens the timeline page that holds it, which
 * renders all its events (docs/decisions/020-timeline-pages.md).
 */
export function useIncrementalList<Item>(
  items: readonly Item[],
  resetKey: string,
): IncrementalList<Item> {
  const [listWindow, setListWindow] = useState({ resetKey, limit: listStep })
  const visibleCount = listWindow.resetKey === resetKey ? listWindow.limit : listStep
  // A window grown under other filters starts again from the first step. One that never grew needs
  // no reset: it is the first step whatever it was made for. So typing, a new key on every
  // keystroke, does not render the page twice per key to store the new key.
  if (visibleCount !== listWindow.limit) setListWindow({ resetKey, limit: listStep })
  const visible = items.length > visibleCount ? items.slice(0, visibleCount) : items
  const remaining = items.length - visible.length
  const showMoreButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const button = showMoreButton.current
    if (!button || typeof IntersectionObserver === 'undefined') return
    // Load the next step before the reader reaches the end, so scrolling never hits a wall. Half a
    // screen ahead, not more: a step of matches is about a screen tall (timeline-match.tsx), and
    // a wider margin would load two more steps after every keystroke, each starting from one.
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setListWindow({ resetKey, limit: visibleCount + listStep })
        }
      },
      { rootMargin: '400px 0px' },
    )
    // A first step is watched once it has stood for a moment. While the reader types, each
    // keystroke starts the list again from its first step: on a tall screen the button was near
    // enough at once, so a second step was built after every keystroke (about 10 ms at 100x) and
    // taken down by the next. A reader who scrolls on meets the next steps as before.
    const watch = setTimeout(
      () => observer.observe(button),
      visibleCount === listStep ? typingPauseMs : 0,
    )
    return () => {
      clearTimeout(watch)
      observer.disconnect()
    }
  }, [remaining, visibleCount, resetKey])
  return {
    visible,
    remaining,
    nextStep: Math.min(listStep, remaining),
    showMore: () => setListWindow({ resetKey, limit: visibleCount + listStep }),
    showMoreButton,
  }
}
