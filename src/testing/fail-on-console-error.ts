import { afterEach, beforeEach, expect, vi } from 'vitest'

/**
 * Fails the test that called console.error: React reports broken markup, key warnings and act()
 * misuse through it, and the content code reports nothing there on purpose.
 */
export function failOnConsoleError(): void {
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
}
