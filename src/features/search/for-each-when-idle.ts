/**
 * Runs `each` on every item in the page's spare time, in steps of about `stepMs` (less when an
 * idle moment ends sooner), each step a task of its own, and stops when the signal aborts; while
 * `waitWhile` holds, its steps let other work go first. It says whether it is still running, and
 * can be stopped sooner. A step may be as long as `stepMs` and one item more, which a key pressed
 * meanwhile waits for, so items should be short.
 *
 * A step is an idle callback, which runs as an ordinary task when no idle moment comes within
 * 50 ms: Chromium may hold idle moments back for a while after a key press. At 100x, in one typing
 * of "baek kang" in three, no idle callback ran in the 127 ms between the space and the next key,
 * with the main thread busy for 13 ms of them, and the next word's answers were not ready
 * (decision 043). Without idle callbacks (Safari) nothing runs, so it must be work the page can do
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
  const schedule = spareTimeScheduler()
  if (!schedule || signal?.aborted) return finished
  const remaining = items[Symbol.iterator]()
  let running = true
  let cancel: () => void = () => undefined
  const finish = () => {
    running = false
    signal?.removeEventListener('abort', stop)
  }
  const stop = () => {
    if (running) cancel()
    finish()
  }
  const step = (timeRemaining: () => number) => {
    const stepEnds = performance.now() + stepMs
    while (!waitWhile?.() && timeRemaining() > 0 && performance.now() < stepEnds) {
      const next = remaining.next()
      if (next.done) {
        finish()
        return
      }
      each(next.value)
    }
    cancel = schedule(step)
  }
  cancel = schedule(step)
  signal?.addEventListener('abort', stop, { once: true })
  return { running: () => running, stop }
}

/** Work `forEachWhenIdle` runs: whether it is running, and a way to stop it sooner. */
export type IdleWork = { running: () => boolean; stop: () => void }

const finished: IdleWork = { running: () => false, stop: () => undefined }

/** How long a step waits for an idle moment before it runs as an ordinary task. */
const idleWaitMs = 50

/** Runs a step in spare time, telling it how long it may take; returns a way to cancel it. */
type ScheduleStep = (step: (timeRemaining: () => number) => void) => () => void

function spareTimeScheduler(): ScheduleStep | undefined {
  if (typeof requestIdleCallback === 'undefined') return undefined
  return (step) => {
    const handle = requestIdleCallback(
      (deadline) => step(() => (deadline.didTimeout ? Infinity : deadline.timeRemaining())),
      { timeout: idleWaitMs },
    )
    return () => cancelIdleCallback(handle)
  }
}
