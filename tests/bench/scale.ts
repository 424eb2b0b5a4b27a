/**
 * The content scale benchmark: for the real content (1x) and synthetic sets 10x and 100x its size
 * (tests/bench/generate-content.ts), times the validate command (without npm's own start-up) and
 * the production build with its prerendered pages (src/build/build-site.ts) on that content
 * (`WIKI_CONTENT_ROOT`), serves the build with `vite preview` and measures keystroke latency of the
 * timeline filter and the search box in Chromium (tests/bench/latency.ts). Prints one table, and
 * under it the machine's floor for a keystroke, on a page with no framework
 * (tests/bench/keystroke-floor.ts); every temporary folder is removed at the end.
 *
 *   node tests/bench/scale.ts [--scales 1,10,100] [--port 4311]
 */
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { contentRootVariable } from '../../src/content/node/content-root.ts'
import { articleCopiesVariable } from '../../src/content/node/article-copies.ts'
import { generateContent } from './generate-content.ts'
import { measureKeystrokeFloor } from './keystroke-floor.ts'
import {
  type KeystrokeLatency,
  type LatencyResult,
  formatFigures,
  formatRepeated,
  measureLatency,
  repeatedFigures,
} from './latency.ts'
import { startPreviewServer } from './preview-server.ts'

const repositoryRoot = path.resolve(import.meta.dirname, '../..')
const bin = (name: string) => path.join(repositoryRoot, 'node_modules/.bin', name)

/** Runs a command to completion and returns its wall-clock seconds; throws on failure. */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv): number {
  const started = performance.now()
  const run = spawnSync(command, args, { cwd: repositoryRoot, env, encoding: 'utf8' })
  const seconds = (performance.now() - started) / 1000
  if (run.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`)
  }
  return seconds
}

/** Times the keystrokes are typed per content size, each in a new browser (the floor's runs: 5). */
const latencyRuns = 3

/** What the table's keystroke columns measure, printed under it. */
const scaleTableLegend = `Per keystroke in Chromium, typed in ${latencyRuns} runs, median / max ms over all their keystrokes, and in brackets the slowest keystroke by its median over the runs (the first letter's median over the runs' first letters, and so on): "to commit" is User Timing from the input event to the commit that shows the answer (waits included); "to paint" is the main thread's work from the key press to the end of the frame that paints the answer (script, style, layout and paint, idle time left out), from a trace; "longest task" is the longest main-thread task from the key press until the next, from the same trace (it also sees what the browser renders after the answer's frame). A frame is 16 ms.`

type Row = {
  scale: string
  characters: number
  events: number
  'validate s': string
  'build s': string
  'timeline to commit ms (median / max (slowest key))': string
  'timeline to paint ms': string
  'timeline longest task ms': string
  'search to commit ms (median / max (slowest key))': string
  'search to paint ms': string
  'search longest task ms': string
}

async function runScaleBenchmark(scales: readonly number[], port: number): Promise<Row[]> {
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'trauma-code-scale-'))
  const rows: Row[] = []
  try {
    for (const scale of scales) {
      const root = path.join(workspace, `content-${scale}x`)
      const outDir = path.join(workspace, `dist-${scale}x`)
      const { counts } = await generateContent({ scale, out: root })
      // The synthetic copies have no saved articles, so their excerpts are not checked.
      const { [articleCopiesVariable]: _copies, ...inherited } = process.env
      const env = { ...inherited, [contentRootVariable]: root }
      const validate = timed(bin('node'), ['src/content/node/validate-cli.ts'], env)
      // The whole production build: bundle, data files and every prerendered page.
      const build = timed(
        bin('node'),
        ['src/build/build-site.ts', '--quiet', '--out-dir', outDir],
        env,
      )
      const preview = await startPreviewServer({ port, outDir })
      const runs: LatencyResult[] = []
      try {
        // Each run a new browser and page, typed once the page has settled.
        for (let run = 0; run < latencyRuns; run++) {
          runs.push(await measureLatency({ baseUrl: preview.url }))
        }
      } finally {
        await preview.stop()
      }
      const figures = (name: keyof LatencyResult, measure: keyof KeystrokeLatency) =>
        formatRepeated(repeatedFigures(runs.map((result) => result[name][measure])))
      const row: Row = {
        scale: `${scale}x`,
        characters: counts.characters,
        events: counts.timeline,
        'validate s': validate.toFixed(2),
        'build s': build.toFixed(2),
        'timeline to commit ms (median / max (slowest key))': figures('timeline', 'toCommit'),
        'timeline to paint ms': figures('timeline', 'toPaint'),
        'timeline longest task ms': figures('timeline', 'longestTask'),
        'search to commit ms (median / max (slowest key))': figures('search', 'toCommit'),
        'search to paint ms': figures('search', 'toPaint'),
        'search longest task ms': figures('search', 'longestTask'),
      }
      console.log(JSON.stringify(row))
      rows.push(row)
    }
  } finally {
    await rm(workspace, { recursive: true, force: true })
  }
  return rows
}

/** Runs the scale benchmark and the keystroke floor, and prints the table, its legend and the floor. */
export async function printScaleBenchmark(scales: readonly number[], port: number): Promise<void> {
  console.table(await runScaleBenchmark(scales, port))
  console.log(scaleTableLegend)
  const floor = await measureKeystrokeFloor()
  console.log(
    `Floor on this machine, the same measures on a page with no framework whose input handler ` +
      `answers each key with ten rows of text (tests/bench/keystroke-floor.ts), median / max ms ` +
      `over ${floor.toPaint.samples.length} keystrokes in ${floor.runs} runs: to paint ` +
      `${formatFigures(floor.toPaint)}, longest task ${formatFigures(floor.longestTask)}.`,
  )
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      scales: { type: 'string', default: '1,10,100' },
      port: { type: 'string', default: '4311' },
    },
  })
  await printScaleBenchmark(values.scales.split(',').map(Number), Number(values.port))
}
