import type { TimelineResponse } from '@/content/api-contract'
import { timelineAnchors } from '@/config/paths'
import { searchableEvents } from './timeline-filters'

/**
 * The lookups and filter options the page needs, once per response rather than per keystroke. The
 * statuses themselves come derived in the document (src/content/ledger-documents.ts).
 */
export function deriveTimeline(data: TimelineResponse) {
  const events = data.events
  const statuses = [
    ...new Set(events.flatMap((event) => event.statuses.map(({ status }) => status))),
  ]
  // Each entry and match finds its outlet here. Scanning the list instead reads all of it for every
  // event that names no outlet: 600 outlets at 100x, about 1.3 ms for a page's 50 entries.
  const outletsBySlug = new Map(data.outlets.map((outlet) => [outlet.slug, outlet]))
  const outletNames = new Map(
    data.outlets.map((outlet) => [
      outlet.slug,
      [outlet.name.value, ...outlet.nameVariants.map((variant) => variant.value)],
    ]),
  )
  const searchable = searchableEvents(events, outletNames)
  const people = new Map(data.people.map((person) => [person.slug, person.name]))
  const eventsBySlug = new Map(events.map((event) => [event.slug, event]))
  // A claim's disagreements name the other claims by event and id: found here by their anchor.
  const claims = new Map(
    events.flatMap((event) =>
      event.claims.map((claim) => [timelineAnchors.claim(event.slug, claim.id), { event, claim }]),
    ),
  )
  const years = [...new Set(events.map((event) => event.date.value.slice(0, 4)))].sort()
  const kinds = [...new Set(events.map((event) => event.kind))]
  return {
    statuses,
    searchable,
    outletsBySlug,
    people,
    eventsBySlug,
    claims,
    years,
    kinds,
  }
}

/** What `deriveTimeline` finds in a response. */
export type TimelineLookups = ReturnType<typeof deriveTimeline>
