/**
 * The search documents' part of the data contract: the index (every page with its names, the
 * texts to search and, for timeline events, the statuses and topics the rumor ledger gives them)
 * and, apart, the plot texts for a reader whose setting reveals them.
 */
import { z } from 'zod'
import {
  nameVariantKindSchema,
  partialDateSchema,
  slugSchema,
  spoilerSchema,
} from './fact-schemas.ts'
import { eventStatusSchema, ledgerStatusSchema } from './ledger-contract.ts'
import { claimTopicSchema } from './timeline-schemas.ts'

const searchEntryTypeSchema = z.enum([
  'series',
  'character',
  'person',
  'timeline-event',
  'source',
  'origin',
])
export type SearchEntryType = z.infer<typeof searchEntryTypeSchema>

const searchNameSchema = z
  .object({
    value: z.string().min(1),
    /**
     * `name` is the entry's main name; `alternative-title` and the variant kinds are its other
     * names and spellings; `outlet` and `author` are names of something else that should find the
     * entry (the outlet that ran a report, the author of the origin).
     */
    kind: z.enum([
      'name',
      'alternative-title',
      ...nameVariantKindSchema.options,
      'outlet',
      'author',
    ]),
  })
  .strict()
export type SearchName = z.infer<typeof searchNameSchema>

/** Text to search. Plot text is served apart (searchPlot) with its spoiler marker. */
const searchTextSchema = z
  .object({ text: z.string().min(1), spoiler: spoilerSchema.optional() })
  .strict()
export type SearchText = z.infer<typeof searchTextSchema>

/** A status a timeline event shows: its own badge, or one of its claims' in the rumor ledger. */
const searchStatusSchema = z.union([eventStatusSchema, ledgerStatusSchema])
export type SearchStatus = z.infer<typeof searchStatusSchema>

const searchEntrySchema = z
  .object({
    type: searchEntryTypeSchema,
    slug: slugSchema,
    /** The app path that opens the entry: /people/ju-ji-hoon, or /timeline/2025#<event-slug>. */
    path: z.string().startsWith('/'),
    title: z.string().min(1),
    subtitle: z.string(),
    date: partialDateSchema.optional(),
    names: z.array(searchNameSchema),
    texts: z.array(searchTextSchema),
    /** A timeline event's statuses, derived by the rumor ledger when the index is built. */
    statuses: z.array(searchStatusSchema).optional(),
    /** What a timeline event's claims are about; an official answer is about the renewal. */
    topics: z.array(claimTopicSchema).optional(),
  })
  .strict()
export type SearchEntry = z.infer<typeof searchEntrySchema>

/** How a status or topic reads, and the words a reader may type for it. */
const searchTermsSchema = z
  .object({ label: z.string().min(1), words: z.array(z.string().min(1)).min(1) })
  .strict()
export type SearchTerms = z.infer<typeof searchTermsSchema>

/** The words of every status and topic, sent once rather than with each entry that has it. */
const searchVocabularySchema = z
  .object({
    statuses: z.record(searchStatusSchema, searchTermsSchema),
    topics: z.record(claimTopicSchema, searchTermsSchema),
  })
  .strict()
export type SearchVocabulary = z.infer<typeof searchVocabularySchema>

export const searchIndexResponseSchema = z
  .object({ entries: z.array(searchEntrySchema), vocabulary: searchVocabularySchema })
  .strict()
export type SearchIndexResponse = z.infer<typeof searchIndexResponseSchema>

/** The plot texts of the search index, by entry, for a reader whose setting reveals plot. */
export const searchPlotResponseSchema = z
  .object({
    entries: z.array(
      searchEntrySchema
        .pick({ type: true, slug: true })
        .extend({ texts: z.array(searchTextSchema.extend({ spoiler: spoilerSchema })) }),
    ),
  })
  .strict()
export type SearchPlotResponse = z.infer<typeof searchPlotResponseSchema>
