/**
 * Lighthouse mobile scores per route, from Debian's Chromium: performance, accessibility, best
 * practices and SEO, with LCP, TBT and CLS, against the targets of issue 6. For any category
 * under its target it lists the audits that cost the points, so the row says what to fix.
 *
 * Alone: `node tests/bench/lighthouse.ts [base URL] [--runs=N]`. With a URL it audits that server
 * as it is; without one it serves the existing `dist/` (it does not build; run `npm run build`
 * first) with `vite preview` on port 4331 and stops it at the end. `--runs=3` keeps each route's
 * median run. Exits 1 only if a route could not be audited: missing a target is a benchmark
 * result, not an error. Each report's JSON is kept in node_modules/.cache/lighthouse/ for a
 * closer look (open it in https://googlechrome.github.io/lighthouse/viewer/).
 *
 * Scores use Lighthouse's default simulated mobile throttling, so they depend less on the machine
 * than wall-clock times do, but TBT still scales with how busy the CPU was during the run.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { type Flags, type Result } from 'lighthouse'
import { chromiumLaunchOptions } from '../browser/chromium.ts'
import { benchRoutes } from './routes.ts'

const categoryIds = ['performance', 'accessibility', 'best-practices', 'seo'] as const
type CategoryId = (typeof categoryIds)[number]

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
  detail?: string
  /** The first few elements, URLs or console messages the audit blames. */
  offenders: string[]
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
  /** Wall-clock time of this route's run, including the page load. */
  runSeconds: number
  /** Why the route has no scores: a crash, or Lighthouse's runtime error (e.g. page not found). */
  error?: string
}

// Not test-results/: Playwright empties that folder at the start of every browser test run.
const reportFolder = path.resolve(import.meta.dirname, '../../node_modules/.cache/lighthouse')

// Debian's Chromium with the same no-phoning-home flags as the browser tests; `--headless` because
// chrome-launcher would otherwise open a window.
const chromeFlags = ['--headless', ...chromiumLaunchOptions.args]

const flags: Flags = {
  output: 'json',
  logLevel: 'error',
  onlyCategories: [...categoryIds],
  // Lighthouse's defaults, spelled out because the targets are defined against them.
  formFactor: 'mobile',
  throttlingMethod: 'simulate',
}

const emptyScores = (): Row['scores'] => ({
  performance: null,
  accessibility: null,
  'best-practices': null,
  seo: null,
})

type AuditDetails = NonNullable<Result['audits'][string]['details']>
type TableItem = Extract<AuditDetails, { type: 'table' }>['items'][number]

const offenderLimit = 3

function describeItem(item: TableItem): string | null {
  const parts: string[] = []
  for (const value of Object.values(item)) {
    if (typeof value !== 'object' || !('type' in value)) continue
    if (value.type === 'node') parts.push(`${value.selector ?? '?'} "${value.nodeLabel ?? ''}"`)
    if (value.type === 'source-location') parts.push(value.url)
  }
  for (const key of ['url', 'description'] as const) {
    const value = item[key]
    if (typeof value === 'string' && value !== '') parts.push(value)
  }
  return parts.length === 0 ? null : parts.join(' ')
}

/** What the audit's details point at; insights nest their tables inside a list. */
function offenders(details: AuditDetails | undefined): string[] {
  if (!details) return []
  const items: TableItem[] = []
  if (details.type === 'table' || details.type === 'opportunity') items.push(...details.items)
  if (details.type === 'list') {
    for (const entry of details.items) if (entry.type === 'table') items.push(...entry.items)
  }
  return items
    .map(describeItem)
    .filter((text) => text !== null)
    .slice(0, offenderLimit)
}

/**
 * Audits that cost a category points. Binary audits fail below 1; metric and insight audits
 * count from below 0.9, where Lighthouse's report stops showing them as passed.
 */
function failingAudits(lhr: Result, category: CategoryId): FailingAudit[] {
  const failing: FailingAudit[] = []
  for (const ref of lhr.categories[category]?.auditRefs ?? []) {
    const audit = lhr.audits[ref.id]
    if (!audit) continue
    const { scoreDisplayMode, score } = audit
    const failed =
      scoreDisplayMode === 'error' ||
      (score !== null && scoreDisplayMode === 'binary' && score < 1) ||
      (score !== null &&
        (scoreDisplayMode === 'numeric' || scoreDisplayMode === 'metricSavings') &&
        score < 0.9)
    if (!failed) continue
    const detail = audit.errorMessage ?? audit.explanation ?? audit.displayValue
    failing.push({
      category,
      id: audit.id,
      title: audit.title,
      ...(detail ? { detail } : {}),
      offenders: offenders(audit.details),
    })
  }
  return failing
}

/** Lighthouse 13 names the LCP element only inside the LCP breakdown insight. */
function lcpElement(lhr: Result): string | null {
  const details = lhr.audits['lcp-breakdown-insight']?.details
  if (details?.type !== 'list') return null
  for (const entry of details.items) {
    if (entry.type === 'node') return `${entry.selector ?? '?'} "${entry.nodeLabel ?? ''}"`
  }
  return null
}

