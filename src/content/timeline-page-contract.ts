/**
 * The contract's part for the timeline's pages (src/content/timeline-pages.ts splits the events).
 * Kept apart from the split, which the browser bundle imports: zod loads with the first fetch (005).
 */
import { z } from 'zod'
import { partialDateSchema } from './fact-schemas.ts'

/** One page of the timeline: a year, and which page of that year. */
export const timelinePageRefSchema = z
  .object({ year: z.string().regex(/^\d{4}$/), number: z.int().positive() })
  .strict()

/** A page as the timeline document lists it: where it is, how many events, and their dates. */
export const timelinePageSchema = timelinePageRefSchema
  .extend({ count: z.int().positive(), from: partialDateSchema, to: partialDateSchema })
  .strict()
