/**
 * Random but reproducible damage to the fixtures, for the fuzz test of the validate command.
 *
 * Targets come from walking each file's real JSON beside its zod schema, so every mutated path
 * exists, and requiredness, strictness and length limits are read from the schema instead of being
 * listed by hand. What counts as a reference is listed here on purpose, apart from the validator's
 * own list, so that a reference the validator stops checking makes the fuzz test fail.
 */
import { z } from 'zod'
import { type CollectionName, collections } from '../content/collections.ts'
import { partialDateSchema } from '../content/fact-schemas.ts'
import { type FixtureFile, formatJsonPath } from '../content/content-problems.ts'
import { type Random, mulberry32, pick } from './seeded-random.ts'

export type { JsonObject, JsonValue } from './fixture-json.ts'

import {
  type JsonValue,
  type JsonObject,
  type MutationPath,
  randomIndex,
  randomSuffix,
  isJsonObject,
  valueAt,
  setAt,
  deleteAt,
  type AnySchema,
  type SchemaNode,
  acceptsNull,
  isOptionalKey,
  shapeOf,
  walk,
  type ParsedFixture,
  parseFixtures,
} from './fixture-json.ts'

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

// ---------------------------------------------------------------------------------------------
// What each kind of mutation can target.

type ReferenceTarget = CollectionName | 'claim'

/** Where a fixture names another file (or a claim in one), besides the `sources` arrays. */
const referencePatterns: {
  collection: CollectionName
  pattern: readonly string[]
  target: ReferenceTarget
}[] = [
  { collection: 'series', pattern: ['director', '*', 'value'], target: 'people' },
  { collection: 'series', pattern: ['screenwriter', '*', 'value'], target: 'people' },
  { collection: 'series', pattern: ['basedOn'], target: 'origins' },
  { collection: 'origins', pattern: ['author'], target: 'people' },
  {
    collection: 'origins',
    pattern: ['formats', '*', 'collaborators', '*', 'value'],
    target: 'people',
  },
  {
    collection: 'people',
    pattern: ['roles', '*', 'character', '*', 'value'],
    target: 'characters',
  },
  { collection: 'characters', pattern: ['relationships', '*', 'character'], target: 'characters' },
  { collection: 'timeline', pattern: ['outlet', 'value'], target: 'outlets' },
  { collection: 'timeline', pattern: ['people', '*'], target: 'people' },
  { collection: 'timeline', pattern: ['respondsTo', '*'], target: 'timeline' },
  {
    collection: 'timeline',
    pattern: ['claims', '*', 'disagreesWith', '*', 'event'],
    target: 'timeline',
  },
  {
    collection: 'timeline',
    pattern: ['claims', '*', 'disagreesWith', '*', 'claim'],
    target: 'claim',
  },
]

function matchesPattern(path: MutationPath, pattern: readonly string[]): boolean {
  return (
    path.length === pattern.length &&
    pattern.every((key, index) =>
      key === '*' ? typeof path[index] === 'number' : path[index] === key,
    )
  )
}

function referenceTarget(node: SchemaNode): ReferenceTarget | undefined {
  if (typeof node.value !== 'string') return undefined
  if (node.path.at(-2) === 'sources' && typeof node.path.at(-1) === 'number') return 'sources'
  return referencePatterns.find(
    (entry) => entry.collection === node.collection && matchesPattern(node.path, entry.pattern),
  )?.target
}

/** A string field limited only by its length (prose and names), not by a pattern or format. */
function isFreeText(schema: AnySchema): schema is z.ZodString {
  return (
    schema instanceof z.ZodString &&
    schema.maxLength !== null &&
    !(schema.def.checks ?? []).some((check) => check._zod.def.check === 'string_format')
  )
}

type JsonType = 'null' | 'array' | 'object' | 'string' | 'number' | 'boolean'

function jsonType(value: JsonValue): JsonType {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value as 'object' | 'string' | 'number' | 'boolean'
}

