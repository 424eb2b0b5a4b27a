/**
 * The main thread's work for each keystroke, read from a Chromium trace, two ways:
 * - to paint: from the task that takes the key press to the end of the frame that paints its
 *   answer (the first after the commit that shows it), every task in between summed (the input
 *   handlers, the app's render, the style, layout and paint the change causes). Idle time, such
 *   as the wait for the next frame, is left out: a keystroke within 16 ms of work fits in one
 *   frame.
 * - longest task: the longest single task from the key press until the next key press (for the
 *   last key, as long as the longest gap before it). A keystroke's answer can make the browser
 *   render more after its own frame, such as content the shorter list brings into view; that
 *   frame blocks the next key, and "to paint" does not see it.
 * Tracing slows the page a little, so the figures err on the high side.
 */
import type { Browser, Page } from '@playwright/test'

type TraceEvent = {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { data?: { type?: string }; name?: string }
}

/**
 * Enough to see tasks, input events, paints and the app's measures; nothing that would slow the
 * page much more.
 */
const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  // The app's performance.measure calls, which end at the commit that shows a keystroke's answer.
  'blink.user_timing',
]

export async function startKeystrokeTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, { categories })
}

export type KeystrokeFrames = {
  /** Each key press's milliseconds of work until its paint, in order. */
  toPaint: number[]
  /** Each key press's longest task, in milliseconds, until the next key press. */
  longestTask: number[]
}

/**
 * Stops the trace and reads each key press's work from it; `answer` names the app's measure that
 * ends when the keystroke's answer commits.
 */
export async function stopKeystrokeTrace(
  browser: Browser,
  answer: string,
): Promise<KeystrokeFrames> {
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[]
  }
  return {
    toPaint: keystrokeWork(trace.traceEvents, answer),
    longestTask: keystrokeLongestTasks(trace.traceEvents),
  }
}

const isDispatchOf = (type: string) => (event: TraceEvent) =>
  event.name === 'EventDispatch' && event.args?.data?.type === type

const end = (event: TraceEvent) => event.ts + (event.dur ?? 0)

/** The events on the main thread of the renderer that took the key presses, in time order. */
function mainThreadEvents(events: readonly TraceEvent[]): TraceEvent[] {
  const first = events.find(isDispatchOf('keydown'))
  if (!first) return []
  return events
    .filter((event) => event.pid === first.pid && event.tid === first.tid)
    .sort((a, b) => a.ts - b.ts)
}

const isTask = (event: TraceEvent) => event.ph === 'X' && event.name === 'RunTask'

/** The position of the task an event ran in, or -1. */
const taskIndexOf = (tasks: readonly TraceEvent[], event: TraceEvent) =>
  tasks.findIndex((task) => event.ts >= task.ts && end(event) <= end(task))

/**
 * Each key press's longest task until the next key press's task. The last key's window is as long
 * as the longest gap between the earlier key presses: what the trace holds after that (such as
 * the timeline's address, written after a pause in typing) is not the keystroke's.
 */
export function keystrokeLongestTasks(events: readonly TraceEvent[]): number[] {
  const onMain = mainThreadEvents(events)
  const tasks = onMain.filter(isTask)
  const keyDowns = onMain.filter(isDispatchOf('keydown'))
  const starts = keyDowns.map((keyDown) => tasks[taskIndexOf(tasks, keyDown)]?.ts ?? keyDown.ts)
  const gaps = starts.slice(1).map((start, position) => start - (starts[position] ?? start))
  const lastWindow = gaps.length > 0 ? Math.max(...gaps) : Number.POSITIVE_INFINITY
  return starts.map((start, position) => {
    const windowEnd = starts[position + 1] ?? start + lastWindow
    const longest = tasks
      .filter((task) => task.ts >= start && task.ts < windowEnd)
      .reduce((most, task) => Math.max(most, task.dur ?? 0), 0)
    return longest / 1000
  })
}

/**
 * Each key press's work until the paint of its answer: the first frame after the commit that shows
 * it, the end of the app's User Timing measure named `answer` (src/lib/interaction-timing.ts). The
 * measure starts in the input handler, so its end follows the input event. A list rendered in a
 * transition commits after the frame that echoes the key, so that frame and the render's own
 * tasks count too.
 */
export function keystrokeWork(events: readonly TraceEvent[], answer: string): number[] {
  const onMain = mainThreadEvents(events)
  const tasks = onMain.filter(isTask)
  const paintTasks = new Set(
    onMain.filter((event) => event.name === 'Paint').map((event) => taskIndexOf(tasks, event)),
  )
  // Measures are async events on no particular thread; their end is the commit's time.
  const commits = events
    .filter((event) => event.name === answer && (event.ph === 'e' || event.ph === 'E'))
    .map((event) => event.ts)
    .sort((a, b) => a - b)
  return onMain.filter(isDispatchOf('keydown')).flatMap((keyDown) => {
    const start = taskIndexOf(tasks, keyDown)
    // The commit comes in the input event's task or a later one; the answer's frame after it.
    const commit = commits.find((ts) => ts >= keyDown.ts)
    if (start < 0 || commit === undefined) return []
    let work = 0
    for (let position = start; position < tasks.length; position++) {
      const task = tasks[position]
      work += task?.dur ?? 0
      if (task && task.ts > commit && paintTasks.has(position)) return [work / 1000]
    }
    return []
  })
}
