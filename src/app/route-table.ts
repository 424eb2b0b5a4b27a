/**
 * The one list of the wiki's page routes. The router loads each `module` lazily from
 * src/app/routes/, the prerender renders every address a route lists and wires in that module's
 * chunks, the header and home page take their section links from it, and the bench, the browser
 * tests' page list and the fault-scenario tests take their pages from it. Adding a page type means
 * a row here and a module in routes/ (plus its feature folder), nothing else.
 *
 * Plain TypeScript with relative imports: the build and the tests read it under Node.
 */
import type {
  CharacterListResponse,
  PersonListResponse,
  SourceListResponse,
  TimelineResponse,
} from '../content/api-contract.ts'
import { apiPaths } from '../content/api-paths.ts'
import { paths } from '../config/paths.ts'

/** Reads one contract document (from dist/api at build time, from the site in a browser test). */
export type ReadDocument = <T>(apiPath: string) => Promise<T>

export type OgType = 'website' | 'article' | 'profile' | 'video.tv_show'

export type PageRoute = {
  /** The file in src/app/routes/ (without .tsx) that renders the route. */
  module: string
  /** React Router's pattern below the root; undefined for the home page (the index route). */
  pattern?: string
  /** The header's link text, for a section's front page. */
  section?: string
}

/** What the build and the tests need of a route, kept apart so the browser bundle leaves it out. */
export type PageRouteDetails = {
  ogType: OgType
  /** Structured data the prerender adds to the head (src/build/structured-data.ts). */
  jsonLd?: 'series' | 'person'
  /** Every address of the route, read from the site's own documents. */
  addresses: (read: ReadDocument) => Promise<string[]>
  /** One address, for the bench and the fault-scenario tests. */
  sample: {
    path: string
    /** The contract documents its loader reads. */
    data: string[]
    /** Its h1 once the data is in. */
    heading: RegExp
    /** What it says when the wiki has no content for it. */
    whenEmpty: string
  }
}

const one = (path: string) => () => Promise.resolve([path])

/** The page routes in header order; the router and the header read this part. */
const pageRouteList = [
  {
    module: 'home',
    section: 'Home',
  },
  {
    module: 'characters',
    pattern: 'characters',
    section: 'Characters',
  },
  {
    module: 'character',
    pattern: 'characters/:slug',
  },
  {
    module: 'people',
    pattern: 'people',
    section: 'Cast & crew',
  },
  {
    module: 'person',
    pattern: 'people/:slug',
  },
  {
    module: 'origin',
    pattern: 'origin',
    section: 'Origin',
  },
  {
    // The front page, a year (timeline/2025) and a long year's later pages (…/2025/page-2).
    module: 'timeline',
    pattern: 'timeline/:year?/:page?',
    section: 'Rumor timeline',
  },
  {
    module: 'sources',
    pattern: 'sources',
    section: 'Sources',
  },
  {
    module: 'source',
    pattern: 'sources/:id',
  },
  {
    module: 'outlet',
    pattern: 'outlets/:slug',
  },
  {
    module: 'disagreements',
    pattern: 'disagreements',
  },
] as const satisfies readonly PageRoute[]

export type PageModule = (typeof pageRouteList)[number]['module']
export const pageRoutes: readonly (PageRoute & { module: PageModule })[] = pageRouteList

