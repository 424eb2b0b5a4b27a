/**
 * The main thread's work for each keystroke, read from a Chromium trace, two ways:
 * - to paint: from the task that takes the key press to the end of the frame that paints its
 *   result, every task in between summed (the input handlers, the app's render, the style, layout
 *   and paint the change causes). Idle time, such as the wait for the next frame, is left out: a
 *   keystroke within 16 ms of work fits in one frame.
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

/** Enough to see tasks, input events and paints; nothing that would slow the page much more. */
const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline']

export async function startKeystrokeTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, { categories })
}

export type KeystrokeFrames = {
  /** Each key press's milliseconds of work until its paint, in order. */
  toPaint: number[]
  /** Each key press's longest task, in milliseconds, until the next key press. */
  longestTask: number[]
}

/** Stops the trace and reads each key press's work from it. */
export async function stopKeystrokeTrace(browser: Browser): Promise<KeystrokeFrames> {
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[]
  }
  return {
    toPaint: keystrokeWork(trace.traceEvents),
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

export function keystrokeWork(events: readonly TraceEvent[]): number[] {
  const onMain = mainThreadEvents(events)
  const tasks = onMain.filter(isTask)
  const taskOf = (event: TraceEvent) => taskIndexOf(tasks, event)
  const paintTasks = new Set(onMain.filter((event) => event.name === 'Paint').map(taskOf))
  const inputs = onMain.filter(isDispatchOf('input'))
  return onMain.filter(isDispatchOf('keydown')).flatMap((keyDown) => {
    const start = taskOf(keyDown)
    const input = inputs.find((event) => event.ts >= keyDown.ts)
    if (start < 0 || !input) return []
    // From the key's first task to the first paint after its input event was handled: the
    // keydown, keypress and input events may come in one task or several.
    const inputTask = taskOf(input)
    let work = 0
    for (let position = start; position < tasks.length; position++) {
      work += tasks[position]?.dur ?? 0
      if (position > inputTask && paintTasks.has(position)) return [work / 1000]
    }
    return []
  })
}
