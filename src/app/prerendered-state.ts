/**
 * What a prerendered page carries for the app to take over without fetching: the query cache as it
 * was when the page was rendered. Pages' documents hold no plot (it has documents of its own), so
 * neither does this copy. It travels in a JSON <script> element, which the CSP allows because it
 * never executes.
 */
import { type DehydratedState, type QueryClient, hydrate } from '@tanstack/react-query'

export const prerenderedStateElementId = 'prerendered-state'

export type PrerenderedState = {
  /** The address the page was rendered for; a static host may serve it for another (a 404). */
  path: string
  /** The id of the page's route (its module's name), so the app starts it without matching. */
  route: string
  queries: DehydratedState
}

function isPrerenderedState(value: unknown): value is PrerenderedState {
  if (typeof value !== 'object' || value === null) return false
  const { path, route, queries } = value as Record<string, unknown>
  return (
    typeof path === 'string' &&
    typeof route === 'string' &&
    typeof queries === 'object' &&
    queries !== null
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

/** Puts the page's data into the query cache, so the loaders find it there. */
export function restorePrerenderedQueries(queryClient: QueryClient, state: PrerenderedState) {
  hydrate(queryClient, state.queries)
}
