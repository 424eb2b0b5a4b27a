/**
 * The content model's building blocks: facts and their citations, plot markers, dates, quotes, name
 * variants and awards. The collections built from them are in schemas.ts. Together they are the
 * one source of truth for fixture files, TypeScript types, the JSON Schema
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
export const proseSchema = z.string().trim().min(1, 'must not be empty').max(1200)
export const nameSchema = z.string().trim().min(1, 'must not be empty').max(120)

export const linkSchema = z
  .url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' })
  .describe('A web address starting with http:// or https://')

export const sourcesSchema = z
  .array(sourceIdSchema)
  .min(1, 'cite at least one source id')
  .describe('Ids of the articles that state this (src/fixtures/sources/<id>.json)')

/** The article's own words for a citation: a sentence or clause, never the article. */
export const excerptSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(300, 'quote one sentence or clause (300 characters at most), not the article')
  .describe(
    "The cited article's own words that support this, copied exactly: one sentence or clause",
  )

export const evidenceSchema = z
  .record(sourceIdSchema, excerptSchema)
  .describe(
    'One excerpt per cited source id: the words of that article that support this. `npm run validate` finds each in the saved copy of its article.',
  )
export type Evidence = z.infer<typeof evidenceSchema>

/**
 * The fields of every citation: the articles, and each one's supporting words. `evidence` is
 * optional here only so that validate can say which source lacks its excerpt (see
 * evidence-checks.ts); content that passes validate has one for every source.
 */
export const citationFields = { sources: sourcesSchema, evidence: evidenceSchema.optional() }

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
      ...citationFields,
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

/**
 * How a later value of an attested field differs from the first one when it says the same thing:
 * spelled apart ("Hankuk National University Hospital") or worded apart ("combat medic" beside
 * "war veteran"). Pages show such values quietly, as "also written", and keep "Sources disagree"
 * for values that differ in substance (who plays whom, a rank, a status, a date).
 */
export const variantSchema = z
  .enum(['spelling', 'wording'])
  .describe(
    'Only on a later value that says the same as the first one: "spelling" when it is spelled or named differently, "wording" when it is put in other words. Leave it out when the values differ in substance.',
  )
export type Variant = z.infer<typeof variantSchema>

/** Values of one field as the articles give them, later ones possibly marked as variants. */
export function factsWithVariants<T extends z.ZodType>(value: T) {
  return z
    .array(fact(value).extend({ variant: variantSchema.optional() }))
    .refine((entries) => entries[0]?.variant === undefined, {
      message: 'the first value is the one the others vary from: give "variant" on later values',
      path: [0, 'variant'],
    })
}

export function attested<T extends z.ZodType>(value: T) {
  return factsWithVariants(value)
    .min(1, 'give at least one value with its sources')
    .describe(
      'One entry when the articles agree; one entry per differing value, each with its own sources, when they disagree',
    )
}

export type Fact<T> = { value: T; sources: string[]; evidence?: Evidence; note?: string }
export type PlotFact<T> = Fact<T> & { spoiler?: Spoiler }
export type Attested<T> = (Fact<T> & { variant?: Variant })[]

export const datePrecisionSchema = z.enum(['day', 'month', 'year'])
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
    ...citationFields,
  })
  .strict()
export type Quote = z.infer<typeof quoteSchema>

export const nameVariantKindSchema = z.enum([
  'romanization',
  'spelling',
  'pen-name',
  'real-name',
  'short-form',
])

export const nameVariantSchema = fact(nameSchema).extend({
  kind: nameVariantKindSchema.describe('How this name relates to the main one'),
})
export type NameVariant = z.infer<typeof nameVariantSchema>

export const jsonSchemaPointer = z
  .string()
  .describe("Relative path to this collection's JSON Schema, for editor completion")

/**
 * One fixture file: its `$schema` pointer and its slug (the file name and the page address); each
 * collection extends it with its own fields. Strict, so a misspelt field is an error rather than
 * silently dropped (`extend` keeps that).
 */
export const entitySchema = z.strictObject({ $schema: jsonSchemaPointer, slug: slugSchema })

/** An entity known by a name: the spelling most articles use, and every other one with sources. */
export const namedEntitySchema = entitySchema.extend({
  name: fact(nameSchema).describe('The spelling most articles use'),
  nameVariants: z
    .array(nameVariantSchema)
    .describe('Every other spelling or name the articles use, each with its sources'),
})

export const awardSchema = z
  .object({
    ceremony: nameSchema,
    edition: z.int().positive().optional().describe('e.g. 61 for the 61st ceremony'),
    category: nameSchema,
    date: partialDateSchema,
    ...citationFields,
    note: proseSchema.optional(),
  })
  .strict()
export type Award = z.infer<typeof awardSchema>

/** The licences an image may carry: free to reuse on a fan wiki with a credit, or with none. */
export const imageLicences = ['CC BY', 'CC BY-SA', 'CC0', 'public domain'] as const

/**
 * A real image of a character or person, which a contributor may add. Every part is required: the
 * wiki shows no image it cannot credit and no image under a licence outside `imageLicences`.
 */
export const imageSchema = z
  .object({
    file: z
      .string()
      .regex(
        /^\/images\/[a-z0-9][a-z0-9/_-]*\.(?:jpg|jpeg|png|webp|avif)$/,
        'must be a file under public/images written from the site root, like "/images/people/ju-ji-hoon.jpg"',
      )
      .describe('The image file, saved under public/images, as its address from the site root'),
    alt: proseSchema.describe('What the image shows, for readers who cannot see it'),
    credit: nameSchema.describe(
      'Who made the image (photographer or artist), as the source names them',
    ),
    licence: z
      .enum(imageLicences, {
        // Worded as validate words any missing field (content-problems.ts).
        error: (issue) =>
          issue.input === undefined
            ? 'missing: "licence" is required here'
            : `must be one of ${imageLicences.map((licence) => `"${licence}"`).join(', ')}: the wiki uses no image under any other licence`,
      })
      .describe('The licence the source gives the image; CC BY and CC BY-SA oblige the credit'),
    source: linkSchema.describe('The page the image and its licence come from'),
  })
  .strict()
  .describe('A freely licensed image, shown with its credit; leave out when there is none')
export type EntityImage = z.infer<typeof imageSchema>
