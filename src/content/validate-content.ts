/**
 * Checks fixture files against their schemas and against each other. Every problem names the file
 * and the JSON path, so a contributor can jump straight to it. Used by the validate command, the
 * build, the MSW handlers and the tests: content that fails here is never served.
 */
import type { z } from 'zod'
import {
  type CollectionName,
  type Content,
  collectionNames,
  collections,
  expectedSchemaPointer,
  fixturesFolder,
  jsonSchemaFolder,
} from './collections.ts'
import { sourceCitations } from './citations.ts'
import { evidenceProblems } from './evidence-checks.ts'
import type { ContentProblem, FixtureFile, JsonPath } from './content-problems.ts'
import type { ClaimReference } from './timeline-schemas.ts'

export type ValidationResult =
  | { ok: true; content: Content; problems: [] }
  | { ok: false; content: null; problems: ContentProblem[] }

type Located<T> = { file: string; data: T }
type LocatedContent = { [Name in CollectionName]: Located<Content[Name][number]>[] }

const fileNamePattern = new RegExp(`^${fixturesFolder}/([^/]+)/([^/]+)\\.json$`)

function collectionForFolder(folder: string): CollectionName | undefined {
  return collectionNames.find((name) => collections[name].folder === folder)
}

export function validateFixtureFiles(files: readonly FixtureFile[]): ValidationResult {
  const problems: ContentProblem[] = []
  const located = Object.fromEntries(
    collectionNames.map((name) => [name, []]),
  ) as unknown as Record<CollectionName, Located<unknown>[]>
  // A file that fails its schema still exists: references to it are not reported as unknown too.
  const existing = Object.fromEntries(
    collectionNames.map((name) => [name, new Set<string>()]),
  ) as Record<CollectionName, Set<string>>

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const match = fileNamePattern.exec(file.path)
    const folder = match?.[1]
    if (!match || folder === jsonSchemaFolder) continue
    const collection = folder === undefined ? undefined : collectionForFolder(folder)
    if (!collection) {
      problems.push({
        file: file.path,
        path: [],
        message: `"${folder ?? ''}" is not a content folder; use one of ${collectionNames
          .map((name) => collections[name].folder)
          .join(', ')}`,
      })
      continue
    }
    existing[collection].add(match[2] ?? '')
    let json: unknown
    try {
      json = JSON.parse(file.text)
    } catch (error) {
      problems.push({
        file: file.path,
        path: [],
        message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      })
      continue
    }
    const definition = collections[collection]
    const parsed = (definition.schema as z.ZodType).safeParse(json)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file: file.path, path: issue.path, message: issue.message })
      }
      continue
    }
    const data = parsed.data as Record<string, unknown>
    const fileId = match[2]
    if (data[definition.idField] !== fileId) {
      problems.push({
        file: file.path,
        path: [definition.idField],
        message: `must equal the file name "${fileId ?? ''}" (found "${String(data[definition.idField])}")`,
      })
    }
    if (data.$schema !== expectedSchemaPointer(collection)) {
      problems.push({
        file: file.path,
        path: ['$schema'],
        message: `must be "${expectedSchemaPointer(collection)}" so editors find the schema`,
      })
    }
    located[collection].push({ file: file.path, data })
  }

  const typed = located as unknown as LocatedContent
  problems.push(...crossFileProblems(typed, existing))

  if (problems.length > 0) return { ok: false, content: null, problems }
  const content = Object.fromEntries(
    collectionNames.map((name) => [name, typed[name].map((entry) => entry.data)]),
  ) as unknown as Content
  return { ok: true, content, problems: [] }
}

