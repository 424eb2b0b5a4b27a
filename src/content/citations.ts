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
