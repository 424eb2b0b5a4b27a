/**
 * The mutations one value in a fixture allows, read from the value and its zod schema: a wrong
 * type anywhere, a missing key where the schema requires it, an extra key where the object is
 * strict, and so on. Reading them from the schema, instead of listing fields by hand, keeps the
 * fuzz test in step with every field the schemas add.
 */
import { z } from 'zod'
import { collections } from '../content/collections.ts'
import { formatJsonPath } from '../content/content-problems.ts'
import { partialDateSchema } from '../content/fact-schemas.ts'
import {
  badDates,
  extraKeys,
  hugeString,
  markupPayloads,
  otherTypedValues,
  unsafeLinks,
} from './fixture-bad-values.ts'
import {
  type AnySchema,
  type JsonType,
  type JsonValue,
  type SchemaNode,
  acceptsNull,
  deleteAt,
  isJsonObject,
  isOptionalKey,
  jsonType,
  randomSuffix,
  setAt,
  shapeOf,
  valueAt,
} from './fixture-json.ts'
import type { MutationBuilder, MutationCandidate, MutationKind } from './fixture-mutation-types.ts'
import { referenceTarget } from './fixture-reference-paths.ts'
import { type Random, pick } from './seeded-random.ts'

/** A string field limited only by its length (prose and names), not by a pattern or format. */
function isFreeText(schema: AnySchema): schema is z.ZodString {
  return (
    schema instanceof z.ZodString &&
    schema.maxLength !== null &&
    !(schema.def.checks ?? []).some((check) => check._zod.def.check === 'string_format')
  )
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

/** What a replacing mutation puts in, how it reads after the path, and what a report must quote. */
type Replacement = { replacement: JsonValue; description: string; introduced?: string }
type Describe = (picked: string) => string

/**
 * Every mutation `node` allows, in a fixed order: the draw takes them in this order, so a seed
 * replays the same mutations only while the order stays.
 */
export function candidatesFor(node: SchemaNode): MutationCandidate[] {
  const { collection, file, path, value, schema, declared } = node
  const at = formatJsonPath(path)
  const candidates: MutationCandidate[] = []
  const add = (kind: MutationKind, build: MutationBuilder) =>
    candidates.push({ kind, collection, build })
  // Most kinds put one drawn value where the node's value was: they differ only in what they
  // draw, how they describe it and whether a report must quote it.
  const addReplacement = (kind: MutationKind, draw: (random: Random) => Replacement) =>
    add(kind, (random) => {
      const { replacement, description, introduced } = draw(random)
      return {
        kind,
        file,
        path,
        description: `${at}: ${description}`,
        ...(introduced === undefined ? {} : { introduced }),
        apply: (json) => setAt(json, path, replacement),
      }
    })
  // A string picked from a table, which the report must quote.
  const addPicked = (kind: MutationKind, table: readonly string[], describe: Describe) =>
    addReplacement(kind, (random) => {
      const picked = pick(random, table)
      return { replacement: picked, description: describe(picked), introduced: picked }
    })

  const wanted = wantedJsonType(schema, value)
  // The root cannot be replaced in place, and a null whose schema is not known has no wrong type.
  if (path.length > 0 && wanted !== 'null') {
    addReplacement('wrong-type', (random) => {
      const replacement = pick(random, [
        ...otherTypedValues[wanted],
        ...(acceptsNull(declared) ? [] : [null]),
      ])
      return {
        replacement,
        description: `${wanted} ${value === null ? '(now null) ' : ''}replaced by ${jsonType(replacement)} ${JSON.stringify(replacement)}`,
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
    const named = target === 'claim' ? 'claim' : collections[target].singular
    addReplacement('unknown-reference', (random) => {
      const slug = `no-such-${named}-${randomSuffix(random)}`
      return {
        replacement: slug,
        description: `${target === 'claim' ? 'claim id' : `${named} reference`} ${JSON.stringify(value)} replaced by "${slug}", which does not exist`,
        introduced: slug,
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
    addReplacement('huge-string', (random) => {
      const text = hugeString(random)
      return {
        replacement: text,
        description: `${text.length} characters where at most ${maxLength} are allowed`,
      }
    })
    const fitting = markupPayloads.filter((payload) => payload.length <= maxLength)
    if (fitting.length > 0) {
      addPicked(
        'markup-in-text',
        fitting,
        (payload) => `text replaced by markup ${JSON.stringify(payload)}`,
      )
    }
  }

  if (schema instanceof z.ZodURL) addPicked('unsafe-link', unsafeLinks, (link) => `link "${link}"`)

  return candidates
}
