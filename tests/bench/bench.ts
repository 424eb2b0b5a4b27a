/**
 * `npm run bench`: what the wiki costs a reader, and how it holds up as content grows. It builds
 * the site as a deployment does (with the pages' edit and report links), then prints:
 * 1. per route, from the build: the JavaScript before the first paint, the JavaScript a first
 *    visit loads after it (raw and gzip) and what the reader's first act adds, the CSS, the page's HTML (its data included) and
 *    the data JSON the route's loader fetches when reached inside the app; then the byte budgets;
 * 2. the framework floor (tests/bench/framework-floor.ts), then per route, in one run, the medians
 *    of 3 Lighthouse mobile runs with their spread: performance and the other categories, LCP, the
 *    same page's LCP with every script blocked and the ratio of the two, TBT, CLS, the longest
 *    main-thread task, and the JavaScript the first visit requested until idle, against the floor
 *    (tests/bench/lighthouse.ts); it warns when the load average is above the number of cores;
 *    then the longest task of the reader's first act, which hydrates the page, at 4x CPU slowdown
 *    (tests/bench/first-act.ts);
 * 3. at 1x, 10x and 100x content: validate and build time, and per keystroke of the timeline
 *    filter and the search box, in Chromium: the time to the commit that shows the answer, the
 *    work until the paint of it, and the longest task (tests/bench/scale.ts), then the same
 *    keystroke measures on a page with no framework: the machine's floor.
 *
 * `--sizes` builds and prints part 1 only, and exits 1 when a budget is exceeded: CI runs that,
 * and never enforces times. `--runs=N` changes the Lighthouse runs per route (3);
 * `--port=P` and `--scale-port=P` the ports of its preview servers (4331 and 4311).
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import {
  chunkFiles,
  entryKey,
  pageFile,
  readManifest,
  routeClosure,
  staticClosure,
} from '../../src/build/build-output.ts'
import { previewBuildEnv } from '../browser/repository.ts'
import { measureFirstAct, printFirstAct } from './first-act.ts'
import { measureFrameworkFloor } from './framework-floor.ts'
import { printLighthouse, runLighthouse, startPreview } from './lighthouse.ts'
import { warnIfBusy } from './lighthouse-print.ts'
import { routeModuleFile } from '../../src/app/route-table.ts'
import { benchRoutes } from './routes.ts'
import { printScaleBenchmark } from './scale.ts'

const root = path.resolve(import.meta.dirname, '../..')
const dist = path.join(root, 'dist')
const kilobyte = 1024
/** The header's search box, a chunk the entry loads on the reader's first act. */
const searchBoxKey = 'src/features/search/components/search-box.tsx'

/** Byte budgets (gzip) CI enforces: each sits a little above today's figure, to catch growth. */
const budgets = {
  // The inline theme and boot scripts: 1.2 KB.
  jsBeforePaint: 1.5 * kilobyte,
  // 116.2: the character page's 116.1 KB, under issue 15's target of the floor (106.7 KB) + 10.
  // It was 115.5 until React DOM was imported in a start-up step of its own: Rolldown then orders
  // the framework chunk so that it compresses 0.6 KB worse (decision 027).
  // A first visit requests the entry, its route module and the two scripts before the paint, and
  // nothing more until the reader acts: each page's components and the header's search box load
  // then (decision 023). Before that, the timeline's 126.4 KB; before issue 15, about 150 KB.
  jsFirstVisit: 116.2 * kilobyte,
  // 13.5: the timeline's 13.44 KB (its page's components, the search box and what they share). It
  // was 13 until a filter's matches became a list of results, and typed text stayed on the page it
  // was typed on (decision 030): 85 bytes more; then 13.1 until the typed text's address write
  // learned to check that the reader is still on the page: 76 bytes more (decision 021); then
  // 13.2 until the waiting match rows were laid out once while the page is idle, which took about
  // 3 ms off the first keystroke: 79 bytes more (decision 031); then 13.3 until the match rows'
  // links became plain anchors that the list opens in the app, which took 3 to 4 ms off each
  // keystroke that builds rows: 98 bytes more (decision 032); then 13.4 until a match on the page
  // being filtered, clicked before the address took the typed text, opened its entry instead of
  // losing the click to that write: 54 bytes more (decision 021); then 13.5 until a change to two
  // stylesheets and no script (the origin page's title kept first on a phone) took it from 13,822
  // to 13,826 bytes. Chunks name each other and their stylesheets by content hash, so a few bytes
  // of gzip come and go with any file's content: a budget 2 bytes above the figure failed on that.
  // Then 13.6 until a keystroke re-rendered only the filterable part of the page, left the form
  // alone and filtered in a loop rehearsed while idle, which took 0.3 to 0.9 ms off each keystroke
  // after the first two: 150 bytes more (13,968). Then 13.7 until the search box built its engine
  // in steps rather than in one task of 600 ms at 100x content: 86 bytes more (14,054). Then 13.8
  // (14,063 with search's warm-up, decision 038). Then 14.3 when the bench began to measure the
  // build a deployment makes, whose pages carry edit and report links (README, Deploy): their code
  // is in each route's first act, about 0.45 KB, and the timeline's 14,090 bytes became 14,547.
  // Then 14.4 when the timeline rehearsed its filtered view on a reader's first reach for the
  // filter, which took 1.2 to 2 ms off the first letter's time to commit at 100x: 113 bytes more
  // (14,660), with the rehearsal that every visit had run once the texts were ready gone (041).
  jsOnFirstAct: 14.4 * kilobyte,
  css: 8 * kilobyte,
  html: 40 * kilobyte,
  data: 25 * kilobyte,
}

