/**
 * The fuzz test's view of a fixture: its JSON, walked beside its zod schema, so every mutation
 * targets a path that exists and reads requiredness and limits from the schema.
 */
import { z } from 'zod'
import {
  type CollectionName,
  collectionNames,
  collections,
  fixturesFolder,
} from '../content/collections.ts'
import { type FixtureFile, formatJsonPath } from '../content/content-problems.ts'
import type { Random } from './seeded-random.ts'

export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }
export type JsonObject = Record<string, JsonValue>
export type MutationPath = readonly (string | number)[]

export type JsonType = 'null' | 'array' | 'object' | 'string' | 'number' | 'boolean'

export function jsonType(value: JsonValue): JsonType {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value as 'object' | 'string' | 'number' | 'boolean'
}

export function randomIndex(random: Random, length: number): number {
  return Math.floor(random() * length)
}

export function randomSuffix(random: Random): string {
  return Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0')
}

export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function valueAt(json: JsonValue, path: MutationPath): JsonValue | undefined {
  let current: JsonValue | undefined = json
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key]
    else if (isJsonObject(current) && typeof key === 'string') current = current[key]
    else return undefined
  }
  return current
}

/** The object or array holding `path`'s last key; throws when the path does not exist. */
export function containerOf(json: JsonObject, path: MutationPath): JsonObject | JsonValue[] {
  const container = valueAt(json, path.slice(0, -1))
  if (!Array.isArray(container) && !isJsonObject(container)) {
    throw new Error(`no object or array at ${formatJsonPath(path.slice(0, -1))}`)
  }
  return container
}

export function setAt(json: JsonObject, path: MutationPath, value: JsonValue): void {
  const key = path.at(-1)
  const container = containerOf(json, path)
  if (Array.isArray(container) && typeof key === 'number') container[key] = value
  else if (isJsonObject(container) && typeof key === 'string') container[key] = value
  else throw new Error(`cannot set ${formatJsonPath(path)}`)
}

export function deleteAt(json: JsonObject, path: MutationPath): void {
  const key = path.at(-1)
  const container = containerOf(json, path)
  if (!isJsonObject(container) || typeof key !== 'string') {
    throw new Error(`cannot delete ${formatJsonPath(path)}`)
  }
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the key is the mutation
  delete container[key]
}

// ---------------------------------------------------------------------------------------------
// Walking a file beside its schema.

export type AnySchema = z.core.$ZodType

export type SchemaNode = {
  collection: CollectionName
  file: string
  path: MutationPath
  value: JsonValue
  /** The schema as declared at this position, with its optional, nullable or default wrapper. */
  declared: AnySchema
  /** What a present value must match: wrappers removed, a union resolved to the option in use. */
  schema: AnySchema
}

type Wrapper = z.ZodOptional | z.ZodNullable | z.ZodDefault

/**
 * The optional, nullable and default wrappers around a schema, outermost first, and what they
 * wrap. unwrap and acceptsNull both read this one walk, so they agree on what a wrapper is.
 */
function peel(schema: AnySchema): { wrappers: Wrapper[]; inner: AnySchema } {
  const wrappers: Wrapper[] = []
  let inner = schema
  while (
    inner instanceof z.ZodOptional ||
    inner instanceof z.ZodNullable ||
    inner instanceof z.ZodDefault
  ) {
    wrappers.push(inner)
    inner = inner.unwrap()
  }
  return { wrappers, inner }
}

export function unwrap(schema: AnySchema): AnySchema {
  return peel(schema).inner
}

export function acceptsNull(schema: AnySchema): boolean {
  return peel(schema).wrappers.some((wrapper) => wrapper instanceof z.ZodNullable)
}

/** May the key be left out? z.object asks the same question (`optin`) of a missing key. */
export function isOptionalKey(schema: AnySchema): boolean {
  return schema._zod.optin === 'optional'
}

/** The fields of an object schema: a generic ZodObject's shape types every key as `any`. */
export function shapeOf(schema: z.ZodObject): Readonly<Partial<Record<string, AnySchema>>> {
  return schema.shape
}

export function resolveUnion(schema: AnySchema, value: JsonValue): AnySchema {
  if (!(schema instanceof z.ZodDiscriminatedUnion) || !isJsonObject(value)) return schema
  const discriminator = schema.def.discriminator
  const tag = value[discriminator]
  const option = schema.options.find((candidate) => {
    if (!(candidate instanceof z.ZodObject)) return false
    const literal: unknown = candidate.shape[discriminator]
    return literal instanceof z.ZodLiteral && literal.values.has(tag as z.core.util.Literal)
  })
  return option ?? schema
}

export function* walk(at: Omit<SchemaNode, 'schema'>): Generator<SchemaNode, void, undefined> {
  const schema = resolveUnion(unwrap(at.declared), at.value)
  yield { ...at, schema }
  if (Array.isArray(at.value) && schema instanceof z.ZodArray) {
    for (const [index, item] of at.value.entries()) {
      yield* walk({ ...at, path: [...at.path, index], value: item, declared: schema.element })
    }
  } else if (isJsonObject(at.value) && schema instanceof z.ZodObject) {
    for (const [key, child] of Object.entries(at.value)) {
      const declared = shapeOf(schema)[key]
      if (declared) yield* walk({ ...at, path: [...at.path, key], value: child, declared })
    }
  }
}

export type ParsedFixture = { collection: CollectionName; file: string; json: JsonObject }

export function parseFixtures(files: readonly FixtureFile[]): ParsedFixture[] {
  return files.flatMap((file) => {
    const folder = file.path.slice(fixturesFolder.length + 1).split('/')[0]
    const collection = collectionNames.find((name) => collections[name].folder === folder)
    if (!collection) return []
    const json = JSON.parse(file.text) as JsonValue
    return isJsonObject(json) ? [{ collection, file: file.path, json }] : []
  })
}
