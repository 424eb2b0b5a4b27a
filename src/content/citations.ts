import type { JsonPath } from './content-problems.ts'

/** Every entry of every `sources` array anywhere in a value, with its JSON path. */
export function* sourceCitations(
  value: unknown,
  path: readonly PropertyKey[] = [],
): Generator<[JsonPath, string]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* sourceCitations(item, [...path, index])
    return
  }
  if (value === null || typeof value !== 'object') return
  for (const [key, child] of Object.entries(value)) {
    if (key === 'sources' && Array.isArray(child)) {
      for (const [index, id] of child.entries()) {
        if (typeof id === 'string') yield [[...path, key, index], id]
      }
    } else {
      yield* sourceCitations(child, [...path, key])
    }
  }
}

export function citedSourceIds(value: unknown): Set<string> {
  return new Set(Array.from(sourceCitations(value), ([, id]) => id))
}

/** One place that cites articles: an object with a `sources` array, and its `evidence` if any. */
export type Citation = { path: JsonPath; sources: unknown[]; evidence: unknown }

/** Every object anywhere in a value that has a `sources` array, with its JSON path. */
export function* citationsIn(value: unknown, path: JsonPath = []): Generator<Citation> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* citationsIn(item, [...path, index])
    return
  }
  if (value === null || typeof value !== 'object') return
  const record = value as Record<string, unknown>
  if (Array.isArray(record.sources)) {
    yield { path, sources: record.sources, evidence: record.evidence }
  }
  for (const [key, child] of Object.entries(record)) {
    if (key !== 'sources' && key !== 'evidence') yield* citationsIn(child, [...path, key])
  }
}
