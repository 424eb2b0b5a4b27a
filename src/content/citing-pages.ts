/**
 * Every page that cites articles, with its address and the articles it cites: the sources' "Cited
 * by" lists. Addresses are built here, at build time, because an event's depends on which timeline
 * page holds it.
 */
import type { CitingPage, LedgerEventBody } from './api-contract.ts'
import { citedSourceIds } from './citations.ts'
import type { Content } from './collections.ts'
import { paths } from '../config/paths.ts'

export function citingPages(
  content: Content,
  events: readonly LedgerEventBody[],
): { page: CitingPage; cites: Set<string> }[] {
  const [series] = content.series
  const [origin] = content.origins
  if (!series || !origin) throw new Error('content needs one series and one origin')
  const eventPages = new Map(events.map((event) => [event.slug, event.page]))
  const eventPath = (slug: string) => {
    const page = eventPages.get(slug)
    if (!page) throw new Error(`${slug} is on no timeline page`)
    return paths.timelineEvent(page, slug)
  }
  const citing = (page: CitingPage, cited: unknown) => ({ page, cites: citedSourceIds(cited) })
  return [
    citing(
      { kind: 'series', slug: series.slug, title: series.title.value, path: paths.home() },
      series,
    ),
    citing(
      { kind: 'origin', slug: origin.slug, title: origin.title.value, path: paths.origin() },
      origin,
    ),
    ...content.characters.map((character) =>
      citing(
        {
          kind: 'character',
          slug: character.slug,
          title: character.name.value,
          path: paths.character(character.slug),
        },
        character,
      ),
    ),
    ...content.people.map((person) =>
      citing(
        {
          kind: 'person',
          slug: person.slug,
          title: person.name.value,
          path: paths.person(person.slug),
        },
        person,
      ),
    ),
    // The event as written: the ledger's derived statuses cite the answers' articles too.
    ...content.timeline.map((event) =>
      citing(
        {
          kind: 'timeline-event',
          slug: event.slug,
          title: event.title,
          path: eventPath(event.slug),
        },
        event,
      ),
    ),
  ]
}
