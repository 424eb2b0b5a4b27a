/**
 * Runs `each` on every item while the page is idle, in steps of about `stepMs` (less when the idle
 * moment ends sooner), each step an idle callback of its own, and stops when the signal aborts;
 * while `waitWhile` holds, its steps let other idle work go first. Tells whether it is running. An
 * idle moment may last 50 ms, which a key pressed meanwhile would wait for if a step took all of
 * it. Without requestIdleCallback (Safari) nothing runs, so it must be work the page can do
 * without.
 *
 * Not built on `whenIdle` (src/lib/when-idle.ts): shared between the search engine's chunk and the
 * timeline's, that module became a chunk of its own, one more file on the timeline's first act.
 */
export function forEachWhenIdle<Item>(
  items: Iterable<Item>,
  stepMs: number,
  each: (item: Item) => void,
  { signal, waitWhile }: { signal?: AbortSignal; waitWhile?: () => boolean } = {},
): { running: () => boolean } {
  let running = typeof requestIdleCallback !== 'undefined' && !signal?.aborted
  if (!running) return { running: () => false }
  const remaining = items[Symbol.iterator]()
  const step = (deadline: IdleDeadline) => {
    const stepEnds = performance.now() + stepMs
    while (!waitWhile?.() && deadline.timeRemaining() > 0 && performance.now() < stepEnds) {
      const next = remaining.next()
      if (next.done) {
        running = false
        return
      }
      each(next.value)
    }
    handle = requestIdleCallback(step)
  }
  let handle = requestIdleCallback(step)
  signal?.addEventListener(
    'abort',
    () => {
      cancelIdleCallback(handle)
      running = false
    },
    { once: true },
  )
  return { running: () => running }
}
