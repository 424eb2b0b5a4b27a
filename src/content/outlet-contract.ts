/**
 * The contract's part for each outlet's track record (src/content/outlet-records.ts): every claim
 * an outlet reported, where the rumor ledger puts it now, and the counts per status. Derived at
 * build time from the same ledger the timeline shows, so the two cannot disagree.
 */
import { z } from 'zod'
import { outletSchema } from './schemas.ts'
import { sourceBodySchema } from './source-contract.ts'
import { timelineEventSchema } from './timeline-schemas.ts'
import { claimLedgerSchema } from './ledger-contract.ts'
import { timelinePageRefSchema } from './timeline-page-contract.ts'
import { type TrackStatus, trackStatusOrder } from './track-labels.ts'

/** A claim's standing on an outlet's record; "open" is the ledger's "reported": no answer yet. */
export const trackStatusSchema = z.enum(trackStatusOrder)
export type { TrackStatus }

const event = timelineEventSchema.shape
const claim = event.claims.element

export const outletClaimSchema = z
  .object({
    event: z
      .object({
        slug: event.slug,
        title: event.title,
        date: event.date,
        page: timelinePageRefSchema,
      })
      .strict(),
    claim: claim.pick({ id: true, text: true, sources: true, evidence: true }),
    /** More than one when articles describe the official answer differently. */
    statuses: z.array(
      z.object({ status: trackStatusSchema, sources: z.array(z.string()) }).strict(),
    ),
    staleSince: claimLedgerSchema.shape.staleSince,
  })
  .strict()
export type OutletClaim = z.infer<typeof outletClaimSchema>

/** How many claims stand at each status; a claim described two ways counts under both. */
export const trackCountsSchema = z.record(trackStatusSchema, z.int().nonnegative())
export type TrackCounts = z.infer<typeof trackCountsSchema>

export const trackSummarySchema = z
  .object({
    slug: event.slug,
    name: z.string(),
    claims: z.int().nonnegative(),
    counts: trackCountsSchema,
  })
  .strict()
export type TrackSummary = z.infer<typeof trackSummarySchema>

export const outletResponseSchema = z
  .object({
    outlet: outletSchema.omit({ $schema: true }),
    claims: z.array(outletClaimSchema),
    counts: trackCountsSchema,
    /**
     * How many of the claims the articles describe differently: the counts hold each of them once
     * per description.
     */
    describedTwoWays: z.int().nonnegative(),
    sources: z.array(sourceBodySchema),
  })
  .strict()
export type OutletResponse = z.infer<typeof outletResponseSchema>
