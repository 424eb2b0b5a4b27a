/**
 * The contract's part for what the rumor ledger derives (src/content/rumor-ledger.ts,
 * src/content/event-status.ts). The build runs the rules and the documents carry their results,
 * so a page only displays statuses; these schemas say what the results look like.
 */
import { z } from 'zod'
import { stanceSchema } from './timeline-schemas.ts'
import { partialDateSchema, slugSchema, sourceIdSchema } from './fact-schemas.ts'

/** An event's badge: Netflix's stance, or that no one has answered it, or that it was a release. */
export const eventStatusSchema = z.enum([...stanceSchema.options, 'unanswered', 'released'])
export type EventStatus = z.infer<typeof eventStatusSchema>

/** A claim's status in the ledger. */
export const ledgerStatusSchema = z.enum([
  'reported',
  'under-review',
  'in-talks',
  'denied',
  'confirmed',
  'superseded',
])
export type LedgerStatus = z.infer<typeof ledgerStatusSchema>

/**
 * A status with the articles behind it; more than one entry when articles describe it
 * differently. An unanswered event has no articles to cite, so `sources` may be empty.
 */
export function statusClaimsSchema<Status extends z.ZodType<string>>(status: Status) {
  return z.array(z.object({ status, sources: z.array(sourceIdSchema) }).strict()).min(1)
}

/** What the ledger says about one claim. */
export const claimLedgerSchema = z
  .object({
    statuses: statusClaimsSchema(ledgerStatusSchema),
    /** The date of Netflix's latest statement, when the claim was made before it (it is stale). */
    staleSince: partialDateSchema.nullable(),
    /**
     * Claims elsewhere that give a different answer to the same question, oldest first, whichever
     * side wrote the link; `replaces` marks the newer ones that supersede this claim.
     */
    disagreements: z.array(
      z.object({ event: slugSchema, claim: slugSchema, replaces: z.boolean() }).strict(),
    ),
  })
  .strict()
export type ClaimLedger = z.infer<typeof claimLedgerSchema>
