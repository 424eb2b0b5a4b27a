/**
 * One address per route and what a reader must see there under each fault scenario. Shared by the
 * Vitest and Playwright scenario tests, so both hold every route to the same promise.
 */
import type { ScenarioName } from './mocks/scenario-names'

type RouteSample = {
  path: string
  /** The h1 once the data is in. */
  heading: RegExp
  /** What the page shows when the wiki has no content for it. */
  whenEmpty: string
}

export const routeSamples: RouteSample[] = [
  { path: '/', heading: /^The Trauma Code: Heroes on Call/, whenEmpty: 'Nothing here yet' },
  { path: '/characters', heading: /^Characters$/, whenEmpty: 'No characters yet' },
  { path: '/characters/baek-kang-hyuk', heading: /^Baek Kang-hyuk/, whenEmpty: 'Page not found' },
  { path: '/people', heading: /^Cast & crew$/, whenEmpty: 'No cast or crew yet' },
  { path: '/people/ju-ji-hoon', heading: /^Ju Ji-hoon/, whenEmpty: 'Page not found' },
  { path: '/origin', heading: /^Trauma Center: Golden Hour/, whenEmpty: 'Nothing here yet' },
  { path: '/timeline', heading: /^Rumor timeline$/, whenEmpty: 'No events yet' },
  { path: '/sources', heading: /^Sources$/, whenEmpty: 'No sources yet' },
  {
    path: '/sources/netflix-reviewing-sequel',
    heading: /Article on the XSportnews report/,
    whenEmpty: 'Page not found',
  },
  {
    path: '/disagreements',
    heading: /^Where the sources disagree$/,
    whenEmpty: 'No disagreements',
  },
]

/** The alert heading of each failing scenario (see src/components/error-state.tsx). */
export const failureHeadings: Record<Exclude<ScenarioName, 'slow' | 'empty'>, string> = {
  error: 'Something went wrong',
  offline: 'The wiki is offline',
  malformed: 'This page’s data is damaged',
}
