/**
 * The duplicate-id mutations: one file repeating another's id or seed file, or one claim
 * repeating another's id. Unlike the other kinds they need two places, so they are found across
 * the parsed fixtures rather than at one value.
 */
import { type CollectionName, collections } from '../content/collections.ts'
import { formatJsonPath } from '../content/content-problems.ts'
import {
  type JsonObject,
  type MutationPath,
  type ParsedFixture,
  setAt,
  valueAt,
} from './fixture-json.ts'
import type { MutationCandidate } from './fixture-mutation-types.ts'

function stringAt(json: JsonObject, path: MutationPath): string | undefined {
  const value = valueAt(json, path)
  return typeof value === 'string' ? value : undefined
}

/** One file repeating another's id or seed file, or one claim repeating another's id. */
export function duplicateCandidates(fixtures: readonly ParsedFixture[]): MutationCandidate[] {
  const candidates: MutationCandidate[] = []
  const repeat = (
    collection: CollectionName,
    file: string,
    path: MutationPath,
    original: { file: string; path: MutationPath; value: string },
  ) =>
    candidates.push({
      kind: 'duplicate-id',
      collection,
      build: () => ({
        kind: 'duplicate-id',
        file,
        path,
        description: `${formatJsonPath(path)}: set to "${original.value}", already used at ${original.file} ${formatJsonPath(original.path)}`,
        introduced: original.value,
        duplicateOf: { file: original.file, path: original.path },
        apply: (json) => setAt(json, path, original.value),
      }),
    })

  for (const fixture of fixtures) {
    const idPath = [collections[fixture.collection].idField]
    const seedPath = ['seedFile']
    for (const other of fixtures) {
      if (other.collection !== fixture.collection || other.file === fixture.file) continue
      const otherId = stringAt(other.json, idPath)
      if (otherId !== undefined) {
        repeat(fixture.collection, fixture.file, idPath, {
          file: other.file,
          path: idPath,
          value: otherId,
        })
      }
      const otherSeed = stringAt(other.json, seedPath)
      if (fixture.collection === 'sources' && otherSeed !== undefined) {
        repeat(fixture.collection, fixture.file, seedPath, {
          file: other.file,
          path: seedPath,
          value: otherSeed,
        })
      }
    }
    const claims = fixture.json.claims
    if (fixture.collection === 'timeline' && Array.isArray(claims)) {
      claims.forEach((_, index) =>
        claims.forEach((__, otherIndex) => {
          const otherPath = ['claims', otherIndex, 'id']
          const otherId = stringAt(fixture.json, otherPath)
          if (index === otherIndex || otherId === undefined) return
          repeat(fixture.collection, fixture.file, ['claims', index, 'id'], {
            file: fixture.file,
            path: otherPath,
            value: otherId,
          })
        }),
      )
    }
  }
  return candidates
}
