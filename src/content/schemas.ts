/**
 * The content model: the one source of truth for fixture files, TypeScript types, the JSON Schema
 * that editors use, API response validation and the `validate` command.
 *
 * Conventions a contributor relies on:
 * - A `Fact` is one value with the ids of the articles that state it.
 * - An `Attested` field is a list of facts about the same thing. One entry: the articles agree.
 *   More than one: the articles disagree, and every page shows each value beside its citations.
 * - Plot facts carry a `spoiler` marker so a page can hold them back (see issue "spoiler gate").
 */
import { z } from 'zod'

// The built site's Content-Security-Policy forbids eval. zod would otherwise probe for it with
// `new Function` as each object schema is built, which the browser reports as a violation even
// though zod catches the error, so this runs before any schema here is created. Node (validate,
// build) keeps the faster compiled parsers.
if (typeof window !== 'undefined') z.config({ jitless: true })

export const slugSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be lowercase letters and digits joined by single hyphens, like "baek-kang-hyuk"',
  )
  .describe('Lowercase words joined by hyphens; equal to the file name without .json')

export const sourceIdSchema = slugSchema.describe(
  'The id of an article in src/fixtures/sources (its file name without .json)',
)

/** Text written in our own words; short, single paragraph, no markup. */
const proseSchema = z.string().trim().min(1, 'must not be empty').max(1200)
const nameSchema = z.string().trim().min(1, 'must not be empty').max(120)

export const linkSchema = z
  .url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' })
  .describe('A web address starting with http:// or https://')

const sourcesSchema = z
  .array(sourceIdSchema)
  .min(1, 'cite at least one source id')
  .describe('Ids of the articles that state this (src/fixtures/sources/<id>.json)')

export const spoilerSchema = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('episode'),
        season: z.literal(1),
        episode: z.int().min(1).max(8).describe('The season 1 episode (1 to 8) that reveals this'),
        episodeStated: z
          .boolean()
          .describe(
            'true when the article names the episode; false when it does not and the fact is held back until this episode to be safe',
          ),
      })
      .strict(),
    z
      .object({
        kind: z.literal('webtoon'),
        note: z.string().max(300).optional(),
      })
      .strict(),
  ])
  .describe(
    'Marks plot: revealed in a season 1 episode, or webtoon plot beyond the drama. Pages hide it until the reader unlocks it.',
  )
export type Spoiler = z.infer<typeof spoilerSchema>

export function fact<T extends z.ZodType>(value: T) {
  return z
    .object({
      value,
      sources: sourcesSchema,
      note: z
        .string()
        .trim()
        .min(1)
        .max(600)
        .optional()
        .describe('Why this value differs, how it was worded, or what the article does not say'),
    })
    .strict()
}

/**
 * A sentence of plot. Only plot can carry a spoiler marker, so the places a page must gate are
 * exactly the places this schema is used.
 */
export function plotFact<T extends z.ZodType>(value: T) {
  return fact(value).extend({ spoiler: spoilerSchema.optional() })
}

export function attested<T extends z.ZodType>(value: T) {
  return z
    .array(fact(value))
    .min(1, 'give at least one value with its sources')
    .describe(
      'One entry when the articles agree; one entry per differing value, each with its own sources, when they disagree',
    )
}

export type Fact<T> = { value: T; sources: string[]; note?: string }
export type PlotFact<T> = Fact<T> & { spoiler?: Spoiler }
export type Attested<T> = Fact<T>[]

const datePrecisionSchema = z.enum(['day', 'month', 'year'])
export type DatePrecision = z.infer<typeof datePrecisionSchema>

const dateFormats: Record<DatePrecision, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
}

/** True when `value` is a real calendar date written as YYYY-MM-DD, YYYY-MM or YYYY for `precision`. */
export function isRealPartialDate(value: string, precision: DatePrecision): boolean {
  if (!dateFormats[precision].test(value)) return false
  const [year = Number.NaN, month = 1, day = 1] = value.split('-').map(Number)
  if (month < 1 || month > 12) return false
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day >= 1 && day <= lastDay
}

export const partialDateSchema = z
  .object({
    value: z
      .string()
      .describe('YYYY-MM-DD for a day, YYYY-MM for a month, YYYY for a year (ISO 8601)'),
    precision: datePrecisionSchema,
    qualifier: z
      .enum(['on', 'on-or-before', 'on-or-after'])
      .default('on')
      .describe(
        '"on-or-before" when an article only shows it happened by that date (for example, before the article was written)',
      ),
  })
  .strict()
  .superRefine((date, context) => {
    if (!isRealPartialDate(date.value, date.precision)) {
      context.addIssue({
        code: 'custom',
        path: ['value'],
        message: `"${date.value}" is not a real date written as ${
          { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' }[date.precision]
        } (precision "${date.precision}")`,
      })
    }
  })
export type PartialDate = z.infer<typeof partialDateSchema>

