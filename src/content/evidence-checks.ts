/**
 * Evidence: every citation carries, for each article it cites, that article's own supporting
 * words (`evidence`, next to `sources`). Two checks, each naming the file and the JSON path:
 * - `evidenceProblems`, wherever fixtures are validated: every cited source has an excerpt, and
 *   every excerpt belongs to a cited source;
 * - `excerptProblems`, in `npm run validate` when the saved copies of the articles are at hand:
 *   every excerpt occurs in its article (see excerpt-matching.ts), or the problem quotes the
 *   closest passage.
 */
import { citationsIn } from './citations.ts'
import type { ContentProblem, FixtureFile } from './content-problems.ts'
import { closestPassage, excerptOccursIn } from './excerpt-matching.ts'

function excerptsOf(evidence: unknown): Record<string, unknown> {
  return evidence !== null && typeof evidence === 'object' ? { ...evidence } : {}
}

/** Sources without an excerpt, and excerpts for sources the citation does not cite. */
export function evidenceProblems(file: string, data: unknown): ContentProblem[] {
  const problems: ContentProblem[] = []
  for (const { path, sources, evidence } of citationsIn(data)) {
    const excerpts = excerptsOf(evidence)
    sources.forEach((id, index) => {
      if (typeof id !== 'string' || Object.hasOwn(excerpts, id)) return
      problems.push({
        file,
        path: [...path, 'sources', index],
        message: `no excerpt for "${id}": add the words of that article that support this as evidence["${id}"]`,
      })
    })
    for (const id of Object.keys(excerpts)) {
      if (sources.includes(id)) continue
      problems.push({
        file,
        path: [...path, 'evidence', id],
        message: `"${id}" is not among this citation's sources: cite it in sources, or remove its excerpt`,
      })
    }
  }
  return problems
}

/** The saved copy of one article: its file name (a source's `seedFile`) and its text. */
export type ArticleCopy = { seedFile: string; text: string }

/** Longest closest passage a problem quotes; a longer one is cut at both ends. */
const passageLimit = 360

function quotePassage(passage: string): string {
  if (passage.length <= passageLimit) return `"${passage}"`
  return `"${passage.slice(0, passageLimit)}…"`
}

/**
 * Checks every excerpt in `files` against the copy of its article (`copies`, by source id). Run it
 * on files that passed `validateFixtureFiles`. `checked` counts the excerpts compared.
 */
export function excerptProblems(
  files: readonly FixtureFile[],
  copies: ReadonlyMap<string, ArticleCopy>,
): { problems: ContentProblem[]; checked: number } {
  const problems: ContentProblem[] = []
  let checked = 0
  for (const file of files) {
    let data: unknown
    try {
      data = JSON.parse(file.text)
    } catch {
      continue
    }
    for (const { path, evidence } of citationsIn(data)) {
      for (const [id, excerpt] of Object.entries(excerptsOf(evidence))) {
        const copy = copies.get(id)
        if (!copy || typeof excerpt !== 'string') continue
        checked += 1
        if (excerptOccursIn(excerpt, copy.text)) continue
        const closest = closestPassage(excerpt, copy.text)
        problems.push({
          file: file.path,
          path: [...path, 'evidence', id],
          message: `not found in ${copy.seedFile} (spaces, quote marks and dashes aside); closest passage (${closest.differences} ${closest.differences === 1 ? 'character differs' : 'characters differ'}): ${quotePassage(closest.text)}`,
        })
      }
    }
  }
  return { problems, checked }
}
