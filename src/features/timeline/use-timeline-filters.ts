/**
 * The timeline's filters: read from the address, so a filtered view can be shared as a link, and
 * written back to it as the reader changes them. The search box is uncontrolled and answers from
 * local state at once; the address follows once typing pauses, because updating it costs a
 * history update and a render of every link on the page, which no keystroke should wait for.
 */
import { type RefObject, use, useCallback, useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { UNSAFE_DataRouterContext, useLocation, useSearchParams } from 'react-router'
import { markInput } from '@/lib/interaction-timing'
import { whenIdle } from '@/lib/when-idle'
import { useHydrated } from '@/lib/use-hydrated'
import { type TimelineFilters, readFilters, typingPauseMs } from './timeline-filters'

const noSearchParams = new URLSearchParams()

/** Names of the filters in the address (`q` is the text). */
export type FilterName = 'q' | 'kind' | 'status' | 'year' | 'order'

export type TimelineFilterControls = {
  /** What the list shows: the address's filters, with the text as typed. */
  filters: TimelineFilters
  /** Whether the list shows matches: a filter is set, or a rehearsal shows a letter's view. */
  isFiltered: boolean
  /** The uncontrolled search box, kept in step with the address. */
  searchInput: RefObject<HTMLInputElement | null>
  /** The address's text, the search box's value when it starts (it changes once typing pauses). */
  textInAddress: string
  /**
   * Writes one filter to the address; an empty value removes it. The same function until the
   * address changes, as `typeText` always is: the form does not re-render on a keystroke.
   */
  update: (name: FilterName, value: string) => void
  /** The search box's change handler. */
  typeText: (text: string) => void
  /** Removes every filter but the order. */
  clear: () => void
  /**
   * Whether the reader has set a filter: what the count tells them. It differs from `isFiltered`
   * only while the filtered view is rehearsed, which no reader is told about.
   */
  filteredByReader: boolean
}

/** What a rehearsal filters by: a letter, as a reader's first. */
const rehearsalText = 'a'

/** `statuses` are the ones the events have: a status filter naming any other is ignored. */
export function useTimelineFilters(statuses: readonly string[]): TimelineFilterControls {
  const [addressParams, setSearchParams] = useSearchParams()
  // The prerendered timeline is unfiltered: the address's filters apply from the render after
  // hydration, so hydration finds the markup it expects.
  const searchParams = useHydrated() ? addressParams : noSearchParams
  // The search box is uncontrolled: typing must never wait for the URL to catch up.
  const searchInput = useRef<HTMLInputElement>(null)
  // Typed text answers from this state at once; the address follows (see below), because
  // changing it re-renders every link on the page (hundreds on a long timeline).
  const [typedText, setTypedText] = useState<string | null>(null)
  // Typed text belongs to the page it was typed on: a link followed before the address took it
  // (a match, the moment it shows) opens its page as its address says, unfiltered. That may be
  // this page, at an entry: the filters' own writes to the address drop the hash, a link to an
  // entry sets one.
  const { pathname, hash } = useLocation()
  const place = pathname + hash
  const [typedOn, setTypedOn] = useState(place)
  if (typedOn !== place) {
    setTypedOn(place)
    // Kept only when the address went from an entry of this page to the page itself.
    if (hash || !typedOn.startsWith(`${pathname}#`)) setTypedText(null)
  }
  const filtersInAddress = readFilters(searchParams, statuses)
  // Once the address has caught up with what was typed, it leads again (a link may change it).
  if (typedText !== null && typedText === filtersInAddress.text) setTypedText(null)
  const readerText = typedText ?? filtersInAddress.text
  const filteredByReader =
    filtersInAddress.kind !== null ||
    filtersInAddress.status !== null ||
    filtersInAddress.year !== null ||
    readerText !== ''
  // A rehearsal shows a letter's view in place of the unfiltered one only: over a reader's filters
  // it changes nothing (a list grown with "Show more" would start again from its first step).
  const [rehearsal, setRehearsal] = useState(false)
  const rehearsing = rehearsal && !filteredByReader
  const filters = { ...filtersInAddress, text: rehearsing ? rehearsalText : readerText }

  const update = useCallback(
    (name: FilterName, value: string) => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current)
          if (value === '') next.delete(name)
          else next.set(name, value)
          return next
        },
        { replace: true, preventScrollReset: true },
      )
    },
    [setSearchParams],
  )
  const typeText = useCallback((text: string) => {
    markInput('timeline-filter')
    setTypedText(text)
  }, [])

  // Run cold, the first letter took 2.8 to 3.6 ms from input to commit at 100x, rehearsed 1.6 or
  // 1.7: it ran code the page had not run (decision 041). Rehearsed when the reader first reaches
  // for the box, not on every visit: only a reader who filters pays. Nothing is painted between
  // the two renders, which take about 5 to 6 ms on this machine and 17.5 to 19 at a phone's speed.
  useEffect(() => {
    const input = searchInput.current
    if (!input) return
    // Without idle callbacks (Safari) the first letter runs the code first, as before.
    let cancel: () => void = () => undefined
    const prepareForTyping = () => {
      cancel = whenIdle(() => {
        flushSync(() => setRehearsal(true))
        flushSync(() => setRehearsal(false))
      })
    }
    input.addEventListener('focus', prepareForTyping, { once: true })
    return () => {
      input.removeEventListener('focus', prepareForTyping)
      cancel()
    }
  }, [])

  // The text box is uncontrolled (typing never waits for the address), so it is kept in step here:
  // on a prerendered page it takes what was typed before the app started; later, it follows the
  // address when a link or Back changes it.
  const isFirstTextSync = useRef(true)
  const textInAddress = filtersInAddress.text
  useEffect(() => {
    const input = searchInput.current
    if (!input) return
    const typedBeforeStart = isFirstTextSync.current && input.value !== textInAddress
    isFirstTextSync.current = false
    // What was typed before the app started reaches the address as typing does, below.
    if (typedBeforeStart) setTypedText(input.value)
    else if (typedText === null && input.value !== textInAddress) {
      input.value = textInAddress
    }
  }, [textInAddress, typedText])

  // The address takes the typed text once typing pauses, not on each keystroke: writing it
  // (the router's navigation and history.replaceState) took 9 of the first keystroke's 16 ms in a
  // profile at 100x content, and each write renders every link on the page again. A new
  // keystroke, "Clear filters" or leaving the page cancels the write still waiting; a filter
  // chosen meanwhile restarts it, since `update` starts from the address it was made with.
  // Leaving is seen late, though: a link followed as typing pauses moves the router at once, but
  // React cleans up this page's effects only once it has rendered the next page, and a write in
  // between lands the text there (or, while the next page loads, cancels the link). So the write
  // first asks the router whether the reader is still on this page, with nothing loading. React
  // Router has no public way to read its state outside a render (decision 021).
  const dataRouter = use(UNSAFE_DataRouterContext)?.router
  useEffect(() => {
    if (typedText === null) return
    const write = setTimeout(() => {
      const now = dataRouter?.state
      if (
        now?.navigation.state === 'idle' &&
        now.location.pathname + now.location.hash === typedOn
      ) {
        update('q', typedText)
      }
    }, typingPauseMs)
    return () => clearTimeout(write)
    // The address it starts from is in `update`, which changes with it.
  }, [typedText, typedOn, dataRouter, update])

  return {
    filters,
    isFiltered: rehearsing || filteredByReader,
    searchInput,
    textInAddress,
    update,
    typeText,
    clear() {
      if (searchInput.current) searchInput.current.value = ''
      setTypedText(null)
      setSearchParams(filters.order === 'newest' ? { order: 'newest' } : {}, {
        replace: true,
        preventScrollReset: true,
      })
    },
    filteredByReader,
  }
}