type Size = { raw: number; gzip: number }

function bytes(file: string): Size {
  const content = readFileSync(path.join(dist, file))
  return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length }
}

function sum(files: Iterable<string>): Size {
  let raw = 0
  let gzip = 0
  for (const file of files) {
    const size = bytes(file)
    raw += size.raw
    gzip += size.gzip
  }
  return { raw, gzip }
}

const kb = (value: number) => `${(value / kilobyte).toFixed(1)} KB`

/**
 * Builds the site into dist as a deployment does: given its repository's address (README,
 * Deploy), every page's foot links "Edit this page" and "Report an error", and that code loads
 * with the page's. A build without the address leaves them out, and measured 0.45 KB under what
 * readers load. The browser tests' builds are given the same address (tests/browser/repository.ts).
 */
function buildAsDeployed() {
  execFileSync(process.execPath, ['src/build/build-site.ts', '--quiet'], {
    cwd: root,
    env: { ...process.env, ...previewBuildEnv },
    stdio: 'inherit',
  })
}

/**
 * The classic scripts a prerendered page runs before it paints: any file it names, and the inline
 * theme and boot scripts, whose bytes arrive with the page and are counted as if alone (the JSON
 * data blocks never run and are not counted).
 */
function scriptsBeforePaint(html: string): Size {
  const files = sum([...html.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1] ?? ''))
  for (const [, text = ''] of html.matchAll(
    /<script(?![^>]*\b(?:src|type)=)[^>]*>([^<]*)<\/script>/g,
  )) {
    files.raw += Buffer.byteLength(text)
    files.gzip += gzipSync(text, { level: 9 }).length
  }
  return files
}

function measureSizes() {
  const manifest = readManifest(dist)
  return benchRoutes.map(({ route, path: pagePath, module, data }) => {
    const htmlFile = pageFile(pagePath)
    const html = readFileSync(path.join(dist, htmlFile), 'utf8')
    const entry = staticClosure(manifest, entryKey)
    const { route: routeChunks, page } = routeClosure(manifest, routeModuleFile(module))
    const firstVisit = new Set([...entry, ...routeChunks])
    // What the entry itself loads on the first act: the header's search box.
    const shellParts = (manifest[entryKey]?.dynamicImports ?? []).filter(
      (key) => key === searchBoxKey,
    )
    const firstAct = new Set(
      [...page, ...shellParts.flatMap((key) => [...staticClosure(manifest, key)])].filter(
        (key) => !firstVisit.has(key),
      ),
    )
    const { scripts, styles } = chunkFiles(manifest, firstVisit)
    return {
      route,
      jsBeforePaint: scriptsBeforePaint(html),
      jsFirstVisit: sum(scripts),
      jsOnFirstAct: sum(chunkFiles(manifest, firstAct).scripts),
      // The page's own stylesheets are in its head from the first paint (src/build/build-site.ts).
      css: sum(new Set([...styles, ...chunkFiles(manifest, page).styles])),
      html: bytes(htmlFile),
      data: sum(data.map((apiPath) => apiPath.slice(1))),
    }
  })
}

