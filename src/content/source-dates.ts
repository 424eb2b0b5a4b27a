/**
 * How recent each article's news is, for the "Last updated" line every page shows. Only two of
 * the five saved articles carry a date; the others report events the timeline dates, so each was
 * written on or after the newest of those. Derived from the content, never from the build time.
 */
import type { SourceBody } from './api-contract.ts'
import { citedSourceIds } from './citations.ts'
import type { PartialDate } from './fact-schemas.ts'
import type { Source } from './schemas.ts'
import type { TimelineEvent } from './timeline-schemas.ts'

type SourceAsOf = NonNullable<SourceBody['asOf']>

function newestEventCiting(
  sourceId: string,
  events: readonly Pick<TimelineEvent, 'date'>[],
): PartialDate | null {
  let newest: PartialDate | null = null
  for (const event of events) {
    if (!citedSourceIds(event).has(sourceId)) continue
    if (newest === null || event.date.value > newest.value) newest = event.date
  }
  return newest
}

export function sourceAsOf(
  source: Source,
  events: readonly Pick<TimelineEvent, 'date'>[],
): SourceAsOf | null {
  if (source.published) return { date: source.published, basis: 'published' }
  const reported = newestEventCiting(source.id, events)
  return reported ? { date: reported, basis: 'reported-event' } : null
}
