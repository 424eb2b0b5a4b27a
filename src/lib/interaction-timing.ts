/**
 * User Timing marks for the interactions a reader feels on every keystroke (the timeline filter and
 * the search box). `markInput` runs in the input handler; `useMeasureCommit` measures from that
 * mark to the commit that shows the answer, as a `performance.measure` named after the
 * interaction. The scale benchmark (tests/bench/latency.ts) reads them in Chromium, and they show
 * in any browser's performance panel. One mark and one measure per keystroke: nothing to switch off.
 */
import { useLayoutEffect } from 'react'

function startMark(name: string): string {
  return `${name}:input`
}

/** Call from the input event handler of interaction `name`. */
export function markInput(name: string): void {
  performance.mark(startMark(name))
}

/**
 * Measures interaction `name` once the render for `value` has committed. Only a commit that follows
 * a typed input is measured: the first render, or a value changed by a link or "Clear filters",
 * has no input mark.
 */
export function useMeasureCommit(name: string, value: unknown): void {
  useLayoutEffect(() => {
    const start = startMark(name)
    if (performance.getEntriesByName(start, 'mark').length === 0) return
    performance.measure(name, { start, detail: { value } })
    // Several keystrokes may land in one commit; the next measure starts from the next keystroke.
    performance.clearMarks(start)
  }, [name, value])
}
