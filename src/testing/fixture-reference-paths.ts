/**
 * Where a fixture names another file, or a claim in one: the targets of the fuzz test's
 * unknown-reference mutations. Listed here on purpose, apart from the validator's own list, so
 * that a reference the validator stops checking makes the fuzz test fail.
 */
import type { CollectionName } from '../content/collections.ts'
import type { MutationPath, SchemaNode } from './fixture-json.ts'

type ReferenceTarget = CollectionName | 'claim'

/**
 * Where a fixture names another file (or a claim in one), besides the `sources` arrays: per
 * collection, each path (`*` standing for any array index) and what the string there names.
 */
const referencePaths: Partial<Record<CollectionName, Readonly<Record<string, ReferenceTarget>>>> = {
  series: { 'director.*.value': 'people', 'screenwriter.*.value': 'people', basedOn: 'origins' },
  origins: { author: 'people', 'formats.*.collaborators.*.value': 'people' },
  people: { 'roles.*.character.*.value': 'characters' },
  characters: { 'relationships.*.character': 'characters' },
  timeline: {
    'outlet.value': 'outlets',
    'people.*': 'people',
    'respondsTo.*': 'timeline',
    'claims.*.disagreesWith.*.event': 'timeline',
    'claims.*.disagreesWith.*.claim': 'claim',
    'addresses.*.event': 'timeline',
    'addresses.*.claim': 'claim',
  },
}

/** A path as the table above writes it: keys joined by dots, every array index a `*`. */
function pathPattern(path: MutationPath): string {
  return path.map((key) => (typeof key === 'number' ? '*' : key)).join('.')
}

/** What the string at `node` names, if it is a reference: a collection's file or a claim. */
export function referenceTarget(node: SchemaNode): ReferenceTarget | undefined {
  if (typeof node.value !== 'string') return undefined
  if (node.path.at(-2) === 'sources' && typeof node.path.at(-1) === 'number') return 'sources'
  const paths = referencePaths[node.collection] ?? {}
  const pattern = pathPattern(node.path)
  // Own keys only: a path such as `constructor` must not find the object prototype's.
  return Object.hasOwn(paths, pattern) ? paths[pattern] : undefined
}
