/**
 * The content model's collections: one schema per fixture folder (sources, outlets, people,
 * characters, origin, series), built from the blocks in fact-schemas.ts; the timeline's are in
 * timeline-schemas.ts.
 */
import { z } from 'zod'
import {
  attested,
  awardSchema,
  fact,
  factsWithVariants,
  entitySchema,
  imageSchema,
  jsonSchemaPointer,
  linkSchema,
  nameSchema,
  namedEntitySchema,
  partialDateSchema,
  plotFact,
  proseSchema,
  slugSchema,
  sourceIdSchema,
  citationFields,
  spoilerSchema,
} from './fact-schemas.ts'

// ---------------------------------------------------------------------------------------------
// Sources: the five articles every fact is cited to.

export const sourceSchema = z
  .object({
    $schema: jsonSchemaPointer,
    id: sourceIdSchema,
    label: nameSchema.describe('A short description of the article in our words, for lists'),
    headline: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .nullable()
      .describe('The headline exactly as printed, or null when the saved article has none'),
    outlet: nameSchema
      .nullable()
      .describe('The publication, or null when the article does not say'),
    published: partialDateSchema
      .nullable()
      .describe('Publication date, or null when the article is undated'),
    publishedNote: proseSchema
      .optional()
      .describe('What the article does let us say about when it was written'),
    url: linkSchema.nullable().describe('Where the article is online, or null when unknown'),
    seedFile: z
      .string()
      .regex(
        /^\d{3}_[0-9a-f]{16}\.txt$/,
        'must be a file name in shared/seeds, like 000_bb41c313d6268530.txt',
      )
      .describe('The saved copy of the article this id stands for'),
  })
  .strict()
export type Source = z.infer<typeof sourceSchema>

// ---------------------------------------------------------------------------------------------
// Outlets the articles cite: kept once so their spelling variants are searchable.

export const outletSchema = namedEntitySchema.extend({
  description: fact(proseSchema).optional(),
})
export type Outlet = z.infer<typeof outletSchema>

// ---------------------------------------------------------------------------------------------
// People: cast and crew.

const crewJobSchema = z.enum([
  'director',
  'screenwriter',
  'original-author',
  'webtoon-collaborator',
])
export type CrewJob = z.infer<typeof crewJobSchema>

export const billingSchema = z.enum(['main-cast', 'supporting'])
export type Billing = z.infer<typeof billingSchema>

export const personSchema = namedEntitySchema.extend({
  honorific: fact(nameSchema).optional().describe('A title the articles use, e.g. "Dr."'),
  profession: attested(proseSchema).optional(),
  roles: z
    .array(
      z
        .object({
          character: attested(slugSchema).describe(
            'The character slug. Two entries when articles name different characters for the same part.',
          ),
          billing: attested(billingSchema)
            .optional()
            .describe('Main cast or a supporting role, as each article bills the part'),
        })
        .strict(),
    )
    .describe('Characters this person plays'),
  crewJobs: z.array(fact(crewJobSchema)).describe('Jobs behind the camera or on the source work'),
  awards: z.array(awardSchema).describe('Awards this person won for the show'),
  image: imageSchema.optional(),
})
export type Person = z.infer<typeof personSchema>

// ---------------------------------------------------------------------------------------------
// Characters.

export const characterGroupSchema = z
  .enum(['trauma-team', 'hospital', 'government', 'other'])
  .describe(
    'Where the character list groups this character: "other" when no article says where they work',
  )
export type CharacterGroup = z.infer<typeof characterGroupSchema>

export const characterSchema = namedEntitySchema.extend({
  group: characterGroupSchema,
  image: imageSchema.optional(),
  occupation: attested(proseSchema),
  affiliation: factsWithVariants(proseSchema).describe(
    'Where they work; several entries when articles name it differently',
  ),
  background: attested(proseSchema)
    .optional()
    .describe(
      'Their past before the story, one entry per way the articles word it (e.g. war veteran, combat medic)',
    ),
  summary: z
    .array(plotFact(proseSchema))
    .min(1)
    .describe(
      'Sentences in our own words, each with its sources; plot facts carry a spoiler marker',
    ),
  relationships: z.array(
    z
      .object({
        character: slugSchema,
        description: proseSchema.describe("How they relate, from this character's side"),
        ...citationFields,
        spoiler: spoilerSchema.optional(),
      })
      .strict(),
  ),
})
export type Character = z.infer<typeof characterSchema>

// ---------------------------------------------------------------------------------------------
// Origin: the web novel and the webtoon.

export const originSchema = entitySchema.extend({
  title: fact(nameSchema),
  author: slugSchema.describe(
    'Person slug of the original author; their pen names live in their file',
  ),
  formats: z
    .array(
      z
        .object({
          format: attested(z.enum(['web-novel', 'webtoon'])),
          platform: fact(nameSchema).optional(),
          year: fact(z.int().min(1990).max(2100)).optional(),
          collaborators: z
            .array(fact(slugSchema))
            .describe('Person slugs of others the article credits on this format'),
        })
        .strict(),
    )
    .min(1),
  dramaBasedOn: attested(z.enum(['web-novel', 'webtoon'])).describe(
    'Which format the articles say the drama adapts',
  ),
  seasonOneAdapted: z.array(plotFact(proseSchema)).min(1),
  notYetAdapted: z
    .array(plotFact(proseSchema))
    .describe(
      'Threads from the source the drama has not told; mark webtoon-only plot as a spoiler',
    ),
})
export type Origin = z.infer<typeof originSchema>

// ---------------------------------------------------------------------------------------------
// Series.

export const seriesSchema = entitySchema.extend({
  title: fact(nameSchema),
  alternativeTitles: z.array(fact(nameSchema)),
  description: z.array(fact(proseSchema)).min(1),
  premiere: attested(partialDateSchema),
  platform: attested(nameSchema),
  episodeCount: attested(z.int().positive()),
  director: attested(slugSchema).describe('Person slug(s)'),
  screenwriter: attested(slugSchema).describe('Person slug(s)'),
  basedOn: slugSchema.describe('Origin slug'),
  viewership: z.array(
    z
      .object({
        topic: nameSchema.describe('What is measured, e.g. "Chart position on Netflix"'),
        values: attested(
          z
            .object({
              text: proseSchema.describe('The figure in our words'),
              chart: nameSchema.optional(),
              rank: z.int().positive().optional(),
            })
            .strict(),
        ),
      })
      .strict(),
  ),
  awards: z
    .array(awardSchema)
    .describe('Awards the series itself won; awards to people live in their files'),
})
export type Series = z.infer<typeof seriesSchema>
