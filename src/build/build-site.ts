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
import type { PersonResponse, SeriesResponse } from '../content/api-contract.ts'
import { apiPaths } from '../content/api-paths.ts'
import type * as PrerenderEntry from '../app/prerender/render-page.tsx'
import {
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
  staticClosure,
} from './build-output.ts'
import { writeServiceWorker } from './build-service-worker.ts'
import {
  escapeAttribute,
  pageHeadTags,
  personJsonLd,
  scriptJson,
  seriesJsonLd,
} from './page-head.ts'

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

/** Serves the built data files to the app's loaders while rendering, as the static host will. */
function serveBuiltData(): void {
  globalThis.fetch = async (input) => {
    const url = new URL(input instanceof Request ? input.url : input.toString())
    try {
      const body = await readFile(path.join(dist, decodeURIComponent(url.pathname)))
      return new Response(body, { headers: { 'content-type': 'application/json' } })
    } catch {
      return new Response('{"message":"Not found"}', { status: 404 })
    }
  }
}

type Page = {
  path: string
  route: PageRoute & Pick<PageRouteDetails, 'ogType' | 'jsonLd'>
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

/** A route module's chunks and stylesheets, minus what the entry already loads. */
function routeAssets(manifest: Manifest, entry: ReadonlySet<string>, module: string) {
  const route = [...staticClosure(manifest, routeModuleFile(module))].filter(
    (key) => !entry.has(key),
  )
  const { scripts, styles } = chunkFiles(manifest, route)
  return { scripts: scripts.map((file) => `/${file}`), styles: styles.map((file) => `/${file}`) }
}

async function jsonLdFor(page: Page, url: string) {
  switch (page.route.jsonLd) {
    case 'series':
      return seriesJsonLd(await readJson<SeriesResponse>(apiPaths.series()), url)
    case 'person': {
      // URLPattern reads React Router's `:param` syntax; importing react-router here would load
      // React's development build before the prerender's production one.
      const pattern = new URLPattern({ pathname: `/${page.route.pattern ?? ''}` })
      const slug = pattern.exec({ pathname: page.path })?.pathname.groups.slug
      if (slug === undefined) throw new Error(`${page.path} names no person`)
      return personJsonLd(await readJson<PersonResponse>(apiPaths.person(slug)), url)
    }
    case undefined:
      return undefined
  }
}

/** The entry module Vite wrote into index.html. */
function entryScript(template: string): string {
  const src = /<script type="module"[^>]*\bsrc="([^"]+)"/.exec(template)?.[1]
  if (!src) throw new Error('index.html has no module script to start the app with')
  return src
}

/** The modules Vite preloads for the entry (shared chunks such as React). */
function entryPreloads(template: string): string[] {
  return [...template.matchAll(/<link rel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  )
}

function sitemap(paths: string[]): string {
  const urls = paths.map(
    (pagePath) => `  <url><loc>${escapeAttribute(siteUrl + pagePath)}</loc></url>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

async function prerender({
  renderPage,
  prerenderedStateElementId,
}: typeof PrerenderEntry): Promise<number> {
  const template = await readFile(path.join(dist, 'index.html'), 'utf8')
  const manifest = readManifest(dist)
  const entryChunks = staticClosure(manifest, entryKey)
  const assetsByModule = new Map<string, ReturnType<typeof routeAssets>>()
  const assetsOf = (module: string) => {
    const assets = assetsByModule.get(module) ?? routeAssets(manifest, entryChunks, module)
    assetsByModule.set(module, assets)
    return assets
  }
  // The page reads without scripts: public/boot.js requests them after the first paint, in place
  // of the module script and preloads Vite puts in the head.
  const entry = entryScript(template)
  const entryModules = entryPreloads(template)
  const shell = template
    .replace(/\s*<script type="module"[^>]*><\/script>/, '')
    .replaceAll(/\s*<link rel="modulepreload"[^>]*>/g, '')
  serveBuiltData()

  const compose = async (page: Page, rendered: PrerenderEntry.RenderedPage) => {
    const url = page.route.module === notFoundRoute.module ? undefined : siteUrl + page.path
    const assets = assetsOf(page.route.module)
    const head = url
      ? pageHeadTags({
          head: rendered.head,
          url,
          ogType: page.route.ogType,
          jsonLd: await jsonLdFor(page, url),
        })
      : rendered.head
    // After the site's own stylesheet, as when the route's module adds them in the browser.
    const styles = assets.styles.map((href) => `<link rel="stylesheet" href="${href}">`)
    const modules = [...entryModules, ...assets.scripts]
    const boot = `<script src="/boot.js" defer data-entry="${entry}" data-modules="${modules.join(' ')}"></script>`
    return shell
      .replace('<script src="/theme.js"></script>', (theme) => `${theme}\n    ${boot}`)
      .replace(/<title>[^<]*<\/title>/, () => head)
      .replace('  </head>', () => `${styles.map((tag) => `    ${tag}\n`).join('')}  </head>`)
      .replace('<div id="root"></div>', () => `<div id="root">${rendered.html}</div>`)
      .replace(
        '</body>',
        () =>
          `<script type="application/json" id="${prerenderedStateElementId}">${scriptJson(rendered.state)}</script>\n  </body>`,
      )
  }

  const pages = await pageAddresses()
  for (const page of pages) {
    const rendered = await renderPage(siteUrl, page.path)
    if (rendered.status !== 200) {
      throw new Error(
        `${page.path} rendered with status ${rendered.status}; every listed page should exist`,
      )
    }
    const file = path.join(dist, pageFile(page.path))
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, await compose(page, rendered))
  }
  // Static hosts (and `vite preview`, see vite-plugin-not-found-page.ts) answer unknown addresses
  // with this page and a 404 status.
  const notFound: Page = {
    path: '/404',
    route: { module: notFoundRoute.module, ogType: 'website' },
  }
  await writeFile(
    path.join(dist, '404.html'),
    await compose(notFound, await renderPage(siteUrl, notFound.path)),
  )

  await writeFile(path.join(dist, 'sitemap.xml'), sitemap(pages.map((page) => page.path)))
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
