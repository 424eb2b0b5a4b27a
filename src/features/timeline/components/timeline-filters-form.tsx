import { useId } from 'react'
import type { EventStatus } from '@/content/ledger-contract'
import type { TimelineKind } from '@/content/timeline-schemas'
import { eventStatusLabels, timelineKindLabels } from '@/content/labels'
import type { FilterName, TimelineFilterControls } from '../use-timeline-filters'

/** One labelled drop-down of the form; a filter's "any" option has the empty value. */
function FilterSelect({
  id,
  label,
  value,
  onChange,
  options,
}: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  options: readonly { value: string; label: string }[]
}) {
  return (
    <div className="filter-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/**
 * The filters in force, each a button that removes it: shown while the form is folded away, so a
 * reader on a phone sees what narrows the list without opening it.
 */
export function ActiveFilterChips({
  controls: { filters, update },
}: {
  controls: TimelineFilterControls
}) {
  const chips: [FilterName, string, string | null][] = [
    ['q', 'Search', filters.text && `“${filters.text}”`],
    ['kind', 'Kind', filters.kind && timelineKindLabels[filters.kind]],
    ['status', 'Status', filters.status && eventStatusLabels[filters.status]],
    ['year', 'Year', filters.year],
  ]
  return (
    <ul className="filter-chips" aria-label="Filters in force">
      {chips.map(([name, label, value]) =>
        value ? (
          <li key={name}>
            <button
              type="button"
              className="filter-chip"
              aria-label={`Remove filter ${label}: ${value}`}
              onClick={() => update(name, '')}
            >
              {label}: {value} <span aria-hidden="true">×</span>
            </button>
          </li>
        ) : null,
      )}
    </ul>
  )
}

/**
 * The filters above the timeline: text, kind, status, year and order, folded behind a "Filter"
 * button on a phone (a <details>; timeline.css shows them open on wider screens). It only shows and
 * reports; `useTimelineFilters` keeps them in the address. Each list of options holds only the
 * values the events have, so no choice can empty the list on its own.
 */
export function TimelineFiltersForm({
  controls: { filters, searchInput, update, typeText },
  kinds,
  statuses,
  years,
}: {
  controls: TimelineFilterControls
  kinds: readonly TimelineKind[]
  statuses: readonly EventStatus[]
  years: readonly string[]
}) {
  const formId = useId()
  return (
    <details className="timeline-filter-fold">
      <summary className="fold-button timeline-filter-button">Filter</summary>
      <form
        className="timeline-filters"
        aria-label="Filter the timeline"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="filter-field filter-text">
          <label htmlFor={`${formId}-q`}>Search</label>
          <input
            id={`${formId}-q`}
            type="search"
            ref={searchInput}
            defaultValue={filters.text}
            placeholder="Outlet, person or claim"
            onChange={(event) => typeText(event.target.value)}
          />
        </div>
        <FilterSelect
          id={`${formId}-kind`}
          label="Kind"
          value={filters.kind ?? ''}
          onChange={(value) => update('kind', value)}
          options={[
            { value: '', label: 'All kinds' },
            ...kinds.map((kind) => ({ value: kind, label: timelineKindLabels[kind] })),
          ]}
        />
        <FilterSelect
          id={`${formId}-status`}
          label="Status"
          value={filters.status ?? ''}
          onChange={(value) => update('status', value)}
          options={[
            { value: '', label: 'Any status' },
            ...statuses.map((status) => ({ value: status, label: eventStatusLabels[status] })),
          ]}
        />
        <FilterSelect
          id={`${formId}-year`}
          label="Year"
          value={filters.year ?? ''}
          onChange={(value) => update('year', value)}
          options={[
            { value: '', label: 'All years' },
            ...years.map((year) => ({ value: year, label: year })),
          ]}
        />
        <FilterSelect
          id={`${formId}-order`}
          label="Order"
          value={filters.order}
          // Oldest first is the default, so it leaves the address.
          onChange={(value) => update('order', value === 'newest' ? 'newest' : '')}
          options={[
            { value: 'oldest', label: 'Oldest first' },
            { value: 'newest', label: 'Newest first' },
          ]}
        />
      </form>
    </details>
  )
}
