/**
 * How the statuses the build derives (src/content/ledger-contract.ts) read on the page. The rules
 * that pick a status run at build time; only the wording lives here.
 */
import { stanceLabels } from '@/components/stance-labels'
import type { EventStatus, LedgerStatus } from '@/content/ledger-contract'

export const statusLabels: Record<EventStatus, string> = {
  unanswered: 'No official answer',
  ...stanceLabels,
  released: 'Released',
}

export const ledgerStatusLabels: Record<LedgerStatus, string> = {
  reported: 'Reported',
  'under-review': 'Under review',
  denied: 'Denied',
  confirmed: 'Confirmed',
  superseded: 'Superseded',
}
