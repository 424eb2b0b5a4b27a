/**
 * `npm run build`: the production site. Three steps:
 * 1. the browser bundle and the static data (`vite build`, with the content plugin);
 * 2. the same app bundled for Node (`vite build --ssr`), to render pages at build time;
 * 3. every page of the wiki rendered to its own HTML file, with its data for hydration, its head
 *    (canonical, Open Graph, JSON-LD) and its route's scripts and styles; then sitemap.xml and
 *    robots.txt;
 * 4. the service worker for offline reading (build-service-worker.ts), which precaches the
 *    finished home page.
 * Readers, crawlers and readers without JavaScript get the whole page in the first response.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { performance } from 'node:perf_hooks'
import { build } from 'vite'
import type { PersonResponse, SeriesResponse, TimelineResponse } from '../content/api-contract.ts'
import { apiPaths } from '../content/api-paths.ts'
import type * as PrerenderEntry from '../app/prerender/render-page.tsx'
import {
  type PageModule,
  type PageRoute,
  type PageRouteDetails,
  notFoundRoute,
  pageRoutesWithDetails,
  routeModuleFile,
} from '../app/route-table.ts'
import {
  type Manifest,
  chunkFiles,
  entryKey,
  pageFile,
  readManifest,
  routeClosure,
  staticClosure,
} from './build-output.ts'
import { writeServiceWorker } from './build-service-worker.ts'
import { escapeAttribute, personJsonLd, seriesJsonLd } from './structured-data.ts'
import { contentSecurityPolicy } from './security-policy.ts'
import { headersFile } from './headers-file.ts'
import { timelineFeed } from './atom-feed.ts'
import { paths } from '../config/paths.ts'
import type { DocumentReader } from '../lib/api-client.ts'
import { shareCardFor } from './share-cards.ts'
import { cardNamesPage, pageTitleOf, shareImage } from './share-images.ts'

const root = path.resolve(import.meta.dirname, '../..')
/** `--out-dir <folder>` builds elsewhere (the scale benchmark builds its generated content sets). */
const outDirFlag = process.argv.indexOf('--out-dir')
const dist =
  outDirFlag === -1 ? path.join(root, 'dist') : path.resolve(process.argv[outDirFlag + 1] ?? '')
const serverOutDir = path.join(root, 'node_modules/.cache/prerender')
/** Where the site is published; canonical links and the sitemap need absolute addresses. */
const siteUrl = (process.env.SITE_URL ?? 'https://trauma-code-wiki.example').replace(/\/$/, '')
const logLevel = process.argv.includes('--quiet') ? 'warn' : 'info'

/** A contract document as the build wrote it into dist. */
async function readJson<T>(apiPath: string): Promise<T> {
  return JSON.parse(await readFile(path.join(dist, apiPath), 'utf8')) as T
}

/** Answers the loaders' requests from the built data files, as the static host will. */
const readBuiltDocument: DocumentReader = async (url) => {
  try {
    const body = await readFile(path.join(dist, decodeURIComponent(new URL(url).pathname)))
    return new Response(body, { headers: { 'content-type': 'application/json' } })
  } catch {
    return new Response('{"message":"Not found"}', { status: 404 })
  }
}

type Page = {
  path: string
  route: Pick<PageRoute, 'pattern'> &
    Pick<PageRouteDetails, 'ogType' | 'jsonLd'> & {
      module: PageModule | typeof notFoundRoute.module
    }
}

/** Every address the wiki has, with the route that renders it. */
async function pageAddresses(): Promise<Page[]> {
  const perRoute = await Promise.all(
    pageRoutesWithDetails().map(async (route) =>
      (await route.addresses(readJson)).map((pagePath) => ({ path: pagePath, route })),
    ),
  )
  return perRoute.flat()
}

/**
 * A route's chunks and stylesheets, minus what the entry already loads. The scripts are the route
 * module's (its page's code loads when the reader interacts, src/app/page-hydration.ts); the
 * stylesheets include the page's, which the prerendered page needs from its first paint.
 */
function routeAssets(manifest: Manifest, entry: ReadonlySet<string>, module: string) {
  const { route, page } = routeClosure(manifest, routeModuleFile(module))
  const notInEntry = (keys: Iterable<string>) => [...keys].filter((key) => !entry.has(key))
  return {
    scripts: chunkFiles(manifest, notInEntry(route)).scripts,
    styles: chunkFiles(manifest, notInEntry([...route, ...page])).styles,
  }
}

/** The address's `:params` (slug, id, year…); URLPattern reads React Router's syntax. */
function routeParams(page: Page): Readonly<Record<string, string | undefined>> {
  if (page.route.pattern === undefined) return {}
  const pattern = new URLPattern({ pathname: `/${page.route.pattern}` })
  return pattern.exec({ pathname: page.path })?.pathname.groups ?? {}
}

