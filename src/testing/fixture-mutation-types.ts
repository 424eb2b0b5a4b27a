/**
 * What a fixture mutation is, for the fuzz test of the validate command: the kinds of damage and
 * the shape of one mutation. In a file of its own so the candidate builders, the draw and the test
 * share these types without importing one another.
 */
import type { CollectionName } from '../content/collections.ts'
import type { JsonObject, MutationPath } from './fixture-json.ts'
import type { Random } from './seeded-random.ts'

export const invalidMutationKinds = [
  'wrong-type',
  'missing-field',
  'unknown-reference',
  'bad-date',
  'huge-string',
  'unsafe-link',
  'unknown-key',
  'duplicate-id',
] as const
export type InvalidMutationKind = (typeof invalidMutationKinds)[number]
/** Script and HTML in prose: valid content, which pages must show as text. */
export type MutationKind = InvalidMutationKind | 'markup-in-text'

export type FixtureMutation = {
  kind: MutationKind
  /** The one file the mutation changes. */
  file: string
  /** Where in that file it changes something (for an extra key: the key it adds). */
  path: MutationPath
  description: string
  /**
   * What the mutation put in that a good report quotes: the unknown slug, the extra key or the
   * impossible date.
   */
  introduced?: string
  /** For a duplicate: where the value it now repeats already was. */
  duplicateOf?: { file: string; path: MutationPath }
  /** Changes the parsed file in place. */
  apply: (json: JsonObject) => void
}

/** Builds one concrete mutation of a target; the randomness picks the damaging value. */
export type MutationBuilder = (random: Random) => FixtureMutation

/**
 * A mutation a target allows, not built yet: the draw spreads its picks over kinds and
 * collections first, and only then spends randomness on the damaging value.
 */
export type MutationCandidate = {
  kind: MutationKind
  collection: CollectionName
  build: MutationBuilder
}
