/** The JSON Schema files editors use, generated from the zod schemas so they cannot drift. */
import { z } from 'zod'
import {
  type CollectionName,
  collectionNames,
  collections,
  jsonSchemaFileName,
} from './collections.ts'

export function jsonSchemaDocuments(): { fileName: string; text: string }[] {
  return collectionNames.map((name: CollectionName) => {
    const generated = z.toJSONSchema(collections[name].schema, {
      io: 'input',
      unrepresentable: 'any',
    })
    const document = {
      ...generated,
      title: `Trauma Code wiki ${collections[name].singular}`,
      description: `One file in src/fixtures/${collections[name].folder}. Generated from src/content/schemas.ts by \`npm run schema\`; do not edit by hand.`,
    }
    return { fileName: jsonSchemaFileName(name), text: `${JSON.stringify(document, null, 2)}\n` }
  })
}
