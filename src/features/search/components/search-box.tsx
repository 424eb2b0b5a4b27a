/**
 * The site-wide search box in the header: a WAI-ARIA combobox with a grouped listbox popup.
 * The index and the engine (MiniSearch) load on first focus or "/", never with the page.
 */
import { useQuery } from '@tanstack/react-query'
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import type { SearchEntryType } from '@/content/search-contract'
import { markInput, useMeasureCommit } from '@/lib/interaction-timing'
import { revealsAnything, useSpoilerSettings } from '@/lib/spoiler-settings'
import { searchQueries } from '../api/search-queries'
import { useSearchEngine } from '../use-search-engine'
import type { SearchHit } from '../search-engine'
import { resultsShown } from '../results-shown'
import { SearchOption } from './search-option'
import '../search.css'

const groupLabels: Record<SearchEntryType, string> = {
  series: 'Series',
  character: 'Characters',
  person: 'Cast & crew',
  'timeline-event': 'Timeline',
  source: 'Sources',
  origin: 'Origin',
}

/** Keys typed into a field belong to that field, so "/" only jumps to search from elsewhere. */
function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  )
}

export function SearchBox() {
  const baseId = useId()
  const inputId = `${baseId}-input`
  const listboxId = `${baseId}-listbox`
  const optionId = (position: number) => `${baseId}-option-${position}`
  const navigate = useNavigate()
  const inputRef = useRef<HTMLInputElement>(null)
  const [activated, setActivated] = useState(false)
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  const [activeIndex, setActiveIndex] = useState(-1)
  const [settings] = useSpoilerSettings()

  const index = useQuery({ ...searchQueries.index(), enabled: activated })
  const plot = useQuery({
    ...searchQueries.plot(),
    enabled: activated && revealsAnything(settings),
  })
  const engineModule = useQuery({ ...searchQueries.engine(), enabled: activated })
  // Until the plot texts are in, search what is there: never a hidden fact, only a late one.
  const engine = useSearchEngine(engineModule.data, index.data, plot.data, settings)
  const groups = useMemo(
    () =>
      engine && engineModule.data && query.trim() !== ''
        ? engineModule.data.groupHits(engine.search(query, resultsShown), resultsShown)
        : [],
    [engine, engineModule.data, query],
  )
  const options = groups.flatMap((group) => group.hits)
  const failed = index.isError || engineModule.isError
  const status = engine ? 'ready' : failed ? 'error' : 'loading'
  const expanded = open && query.trim() !== ''
  const activeHit = options[activeIndex]
  useMeasureCommit('search', query)
  // The engine works out while idle what the next key will ask (decisions 042 and 043).
  useEffect(() => engine?.prepareNextKey(query), [engine, query])

  // On a prerendered page the box is there before the app: pick up what was typed meanwhile.
  useEffect(() => {
    const input = inputRef.current
    if (!input?.value) return
    setActivated(true)
    setQuery(input.value)
    setOpen(document.activeElement === input)
  }, [])

  useEffect(() => {
    function focusOnSlash(event: globalThis.KeyboardEvent) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return
      if (event.defaultPrevented || isTypingTarget(event.target)) return
      event.preventDefault()
      inputRef.current?.focus()
    }
    document.addEventListener('keydown', focusOnSlash)
    return () => document.removeEventListener('keydown', focusOnSlash)
  }, [])

  function close() {
    setOpen(false)
    setActiveIndex(-1)
  }

  function openHit(hit: SearchHit) {
    close()
    setQuery('')
    // The reader is done searching: give the keyboard back to the page, where "/" searches again.
    inputRef.current?.blur()
    // The layout's ScrollRestoration brings a #target into view once the page has rendered.
    void navigate(hit.entry.path)
  }

  function retry() {
    if (index.isError) void index.refetch()
    if (engineModule.isError) void engineModule.refetch()
    inputRef.current?.focus()
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = options.length
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault()
        if (!expanded) {
          setOpen(true)
          if (query.trim() === '') return
        }
        if (count === 0) return
        const step = event.key === 'ArrowDown' ? 1 : -1
        setActiveIndex((current) =>
          current < 0 ? (step > 0 ? 0 : count - 1) : (current + step + count) % count,
        )
        return
      }
      case 'Enter': {
        const chosen = activeHit ?? options[0]
        if (!expanded || !chosen) return
        event.preventDefault()
        openHit(chosen)
        return
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault()
          close()
        } else if (query !== '') {
          event.preventDefault()
          setQuery('')
        }
        return
    }
  }

  const announcement = !expanded
    ? ''
    : status === 'loading'
      ? 'Loading…'
      : status === 'error'
        ? 'Search could not load.'
        : options.length === 0
          ? 'No results'
          : `${options.length} ${options.length === 1 ? 'result' : 'results'}`

  const groupStarts = groups.map((_, groupIndex) =>
    groups.slice(0, groupIndex).reduce((total, group) => total + group.hits.length, 0),
  )
  return (
    <div
      className="search-box"
      role="search"
      aria-label="Site"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) close()
      }}
    >
      <label htmlFor={inputId} className="visually-hidden">
        Search the wiki
      </label>
      <input
        ref={inputRef}
        id={inputId}
        className="search-input"
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && activeHit ? optionId(activeIndex) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder="Search"
        value={query}
        onFocus={() => {
          setActivated(true)
          setOpen(true)
        }}
        onChange={(event) => {
          markInput('search')
          setQuery(event.target.value)
          setOpen(true)
          setActiveIndex(-1)
        }}
        onKeyDown={onKeyDown}
      />
      <kbd className="search-shortcut" aria-hidden="true">
        /
      </kbd>
      {/* Busy while the index and the engine load (the engine is built in steps, decision 036);
          not there at all until the reader reaches for the box. */}
      <div
        className="search-popup"
        hidden={!expanded}
        aria-busy={activated ? status === 'loading' : undefined}
      >
        {status === 'loading' ? <p className="search-message">Loading…</p> : null}
        {status === 'error' ? (
          <div className="search-message">
            <p>Search could not load.</p>
            <button type="button" onClick={retry}>
              Try again
            </button>
          </div>
        ) : null}
        {status === 'ready' && options.length === 0 ? (
          <p className="search-message">No results for “{query.trim()}”.</p>
        ) : null}
        <div
          role="listbox"
          id={listboxId}
          aria-label="Search results"
          className="search-results"
          hidden={options.length === 0}
        >
          {groups.map((group, groupIndex) => {
            const headingId = `${baseId}-group-${group.type}`
            return (
              <div key={group.type} role="group" aria-labelledby={headingId}>
                <div role="presentation" id={headingId} className="search-group-heading">
                  {groupLabels[group.type]}
                </div>
                {group.hits.map((hit, hitIndex) => {
                  const optionPosition = (groupStarts[groupIndex] ?? 0) + hitIndex
                  return (
                    <SearchOption
                      key={hit.entry.path}
                      id={optionId(optionPosition)}
                      hit={hit}
                      selected={optionPosition === activeIndex}
                      onOpen={openHit}
                    />
                  )
                })}
              </div>
            )
          })}
        </div>
      </div>
      <div className="visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </div>
  )
}
