/**
 * One event among a filter's matches: its title, linking to the event on its year's page, then one
 * line with its date, kind, outlet and status, and whether Netflix has spoken since. A filter
 * across a long timeline reads as a list of results, as a search does: a phone's screen holds six
 * or more of these where it held one full entry, and the event is read in full among its year's
 * (docs/decisions/030-timeline-matches.md). Its link is a plain anchor, which the list opens in the
 * app (`openLinksInApp`): a router `Link` per row cost the keystrokes that build rows (decision 032).
 */
import { memo } from 'react'
import type { LedgerEventBody, TimelineResponse } from '@/content/api-contract'
import { eventStatusLabels, timelineKindLabels } from '@/content/labels'
import { formatPartialDate } from '@/lib/format-date'
import { paths } from '@/config/paths'
import { StaleMark } from './ledger-claim'
import { StatusBadges } from './status-badges'

// Memoized: a keystroke re-renders the list, and a match that stays keeps its row.
export const TimelineMatch = memo(function TimelineMatch({
  event,
  outletsBySlug,
}: {
  event: LedgerEventBody
  outletsBySlug: ReadonlyMap<string, TimelineResponse['outlets'][number]>
}) {
  const outlet = event.outlet && outletsBySlug.get(event.outlet.value)
  return (
    <li>
      <h2>
        <a href={paths.timelineEvent(event.page, event.slug)}>{event.title}</a>
      </h2>
      <p>
        <time dateTime={event.date.value}>{formatPartialDate(event.date)}</time>
        {` · ${timelineKindLabels[event.kind]}`}
        {outlet ? ` · ${outlet.name.value}` : null}{' '}
        <StatusBadges
          claims={event.statuses}
          labels={eventStatusLabels}
          citations="disputes once"
        />
        <StaleMark since={event.claims[0]?.ledger.staleSince ?? null} />
      </p>
    </li>
  )
})
