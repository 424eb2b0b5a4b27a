import { yieldToBrowser } from '@/lib/yield-to-browser'

/**
 * Runs `each` on every item, in steps of about `stepMs` that each end their task, so the page has
 * a turn between them (a step of 0 gives every item a task of its own, the first included). Stops
 * with the signal's reason at the first turn after the work is no longer wanted.
 */
export async function forEachInSteps<Item>(
  items: Iterable<Item>,
  stepMs: number,
  each: (item: Item) => void,
  signal?: AbortSignal,
): Promise<void> {
  let stepEnds = performance.now() + stepMs
  for (const item of items) {
    if (performance.now() >= stepEnds) {
      await yieldToBrowser()
      signal?.throwIfAborted()
      stepEnds = performance.now() + stepMs
    }
    each(item)
  }
}
