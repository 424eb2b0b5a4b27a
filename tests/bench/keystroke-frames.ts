/**
 * The main thread's work for each keystroke, read from a Chromium trace: from the task that takes
 * the key press to the end of the frame that paints its result, every task in between summed
 * (the input handlers, the app's render, the style, layout and paint the change causes). Idle
 * time, such as the wait for the next frame, is left out: a keystroke within 16 ms of work fits in
 * one frame. Tracing slows the page a little, so the figures err on the high side.
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

/** Stops the trace and returns each key press's milliseconds of work until its paint, in order. */
export async function stopKeystrokeTrace(browser: Browser): Promise<number[]> {
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[]
  }
  return keystrokeWork(trace.traceEvents)
}

const isDispatchOf = (type: string) => (event: TraceEvent) =>
  event.name === 'EventDispatch' && event.args?.data?.type === type

export function keystrokeWork(events: readonly TraceEvent[]): number[] {
  const first = events.find(isDispatchOf('keydown'))
  if (!first) return []
  // The renderer's main thread is where the page took its key presses.
  const onMain = events
    .filter((event) => event.pid === first.pid && event.tid === first.tid)
    .sort((a, b) => a.ts - b.ts)
  const tasks = onMain.filter((event) => event.ph === 'X' && event.name === 'RunTask')
  const end = (event: TraceEvent) => event.ts + (event.dur ?? 0)
  const taskOf = (event: TraceEvent) =>
    tasks.findIndex((task) => event.ts >= task.ts && end(event) <= end(task))
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
