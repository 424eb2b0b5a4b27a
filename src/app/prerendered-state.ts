/**
 * What a prerendered page carries for the app to take over without fetching: the query cache as
 * it was when the page was rendered, with spoiler text blanked (see content/redact-spoilers.ts).
 * It travels in a JSON <script> element, which the CSP allows because it never executes.
 */
import type { DehydratedState } from '@tanstack/react-query'

export const prerenderedStateElementId = 'prerendered-state'

export type PrerenderedState = {
  /** The address the page was rendered for; a static host may serve it for another (a 404). */
  path: string
  queries: DehydratedState
  /** Hashes of the queries whose spoiler text was blanked. */
  redactedQueries: string[]
}

function isPrerenderedState(value: unknown): value is PrerenderedState {
  if (typeof value !== 'object' || value === null) return false
  const { path, queries, redactedQueries } = value as Record<string, unknown>
  return (
    typeof path === 'string' &&
    typeof queries === 'object' &&
    queries !== null &&
    Array.isArray(redactedQueries)
  )
}

export function readPrerenderedState(): PrerenderedState | null {
  const element = document.getElementById(prerenderedStateElementId)
  if (!element?.textContent) return null
  try {
    const parsed: unknown = JSON.parse(element.textContent)
    return isPrerenderedState(parsed) ? parsed : null
  } catch {
    return null
  }
}
