/**
 * The Lighthouse table of `npm run bench` (tests/bench/lighthouse.ts) and its targets: each route's
 * medians with their spread, the audits that cost a category its target, and one line per target.
 */
import os from 'node:os'
import path from 'node:path'
import type { Result } from 'lighthouse'
import { type CategoryId, categoryIds } from './lighthouse.config.ts'
import type { FailingAudit, Row, Spread } from './lighthouse-figures.ts'

/** Issue 6's category scores, and issue 15's limits on the medians of every route. */
export const targets = {
  categories: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 },
  /** LCP at most this many times the same page's LCP with no script. */
  lcpRatio: 1.05,
  tbtMs: 50,
  /** A main-thread task longer than this blocks input. */
  longestTaskMs: 50,
  /** CLS 0, to three decimals. */
  cls: 0.0005,
  /** First-visit JavaScript at most the framework floor plus this. */
  overFloorBytes: 10 * 1024,
} satisfies { categories: Record<CategoryId, number>; [key: string]: unknown }

const reportFolder = path.resolve(import.meta.dirname, '../../node_modules/.cache/lighthouse')

export const reportFile = (routePath: string) =>
  path.join(reportFolder, routePath.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home')

/**
 * Audits that cost a category points: Lighthouse's report lists a binary audit as failed below 1,
 * and a metric or insight below 0.9. Only categories whose median is under target are looked at.
 */
export function failingAudits(lhr: Result, scores: Row['scores']): FailingAudit[] {
  const under = categoryIds.filter((id) => (scores[id]?.median ?? 0) < targets.categories[id])
  return under.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
      const audit = lhr.audits[ref.id]
      if (!audit) return []
      const { scoreDisplayMode: mode, score } = audit
      const failed =
        mode === 'error' ||
        (score !== null && mode === 'binary' && score < 1) ||
        (score !== null && (mode === 'numeric' || mode === 'metricSavings') && score < 0.9)
      if (!failed) return []
      const detail = audit.errorMessage ?? audit.explanation ?? audit.displayValue
      return [{ category, id: audit.id, title: audit.title, detail }]
    }),
  )
}

