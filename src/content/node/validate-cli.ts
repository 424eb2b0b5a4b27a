/**
 * `npm run validate`: checks every fixture, then every excerpt against the saved copy of its
 * article when the copies are there (see article-copies.ts), and prints each problem as
 * `file: JSON path: message`. Exits 1 when there is any problem, so CI and the before-commit habit
 * catch it.
 */
import process from 'node:process'
import { collectionNames, collections } from '../collections.ts'
import { contentRoot } from './content-root.ts'
import { articleCopiesVariable, readArticleCopies } from './article-copies.ts'
import { readFixtureFiles } from './read-fixture-files.ts'
import { type ContentProblem, formatProblem } from '../content-problems.ts'
import { excerptProblems } from '../evidence-checks.ts'
import { validateFixtureFiles } from '../validate-content.ts'

const root = contentRoot(process.cwd())
const files = await readFixtureFiles(root)
const result = validateFixtureFiles(files)
const problems: ContentProblem[] = [...result.problems]
const report: string[] = []
let checkedAgainst = ''

if (result.ok) {
  const counts = collectionNames
    .map((name) => {
      const count = result.content[name].length
      return `${count} ${count === 1 ? collections[name].singular : collections[name].folder}`
    })
    .join(', ')
  const copies = await readArticleCopies(root, result.content.sources)
  if ('error' in copies) {
    console.error(copies.error)
    process.exit(1)
  } else if (copies.folder === null) {
    report.push(
      `Content is valid: ${files.length} files (${counts}).`,
      `Excerpts not checked: no article copies at ${copies.looked} (set ${articleCopiesVariable} to their folder).`,
    )
  } else {
    const excerpts = excerptProblems(files, copies.copies)
    problems.push(...copies.problems, ...excerpts.problems)
    checkedAgainst = `Excerpts were checked against the article copies in ${copies.folder}.\n`
    report.push(
      `Content is valid: ${files.length} files (${counts}).`,
      `Excerpts checked: ${excerpts.checked} against the article copies in ${copies.folder}.`,
    )
  }
}

if (problems.length === 0) {
  for (const line of report) console.log(line)
} else {
  for (const problem of problems) console.error(formatProblem(problem))
  console.error(
    `\n${checkedAgainst}${problems.length} problem${problems.length === 1 ? '' : 's'} in the content. See CONTRIBUTING.md.`,
  )
  process.exitCode = 1
}
