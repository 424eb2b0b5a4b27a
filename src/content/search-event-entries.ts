/**
 * The timeline's search entries: one per event, with the texts its place on the timeline page
 * shows, and the statuses and topics the rumor ledger derived for it, so that "denied" or
 * "renewal" finds the events the ledger files under those words.
 */
import type { LedgerEventBody } from './api-contract.ts'
import type { Content } from './collections.ts'
import { timelineKindLabels } from './labels.ts'
import type { SearchEntry, SearchStatus } from './search-contract.ts'
import { notesOf, outletNamesOf, plain } from './search-entry-parts.ts'
import type { ClaimTopic } from './timeline-schemas.ts'
import { paths } from '../config/paths.ts'

/** The event's own badges and its claims' statuses in the ledger, each once. */
function statusesOf(event: LedgerEventBody): SearchStatus[] {
  const statuses = new Set<SearchStatus>(event.statuses.map(({ status }) => status))
  for (const claim of event.claims) {
    for (const { status } of claim.ledger.statuses) statuses.add(status)
  }
  return [...statuses]
}

/**
 * Its claims' topics, each once. A stance is Netflix's position on renewing the show, so an
 * official statement or a status note is about the renewal even when it makes no claim.
 */
function topicsOf(event: LedgerEventBody): ClaimTopic[] {
  const topics = new Set<ClaimTopic>(event.claims.map((claim) => claim.topic))
  if (event.stance) topics.add('renewal')
  return [...topics]
}

/** Entries for the events as the timeline document serves them, the ledger's results included. */
export function eventEntries(events: readonly LedgerEventBody[], content: Content): SearchEntry[] {
  const outlets = new Map(content.outlets.map((outlet) => [outlet.slug, outlet]))
  const personNames = new Map(content.people.map((person) => [person.slug, person.name.value]))
  return events.map((event): SearchEntry => {
    const outlet = event.outlet ? outlets.get(event.outlet.value) : undefined
    return {
      type: 'timeline-event',
      slug: event.slug,
      path: paths.timelineEvent(event.page, event.slug),
      title: event.title,
      subtitle: timelineKindLabels[event.kind],
      date: event.date,
      names: outlet ? outletNamesOf(outlet) : [],
      texts: plain(
        event.title,
        event.dateNote,
        event.summary.value,
        event.venue?.value,
        ...event.claims.flatMap((claim) => [claim.text, claim.note]),
        ...event.quotes.map((quote) => `${quote.speaker}: ${quote.text}`),
        ...notesOf(event.summary, event.venue, event.outlet, ...(event.stance ?? [])),
        ...event.people.map((slug) => personNames.get(slug)),
      ),
      statuses: statusesOf(event),
      topics: topicsOf(event),
    }
  })
}
