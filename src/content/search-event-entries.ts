/** The timeline's search entries: one per event, with the texts its place on the timeline shows. */
import type { Content } from './collections.ts'
import { timelineKindLabels } from './labels.ts'
import type { SearchEntry } from './search-contract.ts'
import { notesOf, outletNamesOf, plain } from './search-entry-parts.ts'
import { paths } from '../config/paths.ts'

export function eventEntries(content: Content): SearchEntry[] {
  const outlets = new Map(content.outlets.map((outlet) => [outlet.slug, outlet]))
  const personNames = new Map(content.people.map((person) => [person.slug, person.name.value]))
  return content.timeline.map((event): SearchEntry => {
    const outlet = event.outlet ? outlets.get(event.outlet.value) : undefined
    return {
      type: 'timeline-event',
      slug: event.slug,
      path: paths.timelineEvent(event.slug),
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
    }
  })
}
