import type { TimelineEventBody } from '@/content/api-contract'

type Stance = NonNullable<TimelineEventBody['stance']>

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

/**
 * The official statement "answer" to the event `respondsTo`, whose words address the claims
 * `addressed` of that event, as the articles describe it in `stance`: the other side of most status
 * rules, so their tests share one way to write it.
 */
export function officialAnswer(
  { respondsTo, addressed }: { respondsTo: string; addressed: readonly string[] },
  stance: Stance,
  overrides: Partial<TimelineEventBody> = {},
): TimelineEventBody {
  return timelineEvent({
    slug: 'answer',
    kind: 'official-statement',
    respondsTo: [respondsTo],
    addresses: addressed.map((claim) => ({ event: respondsTo, claim })),
    stance,
    ...overrides,
  })
}
