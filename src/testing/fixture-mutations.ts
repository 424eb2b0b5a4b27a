/**
 * Random but reproducible damage to the fixtures, for the fuzz test of the validate command: draws
 * the mutations every fixture allows (fixture-node-candidates.ts, fixture-duplicate-candidates.ts)
 * so that each kind hits each collection, and applies one to a copy of the files.
 *
 * Targets come from walking each file's real JSON beside its zod schema (fixture-json.ts), so every
 * mutated path exists, and requiredness, strictness and length limits are read from the schema
 * instead of being listed by hand.
 */
import { type CollectionName, collections } from '../content/collections.ts'
import type { FixtureFile } from '../content/content-problems.ts'
import { duplicateCandidates } from './fixture-duplicate-candidates.ts'
import {
  type JsonObject,
  type ParsedFixture,
  parseFixtures,
  randomIndex,
  walk,
} from './fixture-json.ts'
import {
  type FixtureMutation,
  type MutationBuilder,
  type MutationKind,
  invalidMutationKinds,
} from './fixture-mutation-types.ts'
import { candidatesFor } from './fixture-node-candidates.ts'
import { type Random, mulberry32 } from './seeded-random.ts'

/** Every mutation the fixtures allow, unbuilt, by kind and then by collection. */
function collectCandidates(fixtures: readonly ParsedFixture[]) {
  const byKind = new Map<MutationKind, Map<CollectionName, MutationBuilder[]>>()
  const candidates = [
    ...fixtures.flatMap((fixture) =>
      Array.from(
        walk({
          collection: fixture.collection,
          file: fixture.file,
          path: [],
          value: fixture.json,
          declared: collections[fixture.collection].schema,
        }),
        candidatesFor,
      ).flat(),
    ),
    ...duplicateCandidates(fixtures),
  ]
  for (const { kind, collection, build } of candidates) {
    const byCollection = byKind.get(kind) ?? new Map<CollectionName, MutationBuilder[]>()
    byKind.set(kind, byCollection)
    byCollection.set(collection, [...(byCollection.get(collection) ?? []), build])
  }
  return byKind
}

/**
 * Draws `count` mutations of `kinds`, taking the kinds in turn and, within a kind, the collections
 * in turn, so every collection is damaged in every way it can be. No target is drawn twice until
 * its kind has run out of fresh ones.
 */
function draw(
  byKind: Map<MutationKind, Map<CollectionName, MutationBuilder[]>>,
  kinds: readonly MutationKind[],
  count: number,
  random: Random,
): FixtureMutation[] {
  const remaining = new Map(
    kinds.map((kind) => [
      kind,
      new Map(Array.from(byKind.get(kind) ?? [], ([name, builders]) => [name, [...builders]])),
    ]),
  )
  const turns = new Map<MutationKind, number>()
  const mutations: FixtureMutation[] = []
  for (let attempt = 0; mutations.length < count && attempt < count * kinds.length; attempt++) {
    const kind = kinds[attempt % kinds.length]
    if (kind === undefined) break
    const byCollection = remaining.get(kind)
    if (!byCollection) continue
    for (const [name, builders] of byCollection) {
      if (builders.length === 0) byCollection.delete(name)
    }
    if (byCollection.size === 0) {
      // Every target used once: start again, the random values still differ.
      const all = byKind.get(kind)
      if (!all || all.size === 0) continue
      for (const [name, builders] of all) byCollection.set(name, [...builders])
    }
    const turn = turns.get(kind) ?? 0
    turns.set(kind, turn + 1)
    const names = [...byCollection.keys()]
    const name = names[turn % names.length]
    const builders = name === undefined ? [] : (byCollection.get(name) ?? [])
    const [build] = builders.splice(randomIndex(random, builders.length), 1)
    if (build) mutations.push(build(random))
  }
  return mutations
}

export type MutationPlan = {
  seed: number
  /** Mutations the validate command must report. */
  invalid: FixtureMutation[]
  /** Markup in prose: valid content that must pass validation and render as text. */
  markup: FixtureMutation[]
}

export function generateFixtureMutations(
  files: readonly FixtureFile[],
  { seed, invalidCount, markupCount }: { seed: number; invalidCount: number; markupCount: number },
): MutationPlan {
  const random = mulberry32(seed)
  const byKind = collectCandidates(parseFixtures(files))
  return {
    seed,
    invalid: draw(byKind, invalidMutationKinds, invalidCount, random),
    markup: draw(byKind, ['markup-in-text'], markupCount, random),
  }
}

/** The fixtures with `mutation` applied to a fresh copy of its file; the others are shared. */
export function applyMutation(
  files: readonly FixtureFile[],
  mutation: FixtureMutation,
): FixtureFile[] {
  return files.map((file) => {
    if (file.path !== mutation.file) return file
    const json = JSON.parse(file.text) as JsonObject
    mutation.apply(json)
    return { path: file.path, text: `${JSON.stringify(json, null, 2)}\n` }
  })
}
