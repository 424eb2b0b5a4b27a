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

export const paths = {
  home: () => '/',
  characters: () => '/characters',
  character: (slug: string) => `/characters/${segment(slug)}`,
  people: () => '/people',
  person: (slug: string) => `/people/${segment(slug)}`,
  origin: () => '/origin',
  timeline: () => '/timeline',
  timelineEvent: (eventSlug: string) => `/timeline#${timelineAnchors.event(eventSlug)}`,
  timelineClaim: (eventSlug: string, claimId: string) =>
    `/timeline#${timelineAnchors.claim(eventSlug, claimId)}`,
  sources: () => '/sources',
  source: (id: string) => `/sources/${segment(id)}`,
  disagreements: () => '/disagreements',
  outlet: (slug: string) => `/outlets/${segment(slug)}`,
  /** The rumor timeline as an Atom feed (src/build/atom-feed.ts). */
  feed: () => '/feed.xml',
} as const
