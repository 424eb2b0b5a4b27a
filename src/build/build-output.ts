/**
 * Where things are in a production build, for the prerender (which writes them) and the benchmark
 * (which measures them): each page's HTML file, and Vite's manifest (`dist/.vite/manifest.json`,
 * on through `build.manifest`), which says what chunks and styles each module needs.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

export type ManifestChunk = {
  file: string
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}
export type Manifest = Record<string, ManifestChunk>

export function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Manifest
}

/** The manifest key of the entry; route modules are keyed by src/app/route-table.ts's `routeModuleFile`. */
export const entryKey = 'index.html'

/** A chunk and every chunk it imports statically, each once. */
export function staticClosure(manifest: Manifest, key: string): Set<string> {
  const seen = new Set<string>()
  const visit = (current: string) => {
    if (seen.has(current)) return
    seen.add(current)
    for (const imported of manifest[current]?.imports ?? []) visit(imported)
  }
  visit(key)
  return seen
}

/**
 * A route module's chunk, what it imports statically, and the page it imports dynamically
 * (src/app/lazy-page.tsx) with that page's own static imports: everything the route's page needs.
 */
export function routeClosure(
  manifest: Manifest,
  key: string,
): {
  route: Set<string>
  page: Set<string>
} {
  const route = staticClosure(manifest, key)
  const page = new Set<string>()
  for (const pageKey of manifest[key]?.dynamicImports ?? []) {
    for (const chunk of staticClosure(manifest, pageKey)) if (!route.has(chunk)) page.add(chunk)
  }
  return { route, page }
}

/** The output files (JS, then CSS) of a set of chunks. */
export function chunkFiles(manifest: Manifest, keys: Iterable<string>) {
  const chunks = [...keys].flatMap((key) => manifest[key] ?? [])
  return {
    scripts: chunks.map((chunk) => chunk.file),
    styles: [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))],
  }
}

/** A page's file: `/` is index.html, `/characters/x` is characters/x.html (how hosts map them). */
export function pageFile(pagePath: string): string {
  return pagePath === '/' ? 'index.html' : `${pagePath.slice(1)}.html`
}
