/**
 * Ends the current task: start-up runs as a few short tasks rather than one long one, so a tap or
 * a frame can come in between (issue 15: no main-thread task over 50 ms on a throttled phone).
 * A chain of promises runs in one task however long it gets; only a new task lets the browser in.
 * `scheduler.yield` keeps the continuation ahead of other tasks where the browser has it.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (scheduler?.yield) return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}
