/**
 * The machine's floor for a keystroke: the scale benchmark's measures (tests/bench/latency.ts) on a
 * page with no framework and nothing else on it, whose input handler answers each key by replacing
 * a list with ten rows of plain text. Whatever the wiki does, the browser still has to take the key,
 * echo it, style, lay out and paint the change and hand the frame to the compositor; on a shared
 * 2-core machine with software compositing that alone varies from key to key. The floor is reported
 * beside the wiki's figures as the no-script LCP is beside Lighthouse's (decision 028): a keystroke
 * near it has little left to gain, and a maximum over 16 ms here says the machine, not the wiki,
 * can miss a frame.
 */
import { type Browser, chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../browser/chromium.ts'
import {
  type LatencyFigures,
  keystrokeDelayMs,
  keystrokeViewport,
  latencyFigures,
  timelineWord,
} from './latency.ts'
import {
  type KeystrokeFrames,
  startKeystrokeTrace,
  stopKeystrokeTrace,
} from './keystroke-frames.ts'

/** The measure the page records per keystroke, as the wiki records `timeline-filter`. */
const answer = 'floor'

/** Ten rows, each a link and a line of text, like the search box's results. */
const floorPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Keystroke floor</title>
<style>body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem; } li { margin: 0.5rem 0; }</style>
</head><body>
<label>Search <input id="text" autocomplete="off"></label>
<ul id="rows"></ul>
<p>${'A paragraph of the page, below the list, that the list pushes down as it grows. '.repeat(40)}</p>
<script>
  const text = document.getElementById('text')
  const rows = document.getElementById('rows')
  text.addEventListener('input', () => {
    performance.mark('${answer}:input')
    const items = Array.from({ length: 10 }, (_, index) => {
      const item = document.createElement('li')
      const link = document.createElement('a')
      link.href = '#row-' + index
      link.textContent = text.value + ', result ' + (index + 1)
      item.append(link, ' A line of summary text, as long as a result has.')
      return item
    })
    rows.replaceChildren(...items)
    performance.measure('${answer}', { start: '${answer}:input' })
    performance.clearMarks('${answer}:input')
  })
</script>
</body></html>`

export type KeystrokeFloor = { toPaint: LatencyFigures; longestTask: LatencyFigures; runs: number }

async function typeOnce(browser: Browser, query: string): Promise<KeystrokeFrames> {
  const page = await browser.newPage({ viewport: keystrokeViewport })
  try {
    await page.setContent(floorPage)
    const input = page.getByLabel('Search')
    await input.click()
    await startKeystrokeTrace(browser, page)
    await input.pressSequentially(query, { delay: keystrokeDelayMs })
    // The last key's frame: two animation frames later it has been painted.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    )
    return await stopKeystrokeTrace(browser, answer)
  } finally {
    await page.close()
  }
}

/** Types `query` into the floor page `runs` times, each in a new page, as the scale bench types. */
export async function measureKeystrokeFloor(
  query = timelineWord,
  runs = 5,
): Promise<KeystrokeFloor> {
  const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true })
  try {
    const toPaint: number[] = []
    const longestTask: number[] = []
    for (let run = 0; run < runs; run++) {
      const frames = await typeOnce(browser, query)
      toPaint.push(...frames.toPaint)
      longestTask.push(...frames.longestTask)
    }
    return { toPaint: latencyFigures(toPaint), longestTask: latencyFigures(longestTask), runs }
  } finally {
    await browser.close()
  }
}
