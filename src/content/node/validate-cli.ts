/**
 * `npm run validate`: checks every fixture and prints each problem as `file: JSON path: message`.
 * Exits 1 when there is any problem, so CI and the before-commit habit catch it.
 */
import process from 'node:process'
import { collectionNames, collections } from '../collections.ts'
import { contentRoot } from './content-root.ts'
import { readFixtureFiles } from './read-fixture-files.ts'
import { formatProblem } from '../content-problems.ts'
import { validateFixtureFiles } from '../validate-content.ts'

const files = await readFixtureFiles(contentRoot(process.cwd()))
const result = validateFixtureFiles(files)

if (result.ok) {
  const counts = collectionNames
    .map((name) => {
      const count = result.content[name].length
      return `${count} ${count === 1 ? collections[name].singular : collections[name].folder}`
    })
    .join(', ')
  console.log(`Content is valid: ${files.length} files (${counts}).`)
} else {
  for (const problem of result.problems) console.error(formatProblem(problem))
  console.error(
    `\n${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in the content. See CONTRIBUTING.md.`,
  )
  process.exitCode = 1
}
