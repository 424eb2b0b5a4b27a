/** `npm run schema`: rewrites src/fixtures/schemas from the zod schemas. A test fails when they are stale. */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'
import { fixturesFolder, jsonSchemaFolder } from '../collections.ts'
import { jsonSchemaDocuments } from '../json-schemas.ts'

const folder = path.join(process.cwd(), fixturesFolder, jsonSchemaFolder)
for (const { fileName, text } of jsonSchemaDocuments()) {
  await writeFile(path.join(folder, fileName), text)
  console.log(`wrote ${path.join(fixturesFolder, jsonSchemaFolder, fileName)}`)
}
