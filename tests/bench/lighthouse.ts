/**
 * Lighthouse mobile figures per route, from Debian's Chromium, against the targets in
 * tests/bench/lighthouse-print.ts: for each route, `runs` audits of the page as built, and `runs`
 * of the same page with every script blocked (`*.js`), whose LCP is the limit the page's own LCP
 * is compared with. Each figure is reported as the median of its runs with its spread; the scripts
 * a first visit downloads are counted from the requests the browser made until Lighthouse saw the
 * network and the CPU quiet, gzip-measured from the build's files.
 *
 * Alone: `node tests/bench/lighthouse.ts [base URL] [--runs=N] [--port=P] [--dist=DIR] [/path ...]`.
 * With a URL it audits that server as it is (`--dist` names the build it serves, to count its
 * scripts); without one it serves `dist/` (it does not build; run `npm run build` first) with
 * `vite preview` on `--port` (4331 by default) and stops it at the end. Paths after the URL limit
 * the routes. Exits 1 only if a route could not be audited: missing a target is a benchmark result.
 *
 * The settings are Lighthouse's, from tests/bench/lighthouse.config.ts (mobile, simulated
 * throttling). Each route keeps the run Lighthouse's own `computeMedianRun` picks, nearest the
 * median FCP and TTI, as its report: node_modules/.cache/lighthouse/<route>.html and .json.
 * Simulated throttling makes scores depend less on the machine than wall-clock times do, but TBT
 * and the longest task still follow the CPU load, which each row records.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { type Config, type Result, generateReport } from 'lighthouse'
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js'
import { chromiumLaunchOptions } from '../browser/chromium.ts'
import config, { categoryIds } from './lighthouse.config.ts'
import {
  type Row,
  firstVisitScripts,
  heaviestVisit,
  longTaskList,
  runFigures,
  spread,
} from './lighthouse-figures.ts'
import { failingAudits, lcpElement, printLighthouse, reportFile } from './lighthouse-print.ts'
import { type PreviewServer, startPreviewServer } from './preview-server.ts'
import { benchRoutes } from './routes.ts'

export { printLighthouse, type Row }

/** Every script blocked, performance only: the page as it reads with no JavaScript at all. */
const noScriptConfig: Config = {
  ...config,
  settings: {
    ...config.settings,
    onlyCategories: ['performance'],
    blockedUrlPatterns: ['*.js'],
  },
}

// Not test-results/: Playwright empties that folder at the start of every browser test run.
const reportFolder = path.resolve(import.meta.dirname, '../../node_modules/.cache/lighthouse')
const repositoryDist = path.resolve(import.meta.dirname, '../../dist')

/** Keeps Lighthouse's HTML and JSON reports of a route's kept run; failing must not cost the scores. */
async function saveReport(routePath: string, lhr: Result): Promise<void> {
  try {
    await mkdir(reportFolder, { recursive: true })
    await writeFile(`${reportFile(routePath)}.html`, generateReport(lhr, 'html'))
    await writeFile(`${reportFile(routePath)}.json`, generateReport(lhr, 'json'))
  } catch (error) {
    console.warn(`Could not save the report of ${routePath}: ${String(error)}`)
  }
}

const loadAverage = () => os.loadavg()[0] ?? 0

function rowFromRuns(
  routePath: string,
  results: readonly Result[],
  noScript: readonly Result[],
  { dist, error, load, runSeconds }: RowContext,
): Row {
  const valid = filterToValidRuns([...results])
  const kept = valid.length > 0 ? computeMedianRun(valid) : results[0]
  const figures = valid.map(runFigures)
  const median = (pick: (run: ReturnType<typeof runFigures>) => number | null) =>
    spread(figures.map(pick))
  const scores = Object.fromEntries(
    categoryIds.map((id) => [id, median((run) => run.scores[id])]),
  ) as Row['scores']
  const runtimeError = kept?.runtimeError
  return {
    path: routePath,
    validRuns: valid.length,
    scores,
    lcpMs: median((run) => run.lcpMs),
    noScriptLcpMs: spread(filterToValidRuns([...noScript]).map((lhr) => runFigures(lhr).lcpMs)),
    tbtMs: median((run) => run.tbtMs),
    cls: median((run) => run.cls),
    longestTaskMs: median((run) => run.longestTaskMs),
    longestAppTaskMs: median((run) => run.longestAppTaskMs),
    firstVisit: heaviestVisit(figures.map((run) => firstVisitScripts(run.scriptPaths, dist))),
    load,
    lcpElement: kept ? lcpElement(kept) : null,
    longTasks: kept ? longTaskList(kept) : [],
    failing: kept && !runtimeError ? failingAudits(kept, scores) : [],
    runSeconds,
    ...(runtimeError
      ? { error: `${runtimeError.code}: ${runtimeError.message}` }
      : valid.length === 0
        ? { error: error instanceof Error ? error.message : 'no run measured FCP and TTI' }
        : {}),
  }
}

