/**
 * The documents MSW serves while a contributor edits fixtures under `npm run dev`. When some files
 * have problems, the rest still make a wiki: the broken files are left out (and so is any file that
 * then refers to one), so every page that does not need a broken file keeps working. The problems
 * themselves reach the contributor through the dev server's overlay and terminal
 * (src/build/vite-plugin-content-api.ts).
 */
import { createApiDocuments } from '@/content/api-documents'
import { type ContentProblem, type FixtureFile } from '@/content/content-problems'
import { validateFixtureFiles } from '@/content/validate-content'

export type UsableDocuments = {
  /** null when nothing usable is left (a broken series or source breaks every page). */
  documents: Map<string, unknown> | null
  /** What the full set of files had wrong; empty when every file validates. */
  problems: ContentProblem[]
  /** The files left out. */
  leftOut: string[]
}

export function usableDocuments(files: readonly FixtureFile[]): UsableDocuments {
  let remaining = [...files]
  let problems: ContentProblem[] | null = null
  const leftOut: string[] = []
  // Each round leaves out at least one file or stops, so this ends.
  while (remaining.length > 0) {
    const result = validateFixtureFiles(remaining)
    problems ??= result.problems
    if (result.ok) {
      try {
        return { documents: createApiDocuments(result.content), problems, leftOut }
      } catch {
        // A required singleton (the series, the origin) was left out.
        return { documents: null, problems, leftOut }
      }
    }
    const broken = new Set(result.problems.map((problem) => problem.file))
    const kept = remaining.filter((file) => !broken.has(file.path))
    // A problem of the whole set (no series at all) names no file that could be left out.
    if (kept.length === remaining.length) break
    leftOut.push(...remaining.filter((file) => broken.has(file.path)).map((file) => file.path))
    remaining = kept
  }
  return { documents: null, problems: problems ?? [], leftOut }
}
