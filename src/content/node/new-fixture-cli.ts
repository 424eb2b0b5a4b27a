/**
 * `npm run new -- <collection> <slug>`: writes src/fixtures/<collection>/<slug>.json, a skeleton
 * with its `$schema` and every required field empty (fixture-skeleton.ts), ready to fill in and
 * check with `npm run validate`. It never overwrites a file.
 */
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'
import {
  collectionNames,
  collections,
  expectedSchemaPointer,
  fixturesFolder,
  jsonSchemaFileName,
  jsonSchemaFolder,
} from '../collections.ts'
import { contentRoot } from './content-root.ts'
import { skeletonOf } from './fixture-skeleton.ts'

/** The collections a contributor adds files to; the series and the origin have exactly one. */
const addable = collectionNames.filter((name) => name !== 'series' && name !== 'origins')
const folders = addable.map((name) => collections[name].folder)
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

function fail(message: string): never {
  console.error(`${message}\nUsage: npm run new -- <${folders.join('|')}> <slug>`)
  process.exit(1)
}

const [folder, slug] = process.argv.slice(2)
const collection = addable.find((name) => collections[name].folder === folder)
if (!collection) fail(`"${folder ?? ''}" is not a collection you can add to.`)
if (!slug || !slugPattern.test(slug)) {
  fail(`"${slug ?? ''}" is not a slug: lowercase words joined by hyphens, like baek-kang-hyuk.`)
}

const root = contentRoot(process.cwd())
const folderPath = path.join(root, fixturesFolder, collections[collection].folder)
const target = path.join(folderPath, `${slug}.json`)
if (existsSync(target)) fail(`${path.relative(root, target)} already exists.`)

const schemaFile = path.join(root, fixturesFolder, jsonSchemaFolder, jsonSchemaFileName(collection))
const skeleton = skeletonOf(JSON.parse(await readFile(schemaFile, 'utf8')) as object)
const fixture = {
  ...(skeleton as Record<string, unknown>),
  $schema: expectedSchemaPointer(collection),
  [collections[collection].idField]: slug,
}
await writeFile(target, `${JSON.stringify(fixture, null, 2)}\n`)
console.log(
  `Wrote ${path.relative(root, target)}. Fill in every empty value, cite the articles with their ` +
    'words as evidence (CONTRIBUTING.md), then run npm run validate.',
)
