/**
 * Every page address the wiki links to, built in one place. Pages, the data documents (search
 * hits, disagreement links), the prerender and the tests all call these builders, so a route that
 * moves changes here and nowhere else. Plain TypeScript with no imports: it runs in the browser
 * and under Node (validate, build).
 */
const segment = (value: string) => encodeURIComponent(value)

/** The id of a timeline event's element, and of one claim's inside it. */
export const timelineAnchors = {
  event: (eventSlug: string) => eventSlug,
  claim: (eventSlug: string, claimId: string) => `${eventSlug}--${claimId}`,
} as const

/**
 * One page of the rumor timeline: a year, and which page of that year (1 for the first). The build
 * splits the events (src/content/timeline-pages.ts) and the documents carry each event's page.
 */
export type TimelinePageRef = { year: string; number: number }

/** A year's first page is the year itself; later pages say "page-N", never a bare number that
 * could read as a month (/timeline/2025/2). */
const timelinePagePath = ({ year, number }: TimelinePageRef) =>
  number === 1 ? `/timeline/${segment(year)}` : `/timeline/${segment(year)}/page-${number}`

export const paths = {
  home: () => '/',
  characters: () => '/characters',
  character: (slug: string) => `/characters/${segment(slug)}`,
  people: () => '/people',
  person: (slug: string) => `/people/${segment(slug)}`,
  origin: () => '/origin',
  /** The timeline's front page: its pages by year, and the filters across every event. */
  timeline: () => '/timeline',
  timelinePage: timelinePagePath,
  /** An event on the page that holds it (each event's `page` comes derived in the documents). */
  timelineEvent: (page: TimelinePageRef, eventSlug: string) =>
    `${timelinePagePath(page)}#${timelineAnchors.event(eventSlug)}`,
  timelineClaim: (page: TimelinePageRef, eventSlug: string, claimId: string) =>
    `${timelinePagePath(page)}#${timelineAnchors.claim(eventSlug, claimId)}`,
  sources: () => '/sources',
  source: (id: string) => `/sources/${segment(id)}`,
  disagreements: () => '/disagreements',
  outlet: (slug: string) => `/outlets/${segment(slug)}`,
  /** The rumor timeline as an Atom feed (src/build/atom-feed.ts). */
  feed: () => '/feed.xml',
} as const
