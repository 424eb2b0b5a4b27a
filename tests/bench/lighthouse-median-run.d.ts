// Lighthouse's own median-run.d.ts names a global `LH` namespace that its package does not declare,
// so its types come out as errors here; these are the same signatures, with Lighthouse's Result.
declare module 'lighthouse/core/lib/median-run.js' {
  import type { Result } from 'lighthouse'
  /** The run nearest the median first contentful paint and time to interactive. */
  export function computeMedianRun(runs: Result[]): Result
  /** The runs that measured both. */
  export function filterToValidRuns(runs: Result[]): Result[]
}
