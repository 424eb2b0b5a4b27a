/** Set-up for the tests of plain logic (vite.config.ts, project "logic"): no window, no network. */
import { afterEach, beforeEach, expect, vi } from 'vitest'

let consoleErrors: unknown[][] = []
beforeEach(() => {
  consoleErrors = []
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args)
  })
})

afterEach(() => {
  expect(consoleErrors, 'console.error was called').toEqual([])
})
