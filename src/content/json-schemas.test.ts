import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { expect, it } from 'vitest'
import { fixturesFolder, jsonSchemaFolder } from './collections.ts'
import { jsonSchemaDocuments } from './json-schemas.ts'

it.each(jsonSchemaDocuments())(
  '$fileName is up to date with the zod schemas (npm run schema)',
  async ({ fileName, text }) => {
    const committed = await readFile(
      path.resolve(import.meta.dirname, '../..', fixturesFolder, jsonSchemaFolder, fileName),
      'utf8',
    )
    expect(committed).toBe(text)
  },
)
