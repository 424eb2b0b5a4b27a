/**
 * Lighthouse mobile scores per route, from Debian's Chromium: performance, accessibility, best
 * practices and SEO, with LCP, TBT and CLS, against the targets of issue 6. For any category
 * under its target it lists the audits that cost the points, so the row says what to fix.
 *
 * Alone: `node tests/bench/lighthouse.ts [base URL] [--runs=N]`. With a URL it audits that server
 * as it is; without one it serves the existing `dist/` (it does not build; run `npm run build`
 * first) with `vite preview` on port 4331 and stops it at the end. Exits 1 only if a route could
 * not be audited: missing a target is a benchmark result, not an error.
 *
 * The settings are Lighthouse's, from the config file tests/bench/lighthouse.config.ts (mobile,
 * simulated throttling, four categories). With `--runs=N` each route keeps the run Lighthouse's own
 * `computeMedianRun` picks: the one nearest the median FCP and TTI, as Lighthouse CI does. The kept
 * run's reports go to node_modules/.cache/lighthouse/<route>.html (Lighthouse's report, with the
 * elements each failing audit blames) and .json. Simulated throttling makes scores depend less on
 * the machine than wall-clock times do, but TBT still follows the CPU load.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { type Result, generateReport } from 'lighthouse'
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js'
import { chromiumLaunchOptions } from '../browser/chromium.ts'
import config, { type CategoryId, categoryIds } from './lighthouse.config.ts'
import { type PreviewServer, startPreviewServer } from './preview-server.ts'
import { benchRoutes } from './routes.ts'

/** Minimum score (0-100) per category, and the metric limits, from issue 6. */
const targets = {
  categories: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 },
  lcpSeconds: 1.2,
  /** CLS must stay strictly below this. */
  cls: 0.01,
} satisfies { categories: Record<CategoryId, number>; lcpSeconds: number; cls: number }

type FailingAudit = {
  category: CategoryId
  id: string
  title: string
  /** Lighthouse's own words on this page (e.g. where the canonical link points), if any. */
  detail: string | undefined
}

export type Row = {
  path: string
  /** 0-100, or null where Lighthouse could not score the category or the run failed. */
  scores: Record<CategoryId, number | null>
  lcpSeconds: number | null
  tbtMs: number | null
  cls: number | null
  /** The element whose paint was the LCP, to say what to speed up when LCP misses its target. */
  lcpElement: string | null
  failing: FailingAudit[]
  /** Lighthouse's own time for the kept run (`timing.total`), page load included. */
  runSeconds: number
  /** Why the route has no scores: a crash, or Lighthouse's runtime error (e.g. page not found). */
  error?: string
}

// Not test-results/: Playwright empties that folder at the start of every browser test run.
const reportFolder = path.resolve(import.meta.dirname, '../../node_modules/.cache/lighthouse')

/**
 * Audits that cost a category points: Lighthouse's report lists a binary audit as failed below 1,
 * and a metric or insight below 0.9.
 */
function failingAudits(lhr: Result, category: CategoryId): FailingAudit[] {
  return (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
    const audit = lhr.audits[ref.id]
    if (!audit) return []
    const { scoreDisplayMode: mode, score } = audit
    const failed =
      mode === 'error' ||
      (score !== null && mode === 'binary' && score < 1) ||
      (score !== null && (mode === 'numeric' || mode === 'metricSavings') && score < 0.9)
    if (!failed) return []
    const detail = audit.errorMessage ?? audit.explanation ?? audit.displayValue
    const { id, title } = audit
    return [{ category, id, title, detail }]
  })
}

/** Lighthouse 13 names the LCP element only inside the LCP breakdown insight. */
function lcpElement(lhr: Result): string | null {
  const details = lhr.audits['lcp-breakdown-insight']?.details
  if (details?.type !== 'list') return null
  const node = details.items.find((entry) => entry.type === 'node')
  return node ? `${node.selector ?? '?'} "${node.nodeLabel ?? ''}"` : null
}