/** The JSON type a schema wants; for a null now in a nullable field, the type it could hold. */
function wantedJsonType(schema: AnySchema, value: JsonValue): JsonType {
  if (value !== null) return jsonType(value)
  if (schema instanceof z.ZodObject || schema instanceof z.ZodDiscriminatedUnion) return 'object'
  if (schema instanceof z.ZodArray) return 'array'
  if (schema instanceof z.ZodNumber) return 'number'
  if (schema instanceof z.ZodBoolean) return 'boolean'
  if (schema instanceof z.ZodString || schema instanceof z.ZodStringFormat) return 'string'
  if (schema instanceof z.ZodEnum) return 'string'
  return 'null'
}

const otherTypedValues: Record<Exclude<JsonType, 'null'>, JsonValue[]> = {
  string: [42, true, [], {}, ['text in a list']],
  number: ['42', false, [42], { value: 42 }],
  boolean: ['true', 1, [true], {}],
  array: ['a list as text', {}, 0, true],
  object: ['an object as text', [], 7, false],
}

const badDates: { value: string; precision: 'day' | 'month' | 'year'; why: string }[] = [
  { value: '2025-02-30', precision: 'day', why: 'a day February does not have' },
  { value: '2026-02-29', precision: 'day', why: 'a leap day in a common year' },
  { value: '2025-13-01', precision: 'day', why: 'month 13' },
  { value: '2025-00', precision: 'month', why: 'month 0' },
  { value: '23/09/2025', precision: 'day', why: 'day first, with slashes' },
  { value: '2025-9-3', precision: 'day', why: 'no leading zeros' },
  { value: 'September 2025', precision: 'month', why: 'written out' },
  { value: '2025-09-23T10:00:00Z', precision: 'day', why: 'a timestamp' },
  { value: '2025-09-23', precision: 'month', why: 'a day under month precision' },
  { value: '2025', precision: 'day', why: 'a year under day precision' },
  { value: '2025-09', precision: 'year', why: 'a month under year precision' },
  { value: '', precision: 'year', why: 'empty' },
]

const unsafeLinks = [
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  'ftp://example.com/article.txt',
  'file:///etc/passwd',
  'vbscript:msgbox(1)',
  '//example.com/no-protocol',
]

const extraKeys = [
  'ocupation',
  'html',
  'dangerouslySetInnerHTML',
  'onclick',
  'summaryHtml',
  'srcdoc',
]

/** Script and HTML as an attacker or a careless paste would write it; none starts or ends in space. */
const markupPayloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script><img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">read more</a>',
  '"><svg onload=alert(1)>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<b>bold</b> &amp; <i>italic</i> &lt;not a tag&gt;',
  '{{constructor.constructor("alert(1)")()}}',
]

const hugeStringLength = 100_000

function hugeString(random: Random): string {
  const words = ['trauma', 'surgeon', 'renewal', '<b>', 'season', '&amp;', 'Baek']
  let text = ''
  while (text.length < hugeStringLength) text += `${pick(random, words)} `
  return `${text.slice(0, hugeStringLength - 1)}x`
}

/** Builds one concrete mutation of a target; the randomness picks the damaging value. */
type MutationBuilder = (random: Random) => FixtureMutation

type Candidate = { kind: MutationKind; collection: CollectionName; build: MutationBuilder }

