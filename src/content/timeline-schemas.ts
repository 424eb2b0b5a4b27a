/**
 * The timeline's content model: every dated report, interview and statement about future seasons,
 * the claims each makes and Netflix's stance.
 */
import { z } from 'zod'
import {
  attested,
  fact,
  entitySchema,
  nameSchema,
  partialDateSchema,
  proseSchema,
  quoteSchema,
  slugSchema,
  citationFields,
} from './fact-schemas.ts'

/** The timeline's closed vocabularies: a fixture value outside its list fails validation. */
const vocabularies = {
  kind: ['release', 'interview', 'remark', 'report', 'official-statement', 'status-note'],
  stance: ['no-statement', 'under-review', 'in-talks', 'denied', 'confirmed'],
  topic: [
    'renewal',
    'production-schedule',
    'filming-start',
    'episode-count',
    'scripts',
    'cast',
    'crew',
    'story',
  ],
} as const

export const timelineKindSchema = z.enum(vocabularies.kind)
export const stanceSchema = z.enum(vocabularies.stance)
export const claimTopicSchema = z.enum(vocabularies.topic)
export type TimelineKind = z.infer<typeof timelineKindSchema>
export type Stance = z.infer<typeof stanceSchema>
export type ClaimTopic = z.infer<typeof claimTopicSchema>

const claimReferenceSchema = z
  .object({
    event: slugSchema.describe('Slug of the timeline event that holds the claim'),
    claim: slugSchema.describe("The claim's id in that event"),
  })
  .strict()
export type ClaimReference = z.infer<typeof claimReferenceSchema>

export const timelineEventSchema = entitySchema.extend({
  title: nameSchema.describe('A short headline in our words'),
  date: partialDateSchema,
  dateNote: proseSchema
    .optional()
    .describe('How the date is known when no article states it whole'),
  kind: timelineKindSchema,
  outlet: fact(slugSchema).optional().describe('Outlet slug of the publication that reported it'),
  venue: fact(nameSchema).optional().describe('Programme or show, e.g. a radio programme'),
  summary: fact(proseSchema),
  claims: z.array(
    z
      .object({
        id: slugSchema.describe('Unique within this event'),
        topic: claimTopicSchema,
        text: proseSchema.describe('What was claimed, in our words'),
        ...citationFields,
        note: proseSchema.optional(),
        disagreesWith: z
          .array(claimReferenceSchema)
          .optional()
          .describe(
            'Claims in other events that give a different answer to the same question, e.g. two start dates for filming. The older claim counts as superseded.',
          ),
      })
      .strict(),
  ),
  quotes: z.array(quoteSchema),
  stance: attested(stanceSchema)
    .optional()
    .describe(
      "For official statements and status notes: Netflix's position, as each article describes it",
    ),
  respondsTo: z
    .array(slugSchema)
    .optional()
    .describe('Slugs of the events an official statement answers'),
  addresses: z
    .array(claimReferenceSchema)
    .optional()
    .describe(
      "The claims of those events that the statement's own words answer; the rumor ledger gives only these its stance, and the others stay reported",
    ),
  people: z.array(slugSchema).describe('Person slugs of everyone involved'),
  ...citationFields,
})
export type TimelineEvent = z.infer<typeof timelineEventSchema>
