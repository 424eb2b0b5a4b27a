/**
 * `npm run bench`: what each route costs a reader on first load, from the production build. For
 * every route it prints the initial JavaScript (the entry, the route's module and everything they
 * import statically; raw and gzip), the CSS, and the data JSON its loader fetches.
 *
 * Lighthouse scores, the 10x/100x content sets and their timings are still to come (issue 6).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const dist = path.resolve(import.meta.dirname, '../../dist')

type ManifestChunk = { file: string; imports?: string[]; css?: string[]; isEntry?: boolean }
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<
  string,
  ManifestChunk
>

/** One address per route, the module that renders it, and the data its loader reads. */
const routes = [
  { route: '/', module: 'home', data: ['series.json', 'timeline.json'] },
  { route: '/characters', module: 'characters', data: ['characters.json'] },
  { route: '/characters/:slug', module: 'character', data: ['characters/baek-kang-hyuk.json'] },
  { route: '/people', module: 'people', data: ['people.json'] },
  { route: '/people/:slug', module: 'person', data: ['people/ju-ji-hoon.json'] },
  { route: '/origin', module: 'origin', data: ['origin.json'] },
  { route: '/timeline', module: 'timeline', data: ['timeline.json'] },
  { route: '/sources', module: 'sources', data: ['sources.json'] },
  { route: '/sources/:id', module: 'source', data: ['sources/netflix-reviewing-sequel.json'] },
  { route: '/disagreements', module: 'disagreements', data: ['disagreements.json'] },
]

/** A chunk and everything it imports statically, each once. */
function staticClosure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen
  seen.add(key)
  for (const imported of manifest[key]?.imports ?? []) staticClosure(imported, seen)
  return seen
}

function bytes(file: string): { raw: number; gzip: number } {
  const content = readFileSync(path.join(dist, file))
  return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length }
}

function sum(files: Iterable<string>) {
  let raw = 0
  let gzip = 0
  for (const file of files) {
    const size = bytes(file)
    raw += size.raw
    gzip += size.gzip
  }
  return { raw, gzip }
}

const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`

const rows = routes.map(({ route, module, data }) => {
  const chunks = new Set([
    ...staticClosure('index.html'),
    ...staticClosure(`src/app/routes/${module}.tsx`),
  ])
  const js = sum([...chunks].map((key) => manifest[key]?.file ?? ''))
  const css = sum(new Set([...chunks].flatMap((key) => manifest[key]?.css ?? [])))
  const json = sum(data.map((file) => `api/${file}`))
  return { route, js, css, json }
})

const entry = sum([...staticClosure('index.html')].map((key) => manifest[key]?.file ?? ''))
console.log(`Entry chunk and its static imports: ${kb(entry.raw)} raw, ${kb(entry.gzip)} gzip`)
console.table(
  Object.fromEntries(
    rows.map(({ route, js, css, json }) => [
      route,
      {
        'JS raw': kb(js.raw),
        'JS gzip': kb(js.gzip),
        'CSS gzip': kb(css.gzip),
        'data JSON': kb(json.raw),
        'data gzip': kb(json.gzip),
      },
    ]),
  ),
)
