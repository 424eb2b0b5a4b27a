/**
 * Reader-facing names for an outlet's track record (src/content/outlet-records.ts), kept apart
 * from labels.ts so pages that show no track record do not carry them.
 */
import { ledgerStatusLabels } from './labels.ts'

/**
 * A claim's standings on a track record, from settled to open: the columns of the tables, and the
 * values the contract's schema allows (src/content/outlet-contract.ts).
 */
export const trackStatusOrder = [
  'confirmed',
  'denied',
  'under-review',
  'in-talks',
  'superseded',
  'open',
] as const
export type TrackStatus = (typeof trackStatusOrder)[number]

/** A claim's standing on an outlet's track record: the ledger's words, "open" for "reported". */
export const trackStatusLabels: Record<TrackStatus, string> = {
  confirmed: ledgerStatusLabels.confirmed,
  denied: ledgerStatusLabels.denied,
  'under-review': ledgerStatusLabels['under-review'],
  'in-talks': ledgerStatusLabels['in-talks'],
  superseded: ledgerStatusLabels.superseded,
  open: 'Open',
}

/** What each standing means, for the track record's legend. */
export const trackStatusMeanings: Record<TrackStatus, string> = {
  confirmed: 'an official statement confirmed it',
  denied: 'an official statement denied it',
  'under-review': 'Netflix said it is reviewing it, neither yes nor no',
  'in-talks': 'Netflix said it is in talks about it, neither yes nor no',
  superseded: 'a later report gave a different answer',
  open: 'no official statement has answered it',
}
