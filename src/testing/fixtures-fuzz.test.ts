/**
 * Fuzzes the content validation: hundreds of random, seeded mutations of the real fixtures, each
 * applied alone, must each be reported with the mutated file and the JSON path a contributor needs,
 * and never crash the validator. Replay a run with FUZZ_SEED=<seed> npm test -- fixtures-fuzz.
 */
import { execFile } from 'node:child_process'
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectionNames, collections, fixturesFolder } from '../content/collections.ts'
import { type FixtureMutation, invalidMutationKinds } from './fixture-mutation-types.ts'
import { type MutationPlan, applyMutation, generateFixtureMutations } from './fixture-mutations.ts'
import { readFixtureFiles } from '../content/node/read-fixture-files.ts'
import {
  type ContentProblem,
  type FixtureFile,
  type JsonPath,
  formatJsonPath,
  formatProblem,
} from '../content/content-problems.ts'
import { validateFixtureFiles } from '../content/validate-content.ts'

const repositoryRoot = path.resolve(import.meta.dirname, '../..')
const defaultSeed = 20250124
const invalidCount = 320
const markupCount = 40
const cliSampleSize = 20

function fuzzSeed(): number {
  const fromEnvironment = process.env.FUZZ_SEED
  if (fromEnvironment === undefined || fromEnvironment === '') return defaultSeed
  const seed = Number(fromEnvironment)
  if (!Number.isSafeInteger(seed)) {
    throw new Error(`FUZZ_SEED must be an integer, not "${fromEnvironment}"`)
  }
  return seed
}

let fixtures: FixtureFile[]
let plan: MutationPlan
const tally = { reported: 0, acceptedAsText: 0 }

beforeAll(async () => {
  fixtures = await readFixtureFiles(repositoryRoot)
  plan = generateFixtureMutations(fixtures, { seed: fuzzSeed(), invalidCount, markupCount })
  console.log(`fuzz: seed ${plan.seed} (replay with FUZZ_SEED=${plan.seed})`)
})

afterAll(() => {
  console.log(
    `fuzz: ${plan.invalid.length} mutations tried (seed ${plan.seed}), ${tally.reported} reported with file and path; ${tally.acceptedAsText} markup-in-text mutations accepted as text`,
  )
})

function samePath(a: JsonPath, b: JsonPath): boolean {
  return a.length === b.length && a.every((key, index) => key === b[index])
}

type Location = { file: string; path: JsonPath }

/**
 * Where the report for a mutation must be, per kind. Schema problems are reported where zod finds
 * them: a wrong or missing value at its own key, an extra key at the object that must not hold it.
 * Cross-file problems are reported at the reference. A duplicate may be reported at either copy.
 */
function expectedLocations(mutation: FixtureMutation): Location[] {
  switch (mutation.kind) {
    case 'wrong-type':
    case 'missing-field':
    case 'huge-string':
    case 'unsafe-link':
    case 'unknown-reference':
    case 'bad-date':
      return [{ file: mutation.file, path: mutation.path }]
    case 'unknown-key':
      return [{ file: mutation.file, path: mutation.path.slice(0, -1) }]
    case 'duplicate-id':
      return [
        { file: mutation.file, path: mutation.path },
        ...(mutation.duplicateOf ? [mutation.duplicateOf] : []),
      ]
    case 'markup-in-text':
      return []
  }
}

/** Kinds whose report must quote what was put in, so the contributor sees the bad value. */
const quotedKinds = new Set<FixtureMutation['kind']>([
  'unknown-reference',
  'bad-date',
  'unknown-key',
])

function isReportOf(mutation: FixtureMutation, problem: ContentProblem): boolean {
  const located = expectedLocations(mutation).some(
    ({ file, path }) => problem.file === file && samePath(problem.path, path),
  )
  const quoted =
    !quotedKinds.has(mutation.kind) ||
    problem.message.includes(JSON.stringify(mutation.introduced ?? ''))
  return located && quoted
}

function describeMutation(mutation: FixtureMutation): string {
  return `${mutation.kind} in ${mutation.file}: ${mutation.description}`
}

