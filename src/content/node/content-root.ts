/**
 * Where the content is read from. `WIKI_CONTENT_ROOT` points the validate command and the build at
 * another folder laid out like the repository (`<folder>/src/fixtures/...`), so a generated content
 * set (the scale benchmark's 10x and 100x sets) can be checked and built without touching the repo.
 */
import path from 'node:path'
import process from 'node:process'

export const contentRootVariable = 'WIKI_CONTENT_ROOT'

/** The folder that holds `src/fixtures`: `WIKI_CONTENT_ROOT` when set, otherwise `fallback`. */
export function contentRoot(fallback: string): string {
  const override = process.env[contentRootVariable]
  if (override === undefined || override === '') return fallback
  // A relative path would depend on where npm happened to start the command.
  if (!path.isAbsolute(override)) {
    throw new Error(`${contentRootVariable} must be an absolute path (got "${override}")`)
  }
  return override
}
