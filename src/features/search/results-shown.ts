/**
 * How many results the search popup shows. The engine answers every first letter with this many
 * ahead of time (search-warm-up.ts), so the box and the engine must agree on it.
 */
export const resultsShown = 8