function candidatesFor(node: SchemaNode): Candidate[] {
  const { collection, file, path, value, schema, declared } = node
  const at = formatJsonPath(path)
  const candidates: Candidate[] = []
  const add = (kind: MutationKind, build: MutationBuilder) =>
    candidates.push({ kind, collection, build })

  const wanted = wantedJsonType(schema, value)
  // The root cannot be replaced in place, and a null whose schema is not known has no wrong type.
  if (path.length > 0 && wanted !== 'null') {
    add('wrong-type', (random) => {
      const replacement = pick(random, [
        ...otherTypedValues[wanted],
        ...(acceptsNull(declared) ? [] : [null]),
      ])
      return {
        kind: 'wrong-type',
        file,
        path,
        description: `${at}: ${wanted} ${value === null ? '(now null) ' : ''}replaced by ${jsonType(replacement)} ${JSON.stringify(replacement)}`,
        apply: (json) => setAt(json, path, replacement),
      }
    })
  }

  if (isJsonObject(value) && schema instanceof z.ZodObject) {
    for (const key of Object.keys(value)) {
      const field = shapeOf(schema)[key]
      if (!field || isOptionalKey(field)) continue
      const keyPath = [...path, key]
      add('missing-field', () => ({
        kind: 'missing-field',
        file,
        path: keyPath,
        description: `${formatJsonPath(keyPath)}: required key deleted`,
        introduced: key,
        apply: (json) => deleteAt(json, keyPath),
      }))
    }
    if (schema.def.catchall instanceof z.ZodNever) {
      add('unknown-key', (random) => {
        const key = pick(
          random,
          extraKeys.filter((candidate) => !(candidate in schema.shape)),
        )
        const keyPath = [...path, key]
        return {
          kind: 'unknown-key',
          file,
          path: keyPath,
          description: `${at}: extra key "${key}" added to a strict object`,
          introduced: key,
          apply: (json) => setAt(json, keyPath, 'Surgeon'),
        }
      })
    }
  }

  const target = referenceTarget(node)
  if (target) {
    add('unknown-reference', (random) => {
      const slug = `no-such-${target === 'claim' ? 'claim' : collections[target].singular}-${randomSuffix(random)}`
      return {
        kind: 'unknown-reference',
        file,
        path,
        description: `${at}: ${target === 'claim' ? 'claim id' : `${collections[target].singular} reference`} ${JSON.stringify(value)} replaced by "${slug}", which does not exist`,
        introduced: slug,
        apply: (json) => setAt(json, path, slug),
      }
    })
  }

  if (schema === partialDateSchema) {
    const valuePath = [...path, 'value']
    add('bad-date', (random) => {
      const bad = pick(random, badDates)
      return {
        kind: 'bad-date',
        file,
        path: valuePath,
        description: `${at}: date "${bad.value}" with precision "${bad.precision}" (${bad.why})`,
        introduced: bad.value,
        apply: (json) => {
          const date = valueAt(json, path)
          setAt(json, path, {
            ...(isJsonObject(date) ? date : {}),
            value: bad.value,
            precision: bad.precision,
          })
        },
      }
    })
  }

  if (typeof value === 'string' && isFreeText(schema)) {
    const maxLength = schema.maxLength ?? 0
    add('huge-string', (random) => {
      const text = hugeString(random)
      return {
        kind: 'huge-string',
        file,
        path,
        description: `${at}: ${text.length} characters where at most ${maxLength} are allowed`,
        apply: (json) => setAt(json, path, text),
      }
    })
    const fitting = markupPayloads.filter((payload) => payload.length <= maxLength)
    if (fitting.length > 0) {
      add('markup-in-text', (random) => {
        const payload = pick(random, fitting)
        return {
          kind: 'markup-in-text',
          file,
          path,
          description: `${at}: text replaced by markup ${JSON.stringify(payload)}`,
          introduced: payload,
          apply: (json) => setAt(json, path, payload),
        }
      })
    }
  }

  if (schema instanceof z.ZodURL) {
    add('unsafe-link', (random) => {
      const link = pick(random, unsafeLinks)
      return {
        kind: 'unsafe-link',
        file,
        path,
        description: `${at}: link "${link}"`,
        introduced: link,
        apply: (json) => setAt(json, path, link),
      }
    })
  }

  return candidates
}

function stringAt(json: JsonObject, path: MutationPath): string | undefined {
  const value = valueAt(json, path)
  return typeof value === 'string' ? value : undefined
}

/** One file repeating another's id or seed file, or one claim repeating another's id. */
function duplicateCandidates(fixtures: readonly ParsedFixture[]): Candidate[] {
  const candidates: Candidate[] = []
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
