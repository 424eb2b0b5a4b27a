/** A source as the documents serve it; shared by the contract's modules. */
import { z } from 'zod'
import { partialDateSchema } from './fact-schemas.ts'
import { sourceSchema } from './schemas.ts'

export const sourceBodySchema = sourceSchema.omit({ $schema: true }).extend({
  /**
   * How recent the article's news is, for a page's "Last updated": its publication date, or for
   * an undated article the newest timeline event it reports (it was written on or after that).
   */
  asOf: z
    .object({ date: partialDateSchema, basis: z.enum(['published', 'reported-event']) })
    .strict()
    .nullable()
    .optional(),
})