/** Lighthouse 13 names the LCP element only inside the LCP breakdown insight. */
export function lcpElement(lhr: Result): string | null {
  const details = lhr.audits['lcp-breakdown-insight']?.details
  if (details?.type !== 'list') return null
  const node = details.items.find((entry) => entry.type === 'node')
  return node ? `${node.selector ?? '?'} "${node.nodeLabel ?? ''}"` : null
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** "median (min-max)", or the median alone when every run agreed. */
export function showSpread(value: Spread | null, format: (value: number) => string): string {
  if (value === null) return '–'
  if (format(value.min) === format(value.max)) return format(value.median)
  return `${format(value.median)} (${format(value.min)}-${format(value.max)})`
}

const ms = (value: number) => value.toFixed(0)
const seconds = (value: number) => (value / 1000).toFixed(2)
const task = (value: number) => (value === 0 ? '<50' : value.toFixed(0))

function lcpRatio(row: Row): number | null {
  if (!row.lcpMs || !row.noScriptLcpMs || row.noScriptLcpMs.median === 0) return null
  return row.lcpMs.median / row.noScriptLcpMs.median
}

/** True, with a warning, when the load average is above the number of cores. */
export function warnIfBusy(when: string): boolean {
  const [load = 0] = os.loadavg()
  const cores = os.availableParallelism()
  if (load <= cores) return false
  console.log(
    `WARNING ${when}: load average ${load.toFixed(2)} on ${cores} cores. TBT and the longest task ` +
      'vary several-fold on a busy machine; compare figures taken at a similar load.',
  )
  return true
}

/** The table, each row's failing audits and errors, and one line of pass/fail per target. */
export function printLighthouse(
  rows: readonly Row[],
  { floorBytes }: { floorBytes?: number } = {},
) {
  console.table(
    Object.fromEntries(
      rows.map((row) => {
        const ratio = lcpRatio(row)
        const visit = row.firstVisit
        return [
          row.path,
          {
            perf: showSpread(row.scores.performance, String),
            'a11y/BP/SEO': (['accessibility', 'best-practices', 'seo'] as const)
              .map((id) => (row.scores[id] ? String(row.scores[id].median) : '–'))
              .join('/'),
            'LCP s': showSpread(row.lcpMs, seconds),
            'no-JS LCP s': showSpread(row.noScriptLcpMs, seconds),
            ratio: ratio === null ? '–' : ratio.toFixed(3),
            'TBT ms': showSpread(row.tbtMs, ms),
            CLS: showSpread(row.cls, (value) => value.toFixed(3)),
            'longest task ms': showSpread(row.longestTaskMs, task),
            'app task ms': showSpread(row.longestAppTaskMs, task),
            'first-visit JS': visit ? `${kb(visit.gzip)} (${visit.files} files)` : '–',
            load: `${row.load.start.toFixed(1)}-${row.load.end.toFixed(1)}`,
          },
        ]
      }),
    ),
  )
  console.log(
    'Medians of each figure over the valid runs, with (min-max) where runs differed. First-visit JS: ' +
      'the scripts the page requested until network and CPU quiet, gzip level 9 from the build, ' +
      "the run that fetched most; the service worker's precache is not counted.",
  )
  const clip = (text: string) => text.replace(/\s+/g, ' ').slice(0, 160)
  for (const row of rows) {
    if (row.error) console.log(`${row.path}: ERROR ${row.error}`)
    if (row.lcpMs && row.noScriptLcpMs && (lcpRatio(row) ?? 0) > targets.lcpRatio)
      console.log(`${row.path}: LCP element: ${clip(row.lcpElement ?? 'unknown')}`)
    if (row.longTasks.length > 0)
      console.log(`${row.path}: long tasks (kept run, ms): ${row.longTasks.join(', ')}`)
    if (row.firstVisit?.missing.length)
      console.log(`${row.path}: requested, not in the build: ${row.firstVisit.missing.join(' ')}`)
    for (const audit of row.failing) {
      const detail = audit.detail ? ` (${clip(audit.detail)})` : ''
      console.log(`${row.path}: ${audit.category}: ${audit.id}: ${audit.title}${detail}`)
    }
    if (row.failing.length > 0) console.log(`    elements and URLs: ${reportFile(row.path)}.html`)
  }
  console.log(summary(rows, floorBytes))
}

/** One line: each target, passed, or failed with the routes that miss it. */
function summary(rows: readonly Row[], floorBytes: number | undefined): string {
  const check = (label: string, miss: (row: Row) => string | null) => {
    const missed = rows.flatMap((row) => {
      const text = miss(row)
      return text === null ? [] : [`${row.path} ${text}`]
    })
    return missed.length === 0 ? `${label} pass` : `${label} FAIL (${missed.join(', ')})`
  }
  const over = (value: Spread | null, limit: number, format: (value: number) => string) => {
    if (value === null) return 'no value'
    return value.median > limit ? format(value.median) : null
  }
  const scores = categoryIds.map((id) => {
    const target = targets.categories[id]
    return check(`${id.replace('-', ' ').replace('seo', 'SEO')} >= ${target}`, (row) => {
      const score = row.scores[id]
      if (score === null) return 'no score'
      return score.median < target ? String(score.median) : null
    })
  })
  const lcp = check(`LCP <= ${targets.lcpRatio} x no-JS LCP`, (row) => {
    const ratio = lcpRatio(row)
    if (ratio === null) return 'no value'
    return ratio > targets.lcpRatio ? ratio.toFixed(3) : null
  })
  const tbt = check(`TBT <= ${targets.tbtMs} ms`, (row) => over(row.tbtMs, targets.tbtMs, ms))
  const longest = check(`no app task of ${targets.longestTaskMs} ms or more`, (row) =>
    over(row.longestAppTaskMs, 0, ms),
  )
  const cls = check('CLS 0', (row) => over(row.cls, targets.cls, (value) => value.toFixed(3)))
  const lines = [...scores, lcp, tbt, longest, cls]
  if (floorBytes !== undefined) {
    const limit = floorBytes + targets.overFloorBytes
    lines.push(
      check(`first-visit JS <= floor ${kb(floorBytes)} + 10 KB`, (row) => {
        if (!row.firstVisit) return 'no value'
        return row.firstVisit.gzip > limit ? `+${kb(row.firstVisit.gzip - floorBytes)}` : null
      }),
    )
  }
  return `Lighthouse targets (medians): ${lines.join('; ')}`
}
