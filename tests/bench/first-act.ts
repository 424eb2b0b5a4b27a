/**
 * What a reader's first act costs (decision 023): Lighthouse never acts, so a prerendered page's
 * own components never load or hydrate in its runs. Here Chromium loads each route at a 4x CPU
 * slowdown (Lighthouse's mobile factor, applied for real rather than simulated), waits until the
 * page is idle, presses Shift (an act that changes nothing on the page) and records the longest
 * main-thread task from then until the page has hydrated, and how long hydration took.
 *
 * Alone: `node tests/bench/first-act.ts [base URL] [--runs=N] [/path ...]` against a running build.
 */
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../browser/chromium.ts'
import { spread, type Spread } from './lighthouse-figures.ts'
import { showSpread } from './lighthouse-print.ts'

export type FirstActRow = { path: string; longestTaskMs: Spread | null; readyMs: Spread | null }

type WindowWithTasks = Window & { longTasks: number[] }

async function measureOnce(url: string): Promise<{ longestTaskMs: number; readyMs: number }> {
  const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true })
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.addInitScript(() => {
      const tasks: number[] = []
      ;(window as unknown as WindowWithTasks).longTasks = tasks
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration)
      }).observe({ type: 'longtask', buffered: true })
    })
    await page.goto(url)
    await page.locator('html[data-app="waiting"]').waitFor({ state: 'attached' })
    await page.waitForLoadState('networkidle')
    const tasksBefore = await page.evaluate(
      () => (window as unknown as WindowWithTasks).longTasks.length,
    )
    const start = Date.now()
    await page.keyboard.press('Shift')
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' })
    const readyMs = Date.now() - start
    // Work the hydration schedules just after it commits (effects, deferred renders) counts too.
    await page.waitForTimeout(500)
    const tasks = await page.evaluate(
      (from) => (window as unknown as WindowWithTasks).longTasks.slice(from),
      tasksBefore,
    )
    return { longestTaskMs: Math.max(0, ...tasks), readyMs }
  } finally {
    await browser.close()
  }
}

export async function measureFirstAct(
  baseUrl: string,
  paths: readonly string[],
  runs = 3,
): Promise<FirstActRow[]> {
  const rows: FirstActRow[] = []
  for (const path of paths) {
    const results = []
    for (let run = 0; run < runs; run++)
      results.push(await measureOnce(new URL(path, baseUrl).href))
    rows.push({
      path,
      longestTaskMs: spread(results.map((result) => result.longestTaskMs)),
      readyMs: spread(results.map((result) => result.readyMs)),
    })
  }
  return rows
}

/** Long tasks are 50 ms or more: a shorter longest task is shown as "<50", as in Lighthouse's table. */
const task = (ms: number) => (ms < 50 ? '<50' : ms.toFixed(0))

export function printFirstAct(rows: readonly FirstActRow[]): void {
  console.table(
    Object.fromEntries(
      rows.map((row) => [
        row.path,
        {
          'longest task ms': showSpread(row.longestTaskMs, task),
          'hydrated after ms': row.readyMs ? row.readyMs.median.toFixed(0) : 'n/a',
        },
      ]),
    ),
  )
  const over = rows.filter((row) => (row.longestTaskMs?.median ?? 0) >= 50)
  console.log(
    `First act, no task of 50 ms or more (medians): ${
      over.length === 0 ? 'pass' : `FAIL (${over.map((row) => row.path).join(', ')})`
    }`,
  )
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { runs: { type: 'string', default: '3' } },
  })
  const [baseUrl = 'http://localhost:4173', ...paths] = positionals
  printFirstAct(
    await measureFirstAct(baseUrl, paths.length > 0 ? paths : ['/'], Number(values.runs)),
  )
}