/** The rest of each route, for the prerender, the bench and the tests. */
export const pageRouteDetails: Record<PageModule, PageRouteDetails> = {
  home: {
    ogType: 'video.tv_show',
    jsonLd: 'series',
    addresses: one(paths.home()),
    sample: {
      path: paths.home(),
      data: [apiPaths.series(), apiPaths.renewalStatus()],
      heading: /^The Trauma Code: Heroes on Call/,
      whenEmpty: 'Nothing here yet',
    },
  },
  characters: {
    ogType: 'website',
    addresses: one(paths.characters()),
    sample: {
      path: paths.characters(),
      data: [apiPaths.characterList()],
      heading: /^Characters$/,
      whenEmpty: 'No characters yet',
    },
  },
  character: {
    ogType: 'article',
    addresses: async (read) =>
      (await read<CharacterListResponse>(apiPaths.characterList())).characters.map(({ slug }) =>
        paths.character(slug),
      ),
    sample: {
      path: paths.character('baek-kang-hyuk'),
      data: [apiPaths.character('baek-kang-hyuk')],
      heading: /^Baek Kang-hyuk/,
      whenEmpty: 'Page not found',
    },
  },
  people: {
    ogType: 'website',
    addresses: one(paths.people()),
    sample: {
      path: paths.people(),
      data: [apiPaths.personList()],
      heading: /^Cast & crew$/,
      whenEmpty: 'No cast or crew yet',
    },
  },
  person: {
    ogType: 'profile',
    jsonLd: 'person',
    addresses: async (read) =>
      (await read<PersonListResponse>(apiPaths.personList())).people.map(({ slug }) =>
        paths.person(slug),
      ),
    sample: {
      path: paths.person('ju-ji-hoon'),
      data: [apiPaths.person('ju-ji-hoon')],
      heading: /^Ju Ji-hoon/,
      whenEmpty: 'Page not found',
    },
  },
  origin: {
    ogType: 'article',
    addresses: one(paths.origin()),
    sample: {
      path: paths.origin(),
      data: [apiPaths.origin()],
      heading: /^Trauma Center: Golden Hour/,
      whenEmpty: 'Nothing here yet',
    },
  },
  timeline: {
    ogType: 'website',
    addresses: async (read) => [
      paths.timeline(),
      ...(await read<TimelineResponse>(apiPaths.timeline())).pages.map((page) =>
        paths.timelinePage(page),
      ),
    ],
    sample: {
      path: paths.timeline(),
      data: [apiPaths.timeline()],
      heading: /^Rumor timeline$/,
      whenEmpty: 'No events yet',
    },
  },
  sources: {
    ogType: 'website',
    addresses: one(paths.sources()),
    sample: {
      path: paths.sources(),
      data: [apiPaths.sourceList()],
      heading: /^Sources$/,
      whenEmpty: 'No sources yet',
    },
  },
  source: {
    ogType: 'article',
    addresses: async (read) =>
      (await read<SourceListResponse>(apiPaths.sourceList())).sources.map(({ id }) =>
        paths.source(id),
      ),
    sample: {
      path: paths.source('netflix-reviewing-sequel'),
      data: [apiPaths.source('netflix-reviewing-sequel')],
      heading: /Article on the XSportnews report/,
      whenEmpty: 'Page not found',
    },
  },
  outlet: {
    ogType: 'article',
    addresses: async (read) =>
      (await read<SourceListResponse>(apiPaths.sourceList())).outlets.map(({ slug }) =>
        paths.outlet(slug),
      ),
    sample: {
      path: paths.outlet('xports-news'),
      data: [apiPaths.outlet('xports-news')],
      heading: /^Xports News$/,
      whenEmpty: 'Page not found',
    },
  },
  disagreements: {
    ogType: 'website',
    addresses: one(paths.disagreements()),
    sample: {
      path: paths.disagreements(),
      data: [apiPaths.disagreements()],
      heading: /^Where the sources disagree$/,
      whenEmpty: 'No disagreements',
    },
  },
}

/** Renders any address no route matches; the prerender writes it as 404.html. */
export const notFoundRoute = { module: 'not-found', pattern: '*' } as const

/** The section front pages, in header order: a pattern's address without its optional parts. */
export const sectionLinks = pageRoutes.flatMap((route) =>
  route.section
    ? [{ path: `/${(route.pattern ?? '').replace(/\/:\w+\?/g, '')}`, label: route.section }]
    : [],
)

/** Each route with its details, for code that runs under Node. */
export function pageRoutesWithDetails() {
  return pageRoutes.map((route) => ({ ...route, ...pageRouteDetails[route.module] }))
}

/** Every address of the wiki, in table order. */
export async function allPageAddresses(read: ReadDocument): Promise<string[]> {
  const lists = await Promise.all(pageRoutesWithDetails().map((route) => route.addresses(read)))
  return lists.flat()
}

/** Where Vite's manifest lists a route module (the prerender and the bench read its chunks). */
export const routeModuleFile = (module: string) => `src/app/routes/${module}.tsx`
