/**
 * Keystroke latency of the timeline filter and the search box in Chromium, three ways:
 * - to commit: the app's own User Timing measures (`timeline-filter` and `search`, see
 *   src/lib/interaction-timing.ts), from the input event to the commit of the filtered list; a
 *   list rendered in a transition commits after the frame that echoes the key, and this counts
 *   that wait;
 * - to paint: the main thread's work from the key press to the end of the frame that paints the
 *   answer, from a trace (tests/bench/keystroke-frames.ts): the script, and the style, layout and
 *   paint it causes, idle time left out;
 * - longest task: the longest main-thread task from the key press until the next, from the same
 *   trace, which also sees what the browser renders after the answer's frame.
 * All three are time in the page, not the round trips of driving the browser.
 *
 *   node tests/bench/latency.ts [--url http://localhost:4311] [--timeline netflix] [--search "baek kang,renewal"]
 *
 * Expects a production build served by `vite preview` at the URL.
 */
import process from 'node:process'
import { parseArgs } from 'node:util'
import { type Page, chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../browser/chromium.ts'
import { appReady } from '../browser/fixtures.ts'
import { spread } from './lighthouse-figures.ts'
import {
  type KeystrokeFrames,
  startKeystrokeTrace,
  stopKeystrokeTrace,
} from './keystroke-frames.ts'

export type LatencyFigures = {
  /** One duration per committed keystroke, in milliseconds. */
  samples: number[]
  median: number
  max: number
}

/** One interaction's keystrokes, all three ways. */
export type KeystrokeLatency = {
  toCommit: LatencyFigures
  toPaint: LatencyFigures
  longestTask: LatencyFigures
}

export type LatencyResult = { timeline: KeystrokeLatency; search: KeystrokeLatency }

export type LatencyOptions = {
  baseUrl: string
  timelineQuery?: string
  searchQueries?: readonly string[]
  /** Pause between keystrokes (`keystrokeDelayMs` unless given). */
  keyDelayMs?: number
}

/** Pause between keystrokes: a fast typist, and room for each keystroke to commit. */
export const keystrokeDelayMs = 120

/** What is typed into the timeline filter: one letter matches most events, the word a few. */
export const timelineWord = 'netflix'

/**
 * What is typed into the search box, the box cleared between: a character's name, with a space in
 * it, and a word of the texts and of the rumor ledger's topics, which costs the engine more
 * (decision 042).
 */
const searchQueries = ['baek kang', 'renewal']

/** The window the keystrokes are typed in: a laptop's. */
export const keystrokeViewport = { width: 1280, height: 900 }

export function latencyFigures(samples: number[]): LatencyFigures {
  const { median = Number.NaN, max = Number.NaN } = spread(samples) ?? {}
  return { samples, median, max }
}

async function clearMeasures(page: Page, name: string): Promise<void> {
  await page.evaluate((measure) => performance.clearMeasures(measure), name)
}

/**
 * Waits for the page to settle: the service worker that a first visit installs controls it, and
 * the main thread has had an idle moment since. Installing precaches the whole shell in the
 * second or so after load, and on this 2-core machine that competes with the page for the CPU:
 * typed during it, the timeline's keystrokes measured the install as much as the page, and the
 * floor beside them has no worker (decision 029). Search already types after the network is quiet.
 */
async function settle(page: Page): Promise<void> {
  await page
    .waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    })
    .catch((error: unknown) => {
      throw new Error('The service worker never took control of the page', { cause: error })
    })
  await idleMoment(page)
}

/** Waits for the page's main thread to have an idle moment. */
async function idleMoment(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)))
}

/** Waits until `count` measures named `name` exist (or a few seconds pass), then returns them. */
async function collectMeasures(page: Page, name: string, count: number): Promise<number[]> {
  await page
    .waitForFunction(
      ([measure, expected]) => performance.getEntriesByName(measure, 'measure').length >= expected,
      [name, count] as const,
      { timeout: 5_000 },
    )
    .catch(() => undefined)
  return page.evaluate(
    (measure) => performance.getEntriesByName(measure, 'measure').map((entry) => entry.duration),
    name,
  )
}

