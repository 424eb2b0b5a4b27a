/**
 * What a prerendered page carries for the app to take over without fetching: the query cache as
 * it was when the page was rendered, with spoiler text blanked (see content/redact-spoilers.ts).
 * It travels in a JSON <script> element, which the CSP allows because it never executes.
 */
import { type DehydratedState, type QueryClient, hydrate } from '@tanstack/react-query'
import { readChosenSpoilerSettings, revealsAnything, setBeforeReveal } from '@/lib/spoiler-settings'

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

/**
 * Puts the page's data into the query cache. Its copy has spoiler text blanked: a reader who has
 * unlocked plot needs the real documents, so those queries are dropped now (the loaders fetch
 * them), or refetched before any plot is shown when the reader unlocks it later.
 */
export function restorePrerenderedQueries(queryClient: QueryClient, state: PrerenderedState) {
  hydrate(queryClient, state.queries)
  const redacted = new Set(state.redactedQueries)
  const isRedacted = (query: { queryHash: string }) => redacted.has(query.queryHash)
  if (revealsAnything(readChosenSpoilerSettings())) {
    queryClient.removeQueries({ predicate: isRedacted })
    return
  }
  setBeforeReveal(async () => {
    await queryClient.refetchQueries({ predicate: isRedacted, type: 'all' })
  })
}
