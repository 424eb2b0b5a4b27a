import { afterEach, describe, expect, it, vi } from 'vitest'
import { forEachWhenIdle } from './for-each-when-idle'

/** Idle callbacks kept until `idle()` runs them, each with a moment of 50 ms. */
function idleCallbacks() {
  let waiting: IdleRequestCallback[] = []
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => waiting.push(callback))
  vi.stubGlobal('cancelIdleCallback', () => (waiting = []))
  return () => {
    const now = waiting
    waiting = []
    for (const callback of now) callback({ didTimeout: false, timeRemaining: () => 50 })
  }
}

describe('work done while the page is idle', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('lets other idle work go first while it is told to wait, and says when it is done', () => {
    const idle = idleCallbacks()
    const done: string[] = []
    let urgent = true
    const work = forEachWhenIdle(['a', 'b'], 8, (item) => done.push(item), {
      waitWhile: () => urgent,
    })
    idle()
    expect(done).toEqual([])
    expect(work.running()).toBe(true)
    urgent = false
    idle()
    expect(done).toEqual(['a', 'b'])
    expect(work.running()).toBe(false)
  })

  it('works on when the browser gives no idle moment in time, as Chromium may after a key press', () => {
    const asked: { callback: IdleRequestCallback; options?: IdleRequestOptions }[] = []
    vi.stubGlobal(
      'requestIdleCallback',
      (callback: IdleRequestCallback, options?: IdleRequestOptions) =>
        asked.push({ callback, options }),
    )
    const done: string[] = []
    forEachWhenIdle(['a', 'b'], 8, (item) => done.push(item))
    expect(asked[0]?.options?.timeout).toBeGreaterThan(0)
    asked[0]?.callback({ didTimeout: true, timeRemaining: () => 0 })
    expect(done).toEqual(['a', 'b'])
  })

  it('does nothing without idle callbacks, as in Safari', () => {
    const done: string[] = []
    const work = forEachWhenIdle(['a'], 8, (item) => done.push(item))
    expect(work.running()).toBe(false)
    expect(done).toEqual([])
  })
})
