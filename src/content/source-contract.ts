/** A source as the documents serve it; shared by the contract's modules. */
import { sourceSchema } from './schemas.ts'

export const sourceBodySchema = sourceSchema.omit({ $schema: true })
