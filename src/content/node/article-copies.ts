/**
 * The saved copies of the articles, for checking excerpts. They are not part of the repository
 * (fixtures never hold article bodies): `ARTICLE_COPIES` names their folder, relative to the
 * repository root or absolute; without it, `../shared/seeds` beside the repository is used when it
 * exists. No folder: excerpts are not checked. A folder that `ARTICLE_COPIES` names but that is
 * missing is an error, so a CI run that means to check never passes without checking.
 */
import { existsSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'
import { collections, fixturesFolder } from '../collections.ts'
import type { ContentProblem } from '../content-problems.ts'
import type { ArticleCopy } from '../evidence-checks.ts'
import type { Source } from '../schemas.ts'

export const articleCopiesVariable = 'ARTICLE_COPIES'
export const defaultArticleCopies = '../shared/seeds'

export type ArticleCopies =
  | { folder: string; copies: Map<string, ArticleCopy>; problems: ContentProblem[] }
  | { folder: null; looked: string }
  | { folder: null; error: string }

function isFolder(candidate: string): boolean {
  return existsSync(candidate) && statSync(candidate).isDirectory()
}

/** Reads the copy of every source's `seedFile`; a missing copy is a problem on that source. */
export async function readArticleCopies(
  repositoryRoot: string,
  sources: readonly Source[],
): Promise<ArticleCopies> {
  const named = process.env[articleCopiesVariable] ?? ''
  const folder = path.resolve(repositoryRoot, named === '' ? defaultArticleCopies : named)
  if (!isFolder(folder)) {
    if (named !== '') {
      return {
        folder: null,
        error: `${articleCopiesVariable} is "${named}", but there is no folder ${folder}`,
      }
    }
    return { folder: null, looked: folder }
  }
  const copies = new Map<string, ArticleCopy>()
  const problems: ContentProblem[] = []
  for (const source of sources) {
    const file = path.join(folder, source.seedFile)
    if (!existsSync(file)) {
      problems.push({
        file: `${fixturesFolder}/${collections.sources.folder}/${source.id}.json`,
        path: ['seedFile'],
        message: `no saved copy ${source.seedFile} in ${folder}`,
      })
      continue
    }
    copies.set(source.id, { seedFile: source.seedFile, text: await readFile(file, 'utf8') })
  }
  return { folder, copies, problems }
}
