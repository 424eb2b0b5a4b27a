/**
 * /feed.xml: the rumor timeline as an Atom feed, one entry per event, newest first, so fans can
 * follow the story in a feed reader. Written with the `feed` library from the built timeline
 * document; the timeline's documents hold no plot, so neither does the feed.
 */
import { Feed } from 'feed'
import type { TimelineResponse } from '../content/api-contract.ts'
import { eventStatusLabels, timelineKindLabels } from '../content/labels.ts'
import { paths } from '../config/paths.ts'

/** A partial date ("2025", "2025-09") as the first moment it could mean, in UTC. */
function dateOf(value: string): Date {
  const [year = '1970', month = '01', day = '01'] = value.split('-')
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
}

/**
 * An entry id that never changes when the site moves to another address (Atom requires ids to be
 * permanent): a tag URI naming the event's slug.
 */
function entryId(slug: string): string {
  return `tag:trauma-code-wiki,2025:timeline/${slug}`
}

export function timelineFeed(timeline: TimelineResponse, siteUrl: string): string {
  // The document lists events oldest first; reversed, events of one day keep the later one first.
  const events = [...timeline.events]
    .reverse()
    .sort((a, b) => b.date.value.localeCompare(a.date.value))
  const newest = events[0]
  const feed = new Feed({
    id: entryId(''),
    title: 'The Trauma Code wiki: the rumor timeline',
    description: 'Every report, interview and statement about future seasons, with its status.',
    link: siteUrl + paths.timeline(),
    language: 'en',
    // The newest event's date, never the build's: a rebuild with no news is no update.
    updated: newest ? dateOf(newest.date.value) : new Date(0),
    generator: false,
    feedLinks: { atom: siteUrl + paths.feed() },
  })
  for (const event of events) {
    const status = event.statuses.map(({ status: value }) => eventStatusLabels[value]).join(' / ')
    feed.addItem({
      id: entryId(event.slug),
      title: event.title,
      link: siteUrl + paths.timelineEvent(event.page, event.slug),
      date: dateOf(event.date.value),
      description: `${event.summary.value} Status: ${status}.`,
      category: [{ term: event.kind, name: timelineKindLabels[event.kind] }],
    })
  }
  return feed.atom1()
}