export async function measureLatency({
  baseUrl,
  timelineQuery = timelineWord,
  searchQueries: typedIntoSearch = searchQueries,
  keyDelayMs = keystrokeDelayMs,
}: LatencyOptions): Promise<LatencyResult> {
  const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true })
  try {
    const page = await browser.newPage({ viewport: keystrokeViewport })
    await page.goto(new URL('/timeline', baseUrl).href)
    const filter = page.getByLabel('Search', { exact: true })
    // The page is prerendered: wait for the app, which measures the keystrokes, to have started
    // (and, as its content hydrates on a reader's first act, act first).
    await appReady(page)
    await settle(page)
    // A reader reaches for the box before typing in it: clicked or tapped, it has focus for a
    // moment before the first letter (a phone's keyboard takes about a quarter of a second to
    // come up). The timeline prepares for typing in that moment, once the page is idle, as search
    // does once opened (decision 041); the first letter here comes after that idle moment.
    await filter.click()
    await idleMoment(page)
    await clearMeasures(page, 'timeline-filter')
    await startKeystrokeTrace(browser, page)
    await filter.pressSequentially(timelineQuery, { delay: keyDelayMs })
    const timeline = await collectMeasures(page, 'timeline-filter', timelineQuery.length)
    const timelineFrames = await stopKeystrokeTrace(browser, 'timeline-filter')

    // Leave the filter, then open search the way a reader does, with "/". The index and engine
    // load on that first focus; keystrokes are measured once they have, the popup no longer busy.
    // Nothing is typed before the first query: a word typed and cleared to wait for them ran the
    // search's code and the popup's first render ahead of the measured keys, which a reader's first
    // key pays. The second query is a reader's next search, the engine's idle work (decision 042)
    // done or nearly.
    await page.locator('h1').click()
    await page.keyboard.press('/')
    const searchInput = page.getByRole('combobox', { name: 'Search the wiki' })
    await searchInput.waitFor()
    await page.locator('.search-popup[aria-busy="false"]').waitFor({ state: 'attached' })
    await page.waitForLoadState('networkidle')
    const search: number[] = []
    const searchFrames: KeystrokeFrames = { toPaint: [], longestTask: [] }
    for (const query of typedIntoSearch) {
      // Escape closes the popup, and again empties the box, neither of them a typed input.
      if (search.length > 0) {
        await searchInput.press('Escape')
        await searchInput.press('Escape')
      }
      await idleMoment(page)
      await clearMeasures(page, 'search')
      await startKeystrokeTrace(browser, page)
      await searchInput.pressSequentially(query, { delay: keyDelayMs })
      search.push(...(await collectMeasures(page, 'search', query.length)))
      const frames = await stopKeystrokeTrace(browser, 'search')
      searchFrames.toPaint.push(...frames.toPaint)
      searchFrames.longestTask.push(...frames.longestTask)
    }
    const latency = (toCommit: number[], frames: KeystrokeFrames): KeystrokeLatency => ({
      toCommit: latencyFigures(toCommit),
      toPaint: latencyFigures(frames.toPaint),
      longestTask: latencyFigures(frames.longestTask),
    })
    return { timeline: latency(timeline, timelineFrames), search: latency(search, searchFrames) }
  } finally {
    await browser.close()
  }
}

export function formatFigures({ median, max }: LatencyFigures): string {
  return `${median.toFixed(1)} / ${max.toFixed(1)}`
}

/** Several runs' keystrokes as one set, and the slowest keystroke by its median over the runs. */
export type RepeatedFigures = LatencyFigures & { worstKeystroke: number }

/**
 * One run's largest keystroke swings by 5 ms and more between runs of the same build on this
 * 2-core machine (the floor's own does too), so a keystroke is judged by its median over runs: the
 * first letter, for example, is the median of every run's first letter.
 */
export function repeatedFigures(runs: readonly LatencyFigures[]): RepeatedFigures {
  const keystrokes = Math.max(0, ...runs.map((run) => run.samples.length))
  const perKeystroke = Array.from(
    { length: keystrokes },
    (_, position) => spread(runs.map((run) => run.samples[position] ?? null))?.median ?? 0,
  )
  return {
    ...latencyFigures(runs.flatMap((run) => run.samples)),
    worstKeystroke: Math.max(...perKeystroke),
  }
}

export function formatRepeated(figures: RepeatedFigures): string {
  return `${formatFigures(figures)} (${figures.worstKeystroke.toFixed(1)})`
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      url: { type: 'string', default: 'http://localhost:4311' },
      timeline: { type: 'string', default: timelineWord },
      search: { type: 'string', default: searchQueries.join(',') },
    },
  })
  const result = await measureLatency({
    baseUrl: values.url,
    timelineQuery: values.timeline,
    searchQueries: values.search.split(','),
  })
  const list = (samples: number[]) => samples.map((sample) => sample.toFixed(1)).join(', ')
  for (const [name, { toCommit, toPaint, longestTask }] of Object.entries(result)) {
    console.log(
      `${name}, median / max ms over ${toCommit.samples.length} keystrokes: to commit ${formatFigures(toCommit)} (${list(toCommit.samples)}); to paint ${formatFigures(toPaint)} (${list(toPaint.samples)}); longest task ${formatFigures(longestTask)} (${list(longestTask.samples)})`,
    )
  }
  process.exitCode = 0
}