function rowFromResult(routePath: string, lhr: Result, runSeconds: number): Row {
  const scores = emptyScores()
  for (const id of categoryIds) {
    const score = lhr.categories[id]?.score
    scores[id] = score == null ? null : Math.round(score * 100)
  }
  // A page that did not load fails nearly every audit; the runtime error says it better.
  const failing = lhr.runtimeError
    ? []
    : categoryIds
        .filter((id) => scores[id] === null || (scores[id] ?? 0) < targets.categories[id])
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
    runSeconds,
    ...(lhr.runtimeError ? { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
  }
}

/** One Lighthouse run of one page; a failure becomes a row with the error. */
async function auditPage(url: string, routePath: string, port: number): Promise<Row> {
  const started = performance.now()
  const seconds = () => (performance.now() - started) / 1000
  try {
    const result = await lighthouse(url, { ...flags, port })
    if (!result) throw new Error('Lighthouse returned no result')
    const row = rowFromResult(routePath, result.lhr, seconds())
    // The JSON is a convenience; failing to keep it must not cost the scores.
    try {
      const name = routePath.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'
      await mkdir(reportFolder, { recursive: true })
      const json = typeof result.report === 'string' ? result.report : result.report.join('')
      await writeFile(path.join(reportFolder, `${name}.json`), json)
    } catch (error) {
      console.warn(`Could not save the report of ${routePath}: ${String(error)}`)
    }
    return row
  } catch (error) {
    return {
      path: routePath,
      scores: emptyScores(),
      lcpSeconds: null,
      tbtMs: null,
      cls: null,
      lcpElement: null,
      failing: [],
      runSeconds: seconds(),
      error: error instanceof Error ? error.message : String(error),
    }
  }
}

/**
 * Audits each path of `baseUrl` in turn, in one Chromium; a route that fails keeps its row. With
 * `runs` above 1 each route keeps its median run by performance score, because simulated LCP
 * flips between two values depending on whether the page painted before its scripts arrived.
 */
export async function runLighthouse(
  baseUrl: string,
  paths: readonly string[],
  { runs = 1 }: { runs?: number } = {},
): Promise<Row[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumLaunchOptions.executablePath,
    chromeFlags,
    logLevel: 'error',
  })
  const rows: Row[] = []
  try {
    for (const routePath of paths) {
      const attempts: Row[] = []
      for (let run = 0; run < runs; run++)
        attempts.push(await auditPage(new URL(routePath, baseUrl).href, routePath, chrome.port))
      const scored = attempts
        .filter((row) => !row.error)
        .sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0))
      const median = scored[Math.floor((scored.length - 1) / 2)] ?? attempts[0]
      if (median) rows.push(median)
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
  for (const row of rows) {
    if (row.error) console.log(`${row.path}: ERROR ${row.error}`)
    if (row.lcpSeconds !== null && row.lcpSeconds > targets.lcpSeconds)
      console.log(`${row.path}: LCP element: ${(row.lcpElement ?? 'unknown').slice(0, 160)}`)
    for (const audit of row.failing) {
      const detail = audit.detail ? ` (${audit.detail.replace(/\s+/g, ' ').slice(0, 160)})` : ''
      console.log(`${row.path}: ${audit.category}: ${audit.id}: ${audit.title}${detail}`)
      for (const offender of audit.offenders) console.log(`    ${offender.slice(0, 160)}`)
    }
  }
  console.log(summary(rows))
}

function summary(rows: readonly Row[]): string {
  const check = (label: string, misses: (row: Row) => string | null) => {
    const missed = rows.flatMap((row) => {
      const miss = misses(row)
      return miss === null ? [] : [`${row.path} ${miss}`]
    })
    return missed.length === 0 ? `${label} pass` : `${label} FAIL (${missed.join(', ')})`
  }
  const category = (id: CategoryId, label: string) =>
    check(`${label} >= ${targets.categories[id]}`, (row) => {
      const score = row.scores[id]
      if (score === null) return 'no score'
      return score < targets.categories[id] ? String(score) : null
    })
  return [
    'Lighthouse targets:',
    [
      category('performance', 'performance'),
      category('accessibility', 'accessibility'),
      category('best-practices', 'best practices'),
      category('seo', 'SEO'),
      check(`LCP <= ${targets.lcpSeconds} s`, ({ lcpSeconds }) => {
        if (lcpSeconds === null) return 'no value'
        return lcpSeconds > targets.lcpSeconds ? `${lcpSeconds.toFixed(2)} s` : null
      }),
      check(`CLS < ${targets.cls}`, ({ cls }) => {
        if (cls === null) return 'no value'
        return cls >= targets.cls ? cls.toFixed(3) : null
      }),
    ].join('; '),
  ].join(' ')
}

const previewPort = 4331

/** `vite preview` of the existing dist/ on a port of our own; resolves once it answers. */
export async function startPreview(): Promise<{ url: string; server: ChildProcess }> {
  const root = path.resolve(import.meta.dirname, '../..')
  if (!existsSync(path.join(root, 'dist/index.html')))
    throw new Error('No dist/index.html: run `npm run build` first, or pass a base URL.')
  const server = spawn(
    path.join(root, 'node_modules/.bin/vite'),
    ['preview', '--port', String(previewPort), '--strictPort'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  )
  const url = `http://localhost:${previewPort}/`
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}`)
    try {
      if ((await fetch(url)).ok) return { url, server }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  server.kill()
  throw new Error(`vite preview did not answer at ${url} within 30 s`)
}

if (import.meta.main) {
  const args = process.argv.slice(2)
  const runsArg = args.find((arg) => arg.startsWith('--runs='))
  const runs = runsArg ? Number(runsArg.slice('--runs='.length)) : 1
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer`)
  const givenUrl = args.find((arg) => !arg.startsWith('--'))
  const preview = givenUrl ? null : await startPreview()
  try {
    const baseUrl = givenUrl ?? preview?.url ?? ''
    const median = runs > 1 ? `, median of ${runs} runs` : ''
    console.log(`Lighthouse (mobile, simulated throttling${median}) against ${baseUrl}`)
    const rows = await runLighthouse(
      baseUrl,
      benchRoutes.map((entry) => entry.path),
      { runs },
    )
    printLighthouse(rows)
    if (rows.some((row) => row.error)) process.exitCode = 1
  } finally {
    preview?.server.kill()
  }
}
