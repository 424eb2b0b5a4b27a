/**
 * Where a fixture names another file, or a claim in one: the targets of the fuzz test's
 * unknown-reference mutations. Listed here on purpose, apart from the validator's own list, so
 * that a reference the validator stops checking makes the fuzz test fail.
 */
import type { CollectionName } from '../content/collections.ts'
import type { MutationPath, SchemaNode } from './fixture-json.ts'

export type ReferenceTarget = CollectionName | 'claim'

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

/** What the string at `node` names, if it is a reference: a collection's file or a claim. */
export function referenceTarget(node: SchemaNode): ReferenceTarget | undefined {
  if (typeof node.value !== 'string') return undefined
  if (node.path.at(-2) === 'sources' && typeof node.path.at(-1) === 'number') return 'sources'
  return referencePatterns.find(
    (entry) => entry.collection === node.collection && matchesPattern(node.path, entry.pattern),
  )?.target
}