function crossFileProblems(
  content: LocatedContent,
  ids: Record<CollectionName, Set<string>>,
): ContentProblem[] {
  const problems: ContentProblem[] = []
  const kindNames: Record<CollectionName, string> = {
    series: 'series',
    sources: 'source',
    people: 'person',
    characters: 'character',
    outlets: 'outlet',
    origins: 'origin',
    timeline: 'timeline event',
  }

  function requireReference(
    file: string,
    path: JsonPath,
    kind: CollectionName,
    slug: string,
  ): void {
    if (!ids[kind].has(slug)) {
      problems.push({
        file,
        path,
        message: `unknown ${kindNames[kind]} "${slug}": no file ${fixturesFolder}/${collections[kind].folder}/${slug}.json`,
      })
    }
  }

  /** Each attested value of a field names an entity: `path` is the field's, the index follows. */
  function requireReferences(
    file: string,
    path: JsonPath,
    kind: CollectionName,
    facts: readonly { value: string }[],
  ): void {
    facts.forEach((entry, index) =>
      requireReference(file, [...path, index, 'value'], kind, entry.value),
    )
  }

  for (const name of collectionNames) {
    for (const { file, data } of content[name]) {
      for (const [path, id] of sourceCitations(data)) requireReference(file, path, 'sources', id)
      problems.push(...evidenceProblems(file, data))
    }
  }

  // Counted over every series file present, valid or not: a broken series file is reported on its
  // own, and must not also read as a missing one.
  if (ids.series.size !== 1) {
    problems.push({
      file: `${fixturesFolder}/${collections.series.folder}/`,
      path: [],
      message: `the wiki describes exactly one series; found ${ids.series.size} files`,
    })
  }

  const seedFiles = new Map<string, string>()
  for (const { file, data } of content.sources) {
    const owner = seedFiles.get(data.seedFile)
    if (owner) {
      problems.push({
        file,
        path: ['seedFile'],
        message: `${data.seedFile} is already the seed file of ${owner}`,
      })
    }
    seedFiles.set(data.seedFile, file)
  }

  for (const { file, data } of content.series) {
    requireReferences(file, ['director'], 'people', data.director)
    requireReferences(file, ['screenwriter'], 'people', data.screenwriter)
    requireReference(file, ['basedOn'], 'origins', data.basedOn)
  }

  for (const { file, data } of content.origins) {
    requireReference(file, ['author'], 'people', data.author)
    data.formats.forEach((format, index) =>
      requireReferences(file, ['formats', index, 'collaborators'], 'people', format.collaborators),
    )
  }

  for (const { file, data } of content.people) {
    data.roles.forEach((role, index) =>
      requireReferences(file, ['roles', index, 'character'], 'characters', role.character),
    )
  }

  for (const { file, data } of content.characters) {
    data.relationships.forEach((relationship, index) => {
      requireReference(
        file,
        ['relationships', index, 'character'],
        'characters',
        relationship.character,
      )
      if (relationship.character === data.slug) {
        problems.push({
          file,
          path: ['relationships', index, 'character'],
          message: 'a character cannot have a relationship with themselves',
        })
      }
    })
  }

  for (const { file, data } of content.timeline) {
    if (data.outlet) requireReference(file, ['outlet', 'value'], 'outlets', data.outlet.value)
    data.people.forEach((slug, index) => requireReference(file, ['people', index], 'people', slug))
    data.respondsTo?.forEach((slug, index) => {
      requireReference(file, ['respondsTo', index], 'timeline', slug)
      if (slug === data.slug) {
        problems.push({
          file,
          path: ['respondsTo', index],
          message: 'an event cannot respond to itself',
        })
      }
    })
    const claimIds = new Set<string>()
    data.claims.forEach((claim, index) => {
      if (claimIds.has(claim.id)) {
        problems.push({
          file,
          path: ['claims', index, 'id'],
          message: `claim id "${claim.id}" is used twice in this event`,
        })
      }
      claimIds.add(claim.id)
    })
    /** A reference to a claim must name an event that has it; returns whether it does. */
    const requireClaim = (path: JsonPath, reference: ClaimReference): boolean => {
      const target = content.timeline.find((other) => other.data.slug === reference.event)
      if (!target) {
        requireReference(file, [...path, 'event'], 'timeline', reference.event)
        return false
      }
      if (target.data.claims.some((other) => other.id === reference.claim)) return true
      problems.push({
        file,
        path: [...path, 'claim'],
        message: `event "${reference.event}" has no claim with id "${reference.claim}"`,
      })
      return false
    }
    data.claims.forEach((claim, claimIndex) =>
      claim.disagreesWith?.forEach((reference, index) => {
        const path = ['claims', claimIndex, 'disagreesWith', index]
        if (requireClaim(path, reference) && reference.event === data.slug) {
          problems.push({
            file,
            path,
            message: 'a disagreement is between claims in different events',
          })
        }
      }),
    )
    data.addresses?.forEach((reference, index) => {
      const path = ['addresses', index]
      if (requireClaim(path, reference) && !data.respondsTo?.includes(reference.event)) {
        problems.push({
          file,
          path: [...path, 'event'],
          message: `a statement addresses claims of the events it responds to; add "${reference.event}" to respondsTo`,
        })
      }
    })
    if (data.kind === 'official-statement' && !data.stance) {
      problems.push({
        file,
        path: ['stance'],
        message: 'an official statement needs a stance, as each article describes it',
      })
    }
  }

  return problems
}
