import type { TimelineEventBody } from '@/content/api-contract'

/** A timeline event for rule tests: 23 September 2025, one source "a", no claims, unless overridden. */
export function timelineEvent(
  overrides: Partial<TimelineEventBody> & Pick<TimelineEventBody, 'slug' | 'kind'>,
): TimelineEventBody {
  return {
    title: overrides.slug,
    date: { value: '2025-09-23', precision: 'day', qualifier: 'on' },
    summary: { value: 'Summary.', sources: ['a'] },
    claims: [],
    quotes: [],
    people: [],
    sources: ['a'],
    ...overrides,
  }
}
