import { describe, expect, it } from 'vitest'
import { fixtureDocuments } from '../testing/fixture-documents.ts'
import { apiRoutes } from './api-contract.ts'
import { checkInSteps } from './check-in-steps.ts'

const { schema } = apiRoutes.searchIndex
const index = schema.parse(fixtureDocuments.get(apiRoutes.searchIndex.path()))
// Every entry of the real index, three times over: more than one step's worth at any step size.
const longIndex = { ...index, entries: [...index.entries, ...index.entries, ...index.entries] }

/** Steps of no length: a step ends after every item, and the test counts them. */
function countedSteps() {
  const counted = { steps: 0 }
  const nextStep = () => {
    counted.steps += 1
    return Promise.resolve()
  }
  return { counted, steps: { nextStep, stepMs: 0, longList: 10 } }
}

describe('a document checked in steps', () => {
  it('gives what one check gives, a step after each item of a long list', async () => {
    const { counted, steps } = countedSteps()
    const result = await checkInSteps(schema, longIndex, steps)
    expect(result).toEqual(schema.safeParse(longIndex))
    expect(result.success).toBe(true)
    expect(counted.steps).toBeGreaterThanOrEqual(longIndex.entries.length - 1)
  })

  it('reports a bad item at the path one check reports it at', async () => {
    const entries = longIndex.entries.map((entry, position) =>
      position === 40 ? { ...entry, path: 'no-leading-slash' } : entry,
    )
    const broken = { ...longIndex, entries }
    const result = await checkInSteps(schema, broken, countedSteps().steps)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['entries', 40, 'path']])
    expect(result.error?.issues).toEqual(schema.safeParse(broken).error?.issues)
  })

  it('still checks the rest of the document, and keys it does not know', async () => {
    const withoutWords = { ...longIndex, vocabulary: { statuses: index.vocabulary.statuses } }
    const missing = await checkInSteps(schema, withoutWords, countedSteps().steps)
    expect(missing.error?.issues.map((issue) => issue.path)).toEqual([['vocabulary', 'topics']])
    const extra = await checkInSteps(schema, { ...longIndex, extra: 1 }, countedSteps().steps)
    expect(extra.success).toBe(false)
  })

  it('checks a short list, or a document it cannot step through, in one go', async () => {
    const { counted, steps } = countedSteps()
    await checkInSteps(schema, index, { ...steps, longList: index.entries.length })
    await checkInSteps(schema, 'not a document', steps)
    expect(counted.steps).toBe(0)
  })
})
