import { memo, useId } from 'react'
import type { EventStatus } from '@/content/ledger-contract'
import type { TimelineKind } from '@/content/timeline-schemas'
import { eventStatusLabels, timelineKindLabels } from '@/content/labels'
import type { TimelineFilters } from '../timeline-filters'
import type { FilterName, TimelineFilterControls } from '../use-timeline-filters'

/**
 * A drop-down of the form: the filter it sets, its label, its value and its options, each a value
 * and a label. The first option has the empty value, which leaves the filter out of the address.
 */
type FilterSelect = [FilterName, string, string | null, [string, string][]]

/** An option for each value, labelled from `labels`. */
const labelled =
  <Value extends string>(labels: Record<Value, string>) =>
  (value: Value): [string, string] => [value, labels[value]]

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
 * values the events have, so no choice can empty the list on its own. Memoized, and given the
 * address's text rather than the typed one: a keystroke changes the box itself, and re-rendering
 * the form for it wrote the box's value attribute and every drop-down's options again.
 */
export const TimelineFiltersForm = memo(function TimelineFiltersForm({
  kind,
  status,
  year,
  order,
  textInAddress,
  searchInput,
  update,
  typeText,
  kinds,
  statuses,
  years,
}: Omit<TimelineFilters, 'text'> &
  Pick<TimelineFilterControls, 'textInAddress' | 'searchInput' | 'update' | 'typeText'> & {
    kinds: readonly TimelineKind[]
    statuses: readonly EventStatus[]
    years: readonly string[]
  }) {
  const formId = useId()
  const selects: FilterSelect[] = [
    ['kind', 'Kind', kind, [['', 'All kinds'], ...kinds.map(labelled(timelineKindLabels))]],
    [
      'status',
      'Status',
      status,
      [['', 'Any status'], ...statuses.map(labelled(eventStatusLabels))],
    ],
    [
      'year',
      'Year',
      year,
      [['', 'All years'], ...years.map((value): [string, string] => [value, value])],
    ],
    // Oldest first is the default, so it leaves the address.
    [
      'order',
      'Order',
      order === 'newest' ? 'newest' : '',
      [
        ['', 'Oldest first'],
        ['newest', 'Newest first'],
      ],
    ],
  ]
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
            defaultValue={textInAddress}
            placeholder="Outlet, person or claim"
            onChange={(event) => typeText(event.target.value)}
          />
        </div>
        {selects.map(([name, label, value, options]) => (
          <div key={name} className="filter-field">
            <label htmlFor={`${formId}-${name}`}>{label}</label>
            <select
              id={`${formId}-${name}`}
              value={value ?? ''}
              onChange={(event) => update(name, event.target.value)}
            >
              {options.map(([optionValue, optionLabel]) => (
                <option key={optionValue} value={optionValue}>
                  {optionLabel}
                </option>
              ))}
            </select>
          </div>
        ))}
      </form>
    </details>
  )
})
