/**
 * Runs `each` on every item while the page is idle, in steps of about `stepMs` (less when the idle
 * moment ends sooner), each step an idle callback of its own, and stops when the signal aborts;
 * while `waitWhile` holds, its steps let other idle work go first. It says whether it is still
 * running, and can be stopped sooner. An
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
): IdleWork {
  if (typeof requestIdleCallback === 'undefined' || signal?.aborted) return finished
  const remaining = items[Symbol.iterator]()
  let running = true
  const finish = () => {
    running = false
    signal?.removeEventListener('abort', stop)
  }
  const stop = () => {
    cancelIdleCallback(handle)
    finish()
  }
  const step = (deadline: IdleDeadline) => {
    const stepEnds = performance.now() + stepMs
    while (!waitWhile?.() && deadline.timeRemaining() > 0 && performance.now() < stepEnds) {
      const next = remaining.next()
      if (next.done) {
        finish()
        return
      }
      each(next.value)
    }
    handle = requestIdleCallback(step)
  }
  let handle = requestIdleCallback(step)
  signal?.addEventListener('abort', stop, { once: true })
  return { running: () => running, stop }
}

/** Work `forEachWhenIdle` runs: whether it is running, and a way to stop it sooner. */
export type IdleWork = { running: () => boolean; stop: () => void }

const finished: IdleWork = { running: () => false, stop: () => undefined }
