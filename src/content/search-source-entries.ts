/**
 * The articles' search entries. An article is "from" an outlet when it names it as its
 * publication, or when it is what a timeline event cites for that outlet's report: so an outlet's
 * name finds the articles too.
 */
import type { Content } from './collections.ts'
import type { SearchEntry } from './search-contract.ts'
import { namesOf, outletNamesOf, plain } from './search-entry-parts.ts'
import type { Outlet } from './schemas.ts'
import { paths } from '../config/paths.ts'

export function sourceEntries(content: Content): SearchEntry[] {
  // Both relations are indexed once; per source they are lookups, however large the content.
  const reportingOutlets = new Map<string, Set<string>>()
  for (const event of content.timeline) {
    if (!event.outlet) continue
    for (const sourceId of event.outlet.sources) {
      const slugs = reportingOutlets.get(sourceId) ?? new Set<string>()
      slugs.add(event.outlet.value)
      reportingOutlets.set(sourceId, slugs)
    }
  }
  const outletsByName = new Map<string, Set<string>>()
  for (const outlet of content.outlets) {
    for (const { value } of namesOf(outlet)) {
      const slugs = outletsByName.get(value.toLowerCase()) ?? new Set<string>()
      slugs.add(outlet.slug)
      outletsByName.set(value.toLowerCase(), slugs)
    }
  }
  const outletsOfSource = (sourceId: string, printedOutlet: string | null): Outlet[] => {
    const named =
      printedOutlet === null ? undefined : outletsByName.get(printedOutlet.toLowerCase())
    const reporting = reportingOutlets.get(sourceId)
    return content.outlets.filter(
      (outlet) => named?.has(outlet.slug) === true || reporting?.has(outlet.slug) === true,
    )
  }

  return content.sources.map((source): SearchEntry => ({
    type: 'source',
    slug: source.id,
    path: paths.source(source.id),
    title: source.label,
    subtitle: source.outlet ?? 'News article',
    ...(source.published ? { date: source.published } : {}),
    names: outletsOfSource(source.id, source.outlet).flatMap(outletNamesOf),
    texts: plain(source.label, source.headline, source.publishedNote),
  }))
}
