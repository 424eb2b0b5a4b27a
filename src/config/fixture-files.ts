/**
 * Where each page's content lives in the repository, for the "Edit this page" links. A detail
 * page is one fixture file; a page built from a whole collection points at its folder (ending in
 * "/"). Kept beside `paths`: a fixture folder that moves changes here and nowhere else.
 */
const root = 'src/fixtures'
const file = (collection: string, slug: string) =>
  `${root}/${collection}/${encodeURIComponent(slug)}.json`

export type FixtureCollection =
  'characters' | 'people' | 'timeline' | 'sources' | 'outlets' | 'series' | 'origin'

export const fixtureFiles = {
  series: (slug: string) => file('series', slug),
  origin: (slug: string) => file('origin', slug),
  character: (slug: string) => file('characters', slug),
  person: (slug: string) => file('people', slug),
  source: (id: string) => file('sources', id),
  outlet: (slug: string) => file('outlets', slug),
  /** Every file of a collection: its folder. */
  collection: (collection: FixtureCollection) => `${root}/${collection}/`,
} as const
