import type { Stance } from '@/content/timeline-schemas'

/** Netflix's position on a renewal, as the articles describe it. */
export const stanceLabels: Record<Stance, string> = {
  'no-statement': 'No statement',
  'under-review': 'Under review',
  'in-talks': 'In talks',
  denied: 'Denied',
  confirmed: 'Confirmed',
}