/** Every prerendered page's HTML, largest first: the sizes table shows one page per route only. */
function largestPages(count: number) {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, ...bytes(file) }))
  return pages.sort((a, b) => b.gzip - a.gzip).slice(0, count)
}

function printSizes(): boolean {
  const rows = measureSizes()
  console.log('\nBytes per route (production build as deployed, edit links in; gzip at level 9)')
  console.table(
    Object.fromEntries(
      rows.map((row) => [
        row.route,
        {
          'JS before paint': kb(row.jsBeforePaint.gzip),
          'JS first visit': `${kb(row.jsFirstVisit.gzip)} (${kb(row.jsFirstVisit.raw)} raw)`,
          'JS on first act': kb(row.jsOnFirstAct.gzip),
          CSS: kb(row.css.gzip),
          'HTML with data': kb(row.html.gzip),
          'data JSON': `${kb(row.data.gzip)} (${kb(row.data.raw)} raw)`,
        },
      ]),
    ),
  )
  const [largest] = largestPages(1)
  if (largest) console.log(`Largest page: ${largest.file}, ${kb(largest.gzip)} gzip`)

  const maxOf = (key: keyof typeof budgets) => Math.max(...rows.map((row) => row[key].gzip))
  const overruns = (Object.keys(budgets) as (keyof typeof budgets)[]).flatMap((key) => {
    const over = rows.filter((row) => row[key].gzip > budgets[key])
    return over.map((row) => `${row.route}: ${key} ${kb(row[key].gzip)} > ${kb(budgets[key])}`)
  })
  if (largest && largest.gzip > budgets.html) {
    overruns.push(`${largest.file}: html ${kb(largest.gzip)} > ${kb(budgets.html)}`)
  }
  console.log(
    `Budgets (gzip, enforced in CI): ${(Object.keys(budgets) as (keyof typeof budgets)[])
      .map((key) => `${key} ${kb(maxOf(key))} of ${kb(budgets[key])}`)
      .join('; ')}`,
  )
  console.log(
    'JS first visit is what the entry and the route module import statically; JS on first act ' +
      "is what the reader's first act loads (the page's components and the search box). The " +
      'first visit counted from the requests the browser made until idle is in the Lighthouse table.',
  )
  for (const overrun of overruns) console.log(`OVER BUDGET ${overrun}`)
  return overruns.length === 0
}

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '4331' },
    'scale-port': { type: 'string', default: '4311' },
  },
})
buildAsDeployed()
const withinBudgets = printSizes()
if (!withinBudgets) process.exitCode = 1

if (!options.sizes) {
  const floor = await measureFrameworkFloor()
  console.log(
    `\nFramework floor: React, React Router's data router and TanStack Query alone, in a minimal ` +
      `app built the same way, are ${kb(floor)} gzip (tests/bench/framework-floor.ts); ` +
      `first-visit target ${kb(floor + 10 * kilobyte)}`,
  )
  const runs = Number(options.runs)
  warnIfBusy('before Lighthouse')
  const preview = await startPreview(Number(options.port))
  try {
    console.log(
      `\nLighthouse (mobile, simulated throttling), median of ${runs} runs per route, against ${preview.url}`,
    )
    const rows = await runLighthouse(
      preview.url,
      benchRoutes.map((entry) => entry.path),
      { runs },
    )
    printLighthouse(rows, { floorBytes: floor })
    warnIfBusy('after Lighthouse')
    console.log(
      `\nThe reader's first act (Shift pressed once the page is idle), at 4x CPU slowdown in ` +
        `Chromium, median of ${runs} runs: the longest task until the page has hydrated`,
    )
    printFirstAct(
      await measureFirstAct(
        preview.url,
        benchRoutes.map((entry) => entry.path),
        runs,
      ),
    )
  } finally {
    await preview.stop()
  }
  console.log('\nContent scale: real content (1x) and generated sets 10x and 100x its size')
  await printScaleBenchmark([1, 10, 100], Number(options['scale-port']))
}