type RowContext = {
  dist: string
  error: unknown
  load: { start: number; end: number }
  runSeconds: number
}

/**
 * Audits each path of `baseUrl` `runs` times with its scripts and (unless `withoutScripts` is
 * false) `runs` times without, in one Chromium, alternating the two so that a change in the
 * machine's load touches both alike.
 */
export async function runLighthouse(
  baseUrl: string,
  paths: readonly string[],
  {
    runs = 3,
    dist = repositoryDist,
    withoutScripts = true,
  }: { runs?: number; dist?: string; withoutScripts?: boolean } = {},
): Promise<Row[]> {
  // Debian's Chromium with the browser tests' no-phoning-home flags; `--headless`, or
  // chrome-launcher would open a window.
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumLaunchOptions.executablePath,
    chromeFlags: ['--headless', ...chromiumLaunchOptions.args],
    logLevel: 'error',
  })
  const audit = async (url: string, settings: Config) => {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error' }, settings)
    if (!result) throw new Error('Lighthouse returned no result')
    return result.lhr
  }
  const rows: Row[] = []
  try {
    for (const routePath of paths) {
      const url = new URL(routePath, baseUrl).href
      const started = performance.now()
      const load = { start: loadAverage(), end: 0 }
      const results: Result[] = []
      const noScript: Result[] = []
      let firstError: unknown = null
      for (let run = 0; run < runs; run++) {
        try {
          results.push(await audit(url, config))
          if (withoutScripts) noScript.push(await audit(url, noScriptConfig))
        } catch (error) {
          firstError ??= error
        }
      }
      load.end = loadAverage()
      const runSeconds = (performance.now() - started) / 1000
      const context = { dist, error: firstError, load, runSeconds }
      const row = rowFromRuns(routePath, results, noScript, context)
      const kept = filterToValidRuns(results)
      if (kept.length > 0) await saveReport(routePath, computeMedianRun(kept))
      rows.push(row)
    }
  } finally {
    chrome.kill()
  }
  return rows
}

/** `vite preview` of the existing dist/ on the Lighthouse run's own port. */
export function startPreview(port = 4331): Promise<PreviewServer> {
  return startPreviewServer({ port })
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      port: { type: 'string', default: '4331' },
      dist: { type: 'string' },
    },
    allowPositionals: true,
  })
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer`)
  const givenUrl = positionals.find((value) => /^https?:/.test(value))
  const givenPaths = positionals.filter((value) => value.startsWith('/'))
  const preview = givenUrl ? null : await startPreview(Number(values.port))
  try {
    const baseUrl = givenUrl ?? preview?.url ?? ''
    console.log(
      `Lighthouse (mobile, simulated throttling), median of ${runs} runs against ${baseUrl}; ` +
        `load average ${os
          .loadavg()
          .map((value) => value.toFixed(2))
          .join(' ')} ` +
        `on ${os.availableParallelism()} cores`,
    )
    const rows = await runLighthouse(
      baseUrl,
      givenPaths.length > 0 ? givenPaths : benchRoutes.map((entry) => entry.path),
      { runs, dist: values.dist ? path.resolve(values.dist) : repositoryDist },
    )
    printLighthouse(rows)
    if (rows.some((row) => row.error)) process.exitCode = 1
  } finally {
    await preview?.stop()
  }
}