function rowFromResult(routePath: string, lhr: Result): Row {
  const scores = Object.fromEntries(
    categoryIds.map((id) => {
      const score = lhr.categories[id]?.score
      return [id, score == null ? null : Math.round(score * 100)]
    }),
  ) as Row['scores']
  // A page that did not load fails nearly every audit; the runtime error says it better.
  const failing = lhr.runtimeError
    ? []
    : categoryIds
        .filter((id) => (scores[id] ?? 0) < targets.categories[id])
        .flatMap((id) => failingAudits(lhr, id))
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? null
  const lcpMs = metric('largest-contentful-paint')
  return {
    path: routePath,
    scores,
    lcpSeconds: lcpMs === null ? null : lcpMs / 1000,
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    lcpElement: lcpElement(lhr),
    failing,
    runSeconds: lhr.timing.total / 1000,
    ...(lhr.runtimeError ? { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
  }
}

/** A route Lighthouse could not audit at all. */
function errorRow(routePath: string, error: unknown): Row {
  const scores = Object.fromEntries(categoryIds.map((id) => [id, null])) as Row['scores']
  const message = error instanceof Error ? error.message : String(error)
  const unmeasured = { lcpSeconds: null, tbtMs: null, cls: null, lcpElement: null, runSeconds: 0 }
  return { path: routePath, scores, ...unmeasured, failing: [], error: message }
}

const reportFile = (routePath: string) =>
  path.join(reportFolder, routePath.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home')

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

/**
 * Audits each path of `baseUrl` `runs` times in turn, in one Chromium, and keeps Lighthouse's
 * median run per route; a route where no run produced FCP and TTI keeps its first run's error.
 */
export async function runLighthouse(
  baseUrl: string,
  paths: readonly string[],
  { runs = 1 }: { runs?: number } = {},
): Promise<Row[]> {
  // Debian's Chromium with the browser tests' no-phoning-home flags; `--headless`, or
  // chrome-launcher would open a window.
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumLaunchOptions.executablePath,
    chromeFlags: ['--headless', ...chromiumLaunchOptions.args],
    logLevel: 'error',
  })
  const rows: Row[] = []
  try {
    for (const routePath of paths) {
      const url = new URL(routePath, baseUrl).href
      const results: Result[] = []
      let firstError: unknown = null
      for (let run = 0; run < runs; run++) {
        try {
          const result = await lighthouse(url, { port: chrome.port, logLevel: 'error' }, config)
          if (result) results.push(result.lhr)
          else firstError ??= new Error('Lighthouse returned no result')
        } catch (error) {
          firstError ??= error
        }
      }
      const valid = filterToValidRuns(results)
      const kept = valid.length > 0 ? computeMedianRun(valid) : results[0]
      if (kept) await saveReport(routePath, kept)
      rows.push(kept ? rowFromResult(routePath, kept) : errorRow(routePath, firstError))
    }
  } finally {
    chrome.kill()
  }
  return rows
}

const show = (value: number | null, format: (value: number) => string) =>
  value === null ? '–' : format(value)

/** The table, each row's failing audits and errors, and one line of pass/fail per target. */
export function printLighthouse(rows: readonly Row[]): void {
  console.table(
    Object.fromEntries(
      rows.map((row) => [
        row.path,
        {
          perf: show(row.scores.performance, String),
          a11y: show(row.scores.accessibility, String),
          BP: show(row.scores['best-practices'], String),
          SEO: show(row.scores.seo, String),
          'LCP s': show(row.lcpSeconds, (value) => value.toFixed(2)),
          'TBT ms': show(row.tbtMs, (value) => value.toFixed(0)),
          CLS: show(row.cls, (value) => value.toFixed(3)),
          'run s': row.runSeconds.toFixed(1),
        },
      ]),
    ),
  )
  const clip = (text: string) => text.replace(/\s+/g, ' ').slice(0, 160)
  for (const row of rows) {
    if (row.error) console.log(`${row.path}: ERROR ${row.error}`)
    if (row.lcpSeconds !== null && row.lcpSeconds > targets.lcpSeconds)
      console.log(`${row.path}: LCP element: ${clip(row.lcpElement ?? 'unknown')}`)
    for (const audit of row.failing) {
      const detail = audit.detail ? ` (${clip(audit.detail)})` : ''
      console.log(`${row.path}: ${audit.category}: ${audit.id}: ${audit.title}${detail}`)
    }
    if (row.failing.length > 0) console.log(`    elements and URLs: ${reportFile(row.path)}.html`)
  }
  console.log(summary(rows))
}

/** One line: each target, passed, or failed with the routes that miss it. */
function summary(rows: readonly Row[]): string {
  const check = (label: string, miss: (row: Row) => string | null) => {
    const missed = rows.flatMap((row) => {
      const text = miss(row)
      return text === null ? [] : [`${row.path} ${text}`]
    })
    return missed.length === 0 ? `${label} pass` : `${label} FAIL (${missed.join(', ')})`
  }
  const scores = categoryIds.map((id) => {
    const target = targets.categories[id]
    return check(`${id.replace('-', ' ').replace('seo', 'SEO')} >= ${target}`, (row) => {
      const score = row.scores[id]
      if (score === null) return 'no score'
      return score < target ? String(score) : null
    })
  })
  const lcp = check(`LCP <= ${targets.lcpSeconds} s`, ({ lcpSeconds }) => {
    if (lcpSeconds === null) return 'no value'
    return lcpSeconds > targets.lcpSeconds ? `${lcpSeconds.toFixed(2)} s` : null
  })
  const cls = check(`CLS < ${targets.cls}`, (row) => {
    if (row.cls === null) return 'no value'
    return row.cls >= targets.cls ? row.cls.toFixed(3) : null
  })
  return `Lighthouse targets: ${[...scores, lcp, cls].join('; ')}`
}

/** `vite preview` of the existing dist/ on the Lighthouse run's own port. */
export function startPreview(): Promise<PreviewServer> {
  return startPreviewServer({ port: 4331 })
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    options: { runs: { type: 'string', default: '1' } },
    allowPositionals: true,
  })
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer`)
  const givenUrl = positionals[0]
  const preview = givenUrl ? null : await startPreview()
  try {
    const baseUrl = givenUrl ?? preview?.url ?? ''
    const median = runs > 1 ? `, Lighthouse's median of ${runs} runs` : ''
    console.log(`Lighthouse (mobile, simulated throttling${median}) against ${baseUrl}`)
    const rows = await runLighthouse(
      baseUrl,
      benchRoutes.map((entry) => entry.path),
      { runs },
    )
    printLighthouse(rows)
    if (rows.some((row) => row.error)) process.exitCode = 1
  } finally {
    await preview?.stop()
  }
}
