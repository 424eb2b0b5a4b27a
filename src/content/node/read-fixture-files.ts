/** Reads every fixture from disk, for the validate command and the production build. */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fixturesFolder, jsonSchemaFolder } from '../collections.ts'
import type { FixtureFile } from '../content-problems.ts'

export async function readFixtureFiles(repositoryRoot: string): Promise<FixtureFile[]> {
  const root = path.join(repositoryRoot, fixturesFolder)
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  const jsonFiles = entries.filter(
    (entry) =>
      entry.isFile() &&
      entry.name.endsWith('.json') &&
      path.basename(entry.parentPath) !== jsonSchemaFolder,
  )
  return Promise.all(
    jsonFiles.map(async (entry) => {
      const absolute = path.join(entry.parentPath, entry.name)
      return {
        path: path.relative(repositoryRoot, absolute).split(path.sep).join('/'),
        text: await readFile(absolute, 'utf8'),
      }
    }),
  )
}