async function jsonLdFor(page: Page, url: string) {
  switch (page.route.jsonLd) {
    case 'series':
      return seriesJsonLd(await readJson<SeriesResponse>(apiPaths.series()), url)
    case 'person': {
      // URLPattern, not react-router: importing it here would load React's development build
      // before the prerender's production one.
      const { slug } = routeParams(page)
      if (slug === undefined) throw new Error(`${page.path} names no person`)
      return personJsonLd(await readJson<PersonResponse>(apiPaths.person(slug)), url)
    }
    case undefined:
      return undefined
  }
}

function sitemap(paths: string[]): string {
  const urls = paths.map(
    (pagePath) => `  <url><loc>${escapeAttribute(siteUrl + pagePath)}</loc></url>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

async function prerender({ renderPage }: typeof PrerenderEntry): Promise<number> {
  const manifest = readManifest(dist)
  const entryChunks = staticClosure(manifest, entryKey)
  const entry = chunkFiles(manifest, entryChunks)
  const entryFile = manifest[entryKey]?.file
  if (entryFile === undefined) throw new Error('The manifest names no entry chunk for index.html')
  const url = (file: string) => `/${file}`

  const imagesWritten: Promise<void>[] = []
  const render = async (page: Page) => {
    const route = routeAssets(manifest, entryChunks, page.route.module)
    const { module } = page.route
    const address = module === notFoundRoute.module ? undefined : siteUrl + page.path
    const card =
      module === notFoundRoute.module
        ? undefined
        : await shareCardFor(module, routeParams(page), readJson)
    const share = card && shareImage(dist, page.path, card, siteUrl)
    if (share) imagesWritten.push(share.written)
    const shell: PrerenderEntry.DocumentShell = {
      contentSecurityPolicy,
      // After the site's own stylesheet, as when the route's module adds them in the browser.
      stylesheets: [...entry.styles, ...route.styles].map(url),
      // The page reads without scripts: its boot script requests them after the first paint.
      boot: {
        entry: url(entryFile),
        // Vite's preloads for the entry (shared chunks such as React), then the route's chunks.
        modules: [...entry.scripts.filter((file) => file !== entryFile), ...route.scripts].map(url),
      },
      ...(address === undefined
        ? {}
        : {
            sharing: {
              url: address,
              ogType: page.route.ogType,
              jsonLd: await jsonLdFor(page, address),
              image: share?.image,
            },
          }),
    }
    const rendered = await renderPage({
      origin: siteUrl,
      path: page.path,
      readDocument: readBuiltDocument,
      shell,
    })
    // The share image must name the page: the first part of its <title> is drawn on it.
    if (card && !cardNamesPage(card, rendered.html)) {
      throw new Error(
        `${page.path}: the share image says "${card.title}", the page's title is "${pageTitleOf(rendered.html)}"`,
      )
    }
    return rendered
  }

  const pages = await pageAddresses()
  for (const page of pages) {
    const rendered = await render(page)
    if (rendered.status !== 200) {
      throw new Error(
        `${page.path} rendered with status ${rendered.status}; every listed page should exist`,
      )
    }
    const file = path.join(dist, pageFile(page.path))
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, rendered.html)
  }
  // Static hosts (and `vite preview`, see vite-plugin-not-found-page.ts) answer unknown addresses
  // with this page and a 404 status.
  const notFound: Page = {
    path: '/404',
    route: { module: notFoundRoute.module, ogType: 'website' },
  }
  await writeFile(path.join(dist, '404.html'), (await render(notFound)).html)

  await Promise.all(imagesWritten)

  await writeFile(path.join(dist, 'sitemap.xml'), sitemap(pages.map((page) => page.path)))
  await writeFile(path.join(dist, '_headers'), headersFile(pages.map((page) => page.path)))
  const timeline = await readJson<TimelineResponse>(apiPaths.timeline())
  await writeFile(path.join(dist, paths.feed()), timelineFeed(timeline, siteUrl))
  const robots = await readFile(path.join(root, 'public/robots.txt'), 'utf8')
  await writeFile(
    path.join(dist, 'robots.txt'),
    `${robots.trimEnd()}\nSitemap: ${siteUrl}/sitemap.xml\n`,
  )
  return pages.length
}

const started = performance.now()
await build({ root, logLevel, build: { outDir: dist, emptyOutDir: true } })
await build({
  root,
  logLevel,
  build: {
    ssr: 'src/app/prerender/render-page.tsx',
    outDir: serverOutDir,
    emptyOutDir: true,
    copyPublicDir: false,
    manifest: false,
    sourcemap: false,
  },
})
const serverEntry = (await import(
  pathToFileURL(path.join(serverOutDir, 'render-page.js')).href
)) as typeof PrerenderEntry
const count = await prerender(serverEntry)
await rm(serverOutDir, { recursive: true, force: true })
const worker = await writeServiceWorker(dist, logLevel)
console.log(
  `Prerendered ${count} pages and 404.html for ${siteUrl}, sw.js precaching ${worker.count} files, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
)
