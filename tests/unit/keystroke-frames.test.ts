import { describe, expect, it } from 'vitest'
import { keystrokeLongestTasks, keystrokeWork } from '../bench/keystroke-frames'

// A trace's events on the renderer's main thread (pid 1, tid 2), times in microseconds.
const main = { pid: 1, tid: 2 }
const task = (ts: number, dur: number) => ({ ...main, name: 'RunTask', ph: 'X', ts, dur })
const dispatch = (type: string, ts: number) => ({
  ...main,
  name: 'EventDispatch',
  ph: 'X',
  ts,
  dur: 100,
  args: { data: { type } },
})
const paint = (ts: number) => ({ ...main, name: 'Paint', ph: 'X', ts, dur: 100 })
// The end of the app's measure, at the commit that shows the answer: an async event, no thread.
const commit = (ts: number) => ({ pid: 1, tid: 0, name: 'timeline-filter', ph: 'e', ts })

describe('keystrokeWork', () => {
  it('sums the tasks from the key press to the first paint after its input, leaving out idle time', () => {
    const events = [
      task(0, 6_000), // keydown and keypress, input handled in the same task
      dispatch('keydown', 100),
      dispatch('input', 3_000),
      commit(5_000), // rendered in the input handler
      task(10_000, 1_000), // a timer, before the frame: it delays the paint, so it counts
      task(20_000, 5_000), // the frame that paints the answer
      paint(22_000),
      task(40_000, 2_000), // the next key, in two tasks, a frame painted between them
      dispatch('keydown', 40_100),
      task(43_000, 1_500),
      paint(43_500),
      task(50_000, 3_000),
      dispatch('input', 50_500),
      commit(52_000),
      task(60_000, 4_000),
      paint(61_000),
    ]
    expect(keystrokeWork(events, 'timeline-filter')).toEqual([12, 2 + 1.5 + 3 + 4])
  })

  it('counts on to the paint after the commit when the answer renders after the echo', () => {
    const events = [
      task(0, 3_000), // the key, its input event; the render waits for a transition
      dispatch('keydown', 100),
      dispatch('input', 1_000),
      task(5_000, 2_000), // the frame that echoes the key
      paint(6_000),
      task(8_000, 5_000), // the render, in a later task, and its commit
      commit(12_500),
      task(20_000, 9_000), // the frame that paints the answer
      paint(25_000),
      task(40_000, 4_000), // a later frame: not this key's
      paint(41_000),
    ]
    expect(keystrokeWork(events, 'timeline-filter')).toEqual([3 + 2 + 5 + 9])
  })

  it('ignores other threads and reports nothing for a key whose paint the trace missed', () => {
    const events = [
      task(0, 2_000),
      dispatch('keydown', 100),
      dispatch('input', 500),
      { ...paint(5_000), tid: 9 },
      { ...task(4_000, 8_000), tid: 9 },
      commit(1_000),
    ]
    expect(keystrokeWork(events, 'timeline-filter')).toEqual([])
  })
})

describe('keystrokeLongestTasks', () => {
  it('takes the longest task from each key press until the next, and the last for as long as the longest gap', () => {
    const events = [
      task(0, 6_000), // the first key's own task
      dispatch('keydown', 100),
      task(20_000, 5_000), // its frame
      paint(22_000),
      task(30_000, 9_000), // a later frame: content its shorter list brought into view
      task(40_000, 2_000), // the second key
      dispatch('keydown', 40_100),
      task(60_000, 3_000),
      task(79_000, 7_000), // within the last key's window (40 ms, the gap before it)
      task(81_000, 20_000), // after it: the address written after a pause, not the keystroke's
    ]
    expect(keystrokeLongestTasks(events)).toEqual([9, 7])
  })
})
