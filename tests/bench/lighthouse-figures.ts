/**
 * What the bench keeps of one Lighthouse run (tests/bench/lighthouse.ts), and the median and spread
 * of several. Each figure is taken from its own audit, so the median of each is reported on its own
 * rather than the one run Lighthouse keeps as its median (which it picks by FCP and TTI only).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Result } from 'lighthouse'
import { type CategoryId, categoryIds } from './lighthouse.config.ts'

export type RunFigures = {
  /** 0-100 per category; null where Lighthouse could not score it. */
  scores: Record<CategoryId, number | null>
  lcpMs: number | null
  tbtMs: number | null
  cls: number | null
  /** The longest main-thread task (simulated, as TBT is); 0 when none reached 50 ms. */
  longestTaskMs: number | null
  /**
   * The longest task of the app's: one Lighthouse attributes to a script, or one that starts at or
   * after the first contentful paint. The app's scripts start only after the paint (decision 002),
   * so this is what hydration and everything after it cost, and what issue 15's "no task over 50
   * ms during or after hydration" is about. Left out: tasks of the document itself (its parsing,
   * style and layout, or unattributable) that start before the paint, which a page without scripts
   * has too. A script's task counts wherever the simulation places it: Lighthouse's simulated
   * clock can put one before the simulated paint although it ran after the real one.
   */
  longestAppTaskMs: number | null
  /** Same-origin scripts the page itself requested until Lighthouse saw network and CPU quiet. */
  scriptPaths: string[]
}

export type Spread = { median: number; min: number; max: number }

type TableItem = Record<string, unknown>

function tableItems(lhr: Result, auditId: string): TableItem[] {
  const details = lhr.audits[auditId]?.details
  if (details?.type !== 'table') return []
  return details.items
}

/**
 * The scripts a first visit downloads: every same-origin script request of the page's own target.
 * The service worker's precache (requested from the worker, after `load`) is the offline copy of
 * the whole shell, not what this page needs, and is left out.
 */
function requestedScripts(lhr: Result): string[] {
  const origin = new URL(lhr.finalDisplayedUrl).origin
  const paths = tableItems(lhr, 'network-requests').flatMap((item) => {
    const { url, resourceType, sessionTargetType, statusCode } = item
    if (typeof url !== 'string' || resourceType !== 'Script') return []
    if (sessionTargetType !== undefined && sessionTargetType !== 'page') return []
    if (typeof statusCode === 'number' && (statusCode < 200 || statusCode >= 400)) return []
    const address = new URL(url)
    return address.origin === origin ? [address.pathname] : []
  })
  return [...new Set(paths)]
}

/** The first contentful paint on the same (simulated) clock as the long tasks' start times. */
const firstPaintMs = (lhr: Result) => lhr.audits['first-contentful-paint']?.numericValue ?? 0

const isAppTask = (item: TableItem, lhr: Result) =>
  (typeof item.url === 'string' && item.url.endsWith('.js')) ||
  (typeof item.startTime === 'number' && item.startTime >= firstPaintMs(lhr))

/**
 * The run's long tasks, longest first, as "ms where": Lighthouse names the script at the top of a
 * task's stack (or the one that inserted it, for a module graph's evaluation), the document for
 * its own parsing, or "Unattributable" (style, layout); a task may also carry the style and layout
 * of the first paint. The document's own tasks before the first contentful paint say so.
 */
export function longTaskList(lhr: Result): string[] {
  return tableItems(lhr, 'long-tasks').map((item) => {
    const duration = typeof item.duration === 'number' ? item.duration.toFixed(0) : '?'
    const url = typeof item.url === 'string' ? item.url : '?'
    const where = url.startsWith('http') ? new URL(url).pathname : url
    return `${duration} ${where}${isAppTask(item, lhr) ? '' : ' (document, before paint)'}`
  })
}

