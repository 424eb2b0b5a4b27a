/**
 * The fault scenarios' names, apart from their handlers so the Playwright tests (plain Node, no
 * Vite) can list them without loading the fixtures.
 */
export const scenarioNames = ['slow', 'error', 'offline', 'malformed', 'empty'] as const
export type ScenarioName = (typeof scenarioNames)[number]

export function isScenarioName(value: string | null): value is ScenarioName {
  return scenarioNames.some((name) => name === value)
}

/** Long enough to see the loading state, short enough for a test to wait out. */
export const slowResponseMs = 1500
