import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { expectedSchemaPointer, jsonSchemaFileName } from '../collections.ts'
import { formatProblem } from '../content-problems.ts'
import { validateFixtureFiles } from '../validate-content.ts'
import { skeletonOf } from './fixture-skeleton.ts'
import { readFixtureFiles } from './read-fixture-files.ts'

const root = path.resolve(import.meta.dirname, '../../..')
const fixtures = await readFixtureFiles(root)

function skeleton(collection: 'outlets' | 'characters', slug: string): Record<string, unknown> {
  const schema = JSON.parse(
    readFileSync(path.join(root, 'src/fixtures/schemas', jsonSchemaFileName(collection)), 'utf8'),
  ) as object
  return {
    ...(skeletonOf(schema) as Record<string, unknown>),
    $schema: expectedSchemaPointer(collection),
    slug,
  }
}

function problemsWith(file: string, json: unknown): string[] {
  return validateFixtureFiles([
    ...fixtures,
    { path: file, text: JSON.stringify(json) },
  ]).problems.map(formatProblem)
}

describe('the skeleton `npm run new` writes', () => {
  it('names every field still to fill in, and nothing else', () => {
    const file = 'src/fixtures/characters/new-doctor.json'
    expect(problemsWith(file, skeleton('characters', 'new-doctor'))).toEqual([
      `${file}: $.name.value: must not be empty`,
      `${file}: $.name.sources: cite at least one source id`,
      expect.stringMatching(new RegExp(`^${file}: \\$\\.group: Invalid option: expected one of`)),
      `${file}: $.occupation[0].value: must not be empty`,
      `${file}: $.occupation[0].sources: cite at least one source id`,
      `${file}: $.summary[0].value: must not be empty`,
      `${file}: $.summary[0].sources: cite at least one source id`,
    ])
  })

  it('validates once filled in', () => {
    const file = 'src/fixtures/outlets/the-direct.json'
    const filled = skeleton('outlets', 'the-direct')
    filled.name = {
      value: 'The Direct',
      sources: ['season-2-everything-we-know'],
      evidence: { 'season-2-everything-we-know': 'per The Direct' },
    }
    expect(problemsWith(file, filled)).toEqual([])
  })
})