export const quoteSchema = z
  .object({
    text: z
      .string()
      .trim()
      .min(1)
      .max(320, 'quote only short statements (320 characters at most)')
      .describe('The words as the article prints them'),
    speaker: nameSchema.describe('Who said it, as the article names them'),
    via: z
      .array(nameSchema)
      .optional()
      .describe('Outlets or translators the article credits for the quote, e.g. "The Direct"'),
    sources: sourcesSchema,
  })
  .strict()
export type Quote = z.infer<typeof quoteSchema>

export const nameVariantKindSchema = z.enum(['romanization', 'pen-name', 'real-name', 'short-form'])

const nameVariantSchema = fact(nameSchema).extend({
  kind: nameVariantKindSchema.describe('How this name relates to the main one'),
})
export type NameVariant = z.infer<typeof nameVariantSchema>

const jsonSchemaPointer = z
  .string()
  .describe("Relative path to this collection's JSON Schema, for editor completion")

const awardSchema = z
  .object({
    ceremony: nameSchema,
    edition: z.int().positive().optional().describe('e.g. 61 for the 61st ceremony'),
    category: nameSchema,
    date: partialDateSchema,
    sources: sourcesSchema,
    note: proseSchema.optional(),
  })
  .strict()
export type Award = z.infer<typeof awardSchema>

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

export const outletSchema = z
  .object({
    $schema: jsonSchemaPointer,
    slug: slugSchema,
    name: fact(nameSchema),
    nameVariants: z.array(nameVariantSchema),
    description: fact(proseSchema).optional(),
  })
  .strict()
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

export const personSchema = z
  .object({
    $schema: jsonSchemaPointer,
    slug: slugSchema,
    name: fact(nameSchema).describe('The spelling most articles use'),
    nameVariants: z
      .array(nameVariantSchema)
      .describe('Every other spelling or name the articles use, each with its sources'),
    honorific: fact(nameSchema).optional().describe('A title the articles use, e.g. "Dr."'),
    profession: attested(proseSchema).optional(),
    roles: z
      .array(
        z
          .object({
            character: attested(slugSchema).describe(
              'The character slug. Two entries when articles name different characters for the same part.',
            ),
          })
          .strict(),
      )
      .describe('Characters this person plays'),
    crewJobs: z.array(fact(crewJobSchema)).describe('Jobs behind the camera or on the source work'),
    awards: z.array(awardSchema).describe('Awards this person won for the show'),
  })
  .strict()
export type Person = z.infer<typeof personSchema>

// ---------------------------------------------------------------------------------------------
// Characters.

export const characterGroupSchema = z
  .enum(['trauma-team', 'hospital', 'government'])
  .describe('Where the character list groups this character')
export type CharacterGroup = z.infer<typeof characterGroupSchema>

export const characterSchema = z
  .object({
    $schema: jsonSchemaPointer,
    slug: slugSchema,
    name: fact(nameSchema).describe('The spelling most articles use'),
    nameVariants: z.array(nameVariantSchema),
    group: characterGroupSchema,
    occupation: attested(proseSchema),
    affiliation: z
      .array(fact(proseSchema))
      .describe('Where they work; several entries when articles name it differently'),
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
          sources: sourcesSchema,
          spoiler: spoilerSchema.optional(),
        })
        .strict(),
    ),
  })
  .strict()
export type Character = z.infer<typeof characterSchema>

// ---------------------------------------------------------------------------------------------
// Origin: the web novel and the webtoon.

export const originSchema = z
  .object({
    $schema: jsonSchemaPointer,
    slug: slugSchema,
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
  .strict()
export type Origin = z.infer<typeof originSchema>

// ---------------------------------------------------------------------------------------------
// Series.

export const seriesSchema = z
  .object({
    $schema: jsonSchemaPointer,
    slug: slugSchema,
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
          topic: nameSchema.describe('What is measured, e.g. "Global chart position"'),
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
  .strict()
export type Series = z.infer<typeof seriesSchema>

// ---------------------------------------------------------------------------------------------
// Timeline: every dated report, interview and statement about future seasons.

export const timelineKindSchema = z.enum([
  'release',
  'interview',
  'remark',
  'report',
  'official-statement',
  'status-note',
])
export type TimelineKind = z.infer<typeof timelineKindSchema>

export const stanceSchema = z.enum([
  'no-statement',
  'under-review',
  'in-talks',
  'denied',
  'confirmed',
])
export type Stance = z.infer<typeof stanceSchema>

export const claimTopicSchema = z.enum([
  'renewal',
  'production-schedule',
  'filming-start',
  'episode-count',
  'scripts',
  'cast',
  'story',
])
export type ClaimTopic = z.infer<typeof claimTopicSchema>

const claimReferenceSchema = z
  .object({
    event: slugSchema.describe('Slug of the timeline event that holds the claim'),
    claim: slugSchema.describe("The claim's id in that event"),
  })
  .strict()
export type ClaimReference = z.infer<typeof claimReferenceSchema>

export const timelineEventSchema = z
  .object({
    $schema: jsonSchemaPointer,
    slug: slugSchema,
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
          sources: sourcesSchema,
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
    people: z.array(slugSchema).describe('Person slugs of everyone involved'),
    sources: sourcesSchema,
  })
  .strict()
export type TimelineEvent = z.infer<typeof timelineEventSchema>
