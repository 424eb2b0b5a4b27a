/**
 * One result in the search box's listbox: the entry's title, what it is, and why it matched: the
 * other name it goes by, the status or topic the rumor ledger gave it, or an excerpt of the text
 * with the matched words marked.
 */
import { Fragment } from 'react'
import type { SearchEntryType, SearchName } from '@/content/search-contract'
import { formatPartialDate } from '@/lib/format-date'
import type { SearchHit } from '../search-engine'

const typeLabels: Record<SearchEntryType, string> = {
  series: 'Series',
  character: 'Character',
  person: 'Person',
  'timeline-event': 'Timeline event',
  source: 'Source',
  origin: 'Origin',
}

const matchedNameLabels: Record<SearchName['kind'], string> = {
  name: 'name',
  'alternative-title': 'also called',
  romanization: 'also written',
  spelling: 'also written',
  'short-form': 'also called',
  'real-name': 'real name',
  'pen-name': 'pen name',
  outlet: 'outlet',
  author: 'author',
}

const facetLabels = { status: 'Status', topic: 'Topic' } as const

function describeHit(hit: SearchHit): string {
  const { entry } = hit
  return [typeLabels[entry.type], entry.subtitle, entry.date && formatPartialDate(entry.date)]
    .filter((part) => part !== undefined && part !== '')
    .join(' · ')
}

function MatchReason({ hit }: { hit: SearchHit }) {
  if (hit.matchedName) {
    return (
      <span className="search-option-note">
        {matchedNameLabels[hit.matchedName.kind]} {hit.matchedName.value}
      </span>
    )
  }
  if (hit.facet) {
    // Mid-line, as in "Status: denied", the label reads in lower case.
    return (
      <span className="search-option-note">
        {facetLabels[hit.facet.kind]}: {hit.facet.label.toLowerCase()}
      </span>
    )
  }
  if (!hit.snippet) return null
  return (
    <span className="search-option-note">
      {hit.snippet.map((part, position) =>
        part.matched ? (
          <mark key={position}>{part.text}</mark>
        ) : (
          <Fragment key={position}>{part.text}</Fragment>
        ),
      )}
    </span>
  )
}

export function SearchOption({
  id,
  hit,
  selected,
  onOpen,
}: {
  id: string
  hit: SearchHit
  selected: boolean
  onOpen: (hit: SearchHit) => void
}) {
  return (
    <div
      id={id}
      role="option"
      aria-selected={selected}
      className="search-option"
      // Keeps focus in the input, so the click is not lost to a blur that closes.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onOpen(hit)}
    >
      <span className="search-option-title">{hit.entry.title}</span>
      <span className="search-option-meta">{describeHit(hit)}</span>
      <MatchReason hit={hit} />
    </div>
  )
}
