/**
 * One address per route and what a reader must see there under each fault scenario. Shared by the
 * Vitest and Playwright scenario tests, so both hold every route to the same promise.
 */
import { pageRoutesWithDetails } from '@/app/route-table'
import type { ScenarioName } from './mocks/scenario-names'

/** Each route's sample address, with its h1 and its empty state (src/app/route-table.ts). */
export const routeSamples = pageRoutesWithDetails().map(
  ({ sample: { path, heading, whenEmpty } }) => ({
    path,
    heading,
    whenEmpty,
  }),
)

/** The alert heading of each failing scenario (see src/components/error-state.tsx). */
export const failureHeadings: Record<Exclude<ScenarioName, 'slow' | 'empty'>, string> = {
  error: 'Something went wrong',
  offline: 'The wiki is offline',
  malformed: 'This page’s data is damaged',
}