export function runFigures(lhr: Result): RunFigures {
  const scores = Object.fromEntries(
    categoryIds.map((id) => {
      const score = lhr.categories[id]?.score
      return [id, score == null ? null : Math.round(score * 100)]
    }),
  ) as RunFigures['scores']
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? null
  const longTasks = lhr.audits['long-tasks']
  const items = tableItems(lhr, 'long-tasks')
  const longest = (tasks: TableItem[]) =>
    Math.max(0, ...tasks.map((item) => (typeof item.duration === 'number' ? item.duration : 0)))
  return {
    scores,
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    longestTaskMs: longTasks?.details ? longest(items) : null,
    longestAppTaskMs: longTasks?.details
      ? longest(items.filter((item) => isAppTask(item, lhr)))
      : null,
    scriptPaths: requestedScripts(lhr),
  }
}

/** Median (the middle value, or the mean of the middle two), minimum and maximum. */
export function spread(values: readonly (number | null)[]): Spread | null {
  const known = values.filter((value) => value !== null).sort((a, b) => a - b)
  if (known.length === 0) return null
  const middle = Math.floor(known.length / 2)
  const median =
    known.length % 2 === 1
      ? (known[middle] ?? 0)
      : ((known[middle - 1] ?? 0) + (known[middle] ?? 0)) / 2
  return { median, min: known[0] ?? 0, max: known[known.length - 1] ?? 0 }
}

export type FirstVisitScripts = {
  /** Gzip bytes (level 9, as the byte budgets and the framework floor are counted). */
  gzip: number
  files: number
  /** Requested paths with no file in the build (counted as 0 bytes). */
  missing: string[]
}

/**
 * The scripts a run requested, counted from the build's own files: what the browser fetched, in the
 * same gzip measure as the floor, whatever compression the preview server applies.
 */
export function firstVisitScripts(scriptPaths: readonly string[], dist: string): FirstVisitScripts {
  let gzip = 0
  const missing: string[] = []
  for (const scriptPath of scriptPaths) {
    try {
      gzip += gzipSync(readFileSync(path.join(dist, scriptPath)), { level: 9 }).length
    } catch {
      missing.push(scriptPath)
    }
  }
  return { gzip, files: scriptPaths.length, missing }
}

/** The run that downloaded the most script: a route's first-visit figure is its worst run. */
export function heaviestVisit(visits: readonly FirstVisitScripts[]): FirstVisitScripts | null {
  return visits.reduce<FirstVisitScripts | null>(
    (heaviest, visit) => (heaviest === null || visit.gzip > heaviest.gzip ? visit : heaviest),
    null,
  )
}

export type FailingAudit = {
  category: CategoryId
  id: string
  title: string
  /** Lighthouse's own words on this page (e.g. where the canonical link points), if any. */
  detail: string | undefined
}

/** One route's figures, as tests/bench/lighthouse.ts reports them. */
export type Row = {
  path: string
  /** Runs that measured FCP and TTI, of those asked for. */
  validRuns: number
  /** Median score per category, 0-100; null where no run scored it. */
  scores: Record<CategoryId, Spread | null>
  lcpMs: Spread | null
  /** LCP of the same page with every script blocked: the limit scripts can only add to. */
  noScriptLcpMs: Spread | null
  tbtMs: Spread | null
  cls: Spread | null
  /** The longest main-thread task; 0 when no task reached 50 ms. */
  longestTaskMs: Spread | null
  /** The longest task of the app's: script-attributed, or after the first paint (RunFigures). */
  longestAppTaskMs: Spread | null
  /** The run that downloaded the most script. */
  firstVisit: FirstVisitScripts | null
  /** The one-minute load average when the route's runs started and ended. */
  load: { start: number; end: number }
  /** The element whose paint was the LCP, in the kept run. */
  lcpElement: string | null
  /** The kept run's long tasks, longest first ("ms where"). */
  longTasks: string[]
  /** Audits that cost a category under its target points, in the kept run. */
  failing: FailingAudit[]
  /** Wall-clock seconds for all the route's runs. */
  runSeconds: number
  /** Why the route has no scores: a crash, or Lighthouse's runtime error (e.g. page not found). */
  error?: string
}
