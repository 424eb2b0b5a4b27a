/**
 * Runs `task` once, when the page is next idle, and returns a function that cancels it. Safari has
 * no requestIdleCallback: there the task never runs, so it must be work the page can do without.
 */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'undefined') return () => undefined
  const handle = requestIdleCallback(task)
  return () => cancelIdleCallback(handle)
}