describe('fuzzed fixtures', () => {
  it('damage every collection in every way it can be damaged', () => {
    expect(plan.invalid.length).toBeGreaterThanOrEqual(300)
    expect(new Set(plan.invalid.map((mutation) => mutation.kind))).toEqual(
      new Set(invalidMutationKinds),
    )
    const damagedFolders = new Set(plan.invalid.map((mutation) => mutation.file.split('/').at(-2)))
    expect(damagedFolders).toEqual(new Set(collectionNames.map((name) => collections[name].folder)))
    expect(plan.markup.length).toBe(markupCount)
  })

  it('are each reported by validation with the mutated file and JSON path, never a crash', () => {
    const failures: string[] = []
    for (const mutation of plan.invalid) {
      let problems: ContentProblem[]
      try {
        const result = validateFixtureFiles(applyMutation(fixtures, mutation))
        if (result.ok) {
          failures.push(`${describeMutation(mutation)}\n  passed validation`)
          continue
        }
        problems = result.problems
      } catch (error) {
        failures.push(`${describeMutation(mutation)}\n  threw ${String(error)}`)
        continue
      }
      const malformed = problems.filter(
        (problem) => !problem.file.startsWith(`${fixturesFolder}/`) || problem.message === '',
      )
      if (malformed.length > 0 || !problems.some((problem) => isReportOf(mutation, problem))) {
        failures.push(
          `${describeMutation(mutation)}\n  expected at ${expectedLocations(mutation)
            .map(({ file, path }) => `${file}: ${formatJsonPath(path)}`)
            .join(' or ')}, got:\n${problems
            .map((problem) => `    ${formatProblem(problem).slice(0, 300)}`)
            .join('\n')}`,
        )
        continue
      }
      tally.reported += 1
    }
    expect(failures, `seed ${plan.seed}`).toEqual([])
    expect(tally.reported).toBe(plan.invalid.length)
  }, 30_000)

  it('accept script and HTML in prose as text: the schema allows any wording', () => {
    const rejected: string[] = []
    for (const mutation of plan.markup) {
      const result = validateFixtureFiles(applyMutation(fixtures, mutation))
      if (result.ok) tally.acceptedAsText += 1
      else
        rejected.push(
          `${describeMutation(mutation)}: ${result.problems.map(formatProblem).join('; ')}`,
        )
    }
    expect(rejected, `seed ${plan.seed}`).toEqual([])
  }, 30_000)
})

describe('the validate command on fuzzed fixtures', () => {
  const cli = path.join(repositoryRoot, 'src/content/node/validate-cli.ts')
  const run = promisify(execFile)
  const workspaces: string[] = []
  afterAll(async () => {
    await Promise.all(
      workspaces.map((workspace) => rm(workspace, { recursive: true, force: true })),
    )
  })

  async function validateInWorkspace(mutation: FixtureMutation) {
    const workspace = await mkdtemp(path.join(tmpdir(), 'trauma-code-fuzz-'))
    workspaces.push(workspace)
    await cp(path.join(repositoryRoot, fixturesFolder), path.join(workspace, fixturesFolder), {
      recursive: true,
    })
    const mutated = applyMutation(fixtures, mutation).find((file) => file.path === mutation.file)
    await writeFile(path.join(workspace, mutation.file), mutated?.text ?? '')
    try {
      const { stdout, stderr } = await run(process.execPath, [cli], { cwd: workspace })
      return { status: 0, stdout, stderr }
    } catch (error) {
      // execFile rejects on a non-zero exit, with the output attached.
      const { code, stdout, stderr } = error as { code?: unknown; stdout: string; stderr: string }
      return { status: code, stdout, stderr }
    }
  }

  it('exits 1 and prints only `file: $.path: message` lines and the count, never a stack trace', async () => {
    // Kinds are drawn in turn, so the first mutations cover every kind.
    const sample = plan.invalid.slice(0, cliSampleSize)
    const runs: Awaited<ReturnType<typeof validateInWorkspace>>[] = []
    // A few at a time: more processes than cores only slows each one down.
    const batchSize = Math.max(2, availableParallelism())
    for (let start = 0; start < sample.length; start += batchSize) {
      runs.push(
        ...(await Promise.all(sample.slice(start, start + batchSize).map(validateInWorkspace))),
      )
    }
    // A file, or a folder for a problem with the whole collection (such as the series count).
    const problemLine =
      /^src\/fixtures\/[a-z-]+\/([a-z0-9-]+\.json)?: \$(\.[A-Za-z_$][\w$]*|\[\d+\]|\["[^"]*"\])*: \S/
    sample.forEach((mutation, index) => {
      const { status, stdout, stderr } = runs[index]!
      const context = `${describeMutation(mutation)} (seed ${plan.seed})`
      expect(status, context).toBe(1)
      expect(stdout, context).toBe('')
      expect(stderr, context).not.toMatch(/^\s+at .+:\d+:\d+\)?$|node:internal|Error:/m)
      const [summary, blank, ...problemLines] = stderr.trimEnd().split('\n').reverse()
      expect(summary, context).toMatch(/^\d+ problems? in the content\. See CONTRIBUTING\.md\.$/)
      expect(blank, context).toBe('')
      expect(problemLines.length, context).toBeGreaterThan(0)
      for (const line of problemLines) expect(line, context).toMatch(problemLine)
      const expected = expectedLocations(mutation).map(
        ({ file, path }) => `${file}: ${formatJsonPath(path)}: `,
      )
      expect(
        problemLines.some((line) => expected.some((start) => line.startsWith(start))),
        `${context}: a line starting ${expected.join(' or ')}`,
      ).toBe(true)
    })
  }, 60_000)
})
