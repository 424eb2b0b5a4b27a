/**
 * The data URLs, without their schemas. Kept apart from api-contract.ts so code that only needs an
 * address (the layout, the search box) does not pull zod into the first page load.
 */
export const apiBasePath = '/api'

export const apiPaths = {
  series: () => `${apiBasePath}/series.json`,
  origin: () => `${apiBasePath}/origin.json`,
  characterList: () => `${apiBasePath}/characters.json`,
  character: (slug: string) => `${apiBasePath}/characters/${encodeURIComponent(slug)}.json`,
  personList: () => `${apiBasePath}/people.json`,
  person: (slug: string) => `${apiBasePath}/people/${encodeURIComponent(slug)}.json`,
  timeline: () => `${apiBasePath}/timeline.json`,
  renewalStatus: () => `${apiBasePath}/renewal-status.json`,
  sourceList: () => `${apiBasePath}/sources.json`,
  source: (id: string) => `${apiBasePath}/sources/${encodeURIComponent(id)}.json`,
  disagreements: () => `${apiBasePath}/disagreements.json`,
  outlet: (slug: string) => `${apiBasePath}/outlets/${encodeURIComponent(slug)}.json`,
  searchIndex: () => `${apiBasePath}/search.json`,
  // Plot lives at its own addresses, fetched only when the reader's spoiler setting reveals it, so
  // no page's document (and no prerendered page) ever holds it.
  characterPlot: (slug: string) =>
    `${apiBasePath}/plot/characters/${encodeURIComponent(slug)}.json`,
  originPlot: () => `${apiBasePath}/plot/origin.json`,
  searchPlot: () => `${apiBasePath}/plot/search.json`,
} as const
