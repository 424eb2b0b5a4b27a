import { describe, expect, it } from 'vitest'
import { apiPaths } from '@/content/api-paths'
import { formatProblem } from '@/content/content-problems'
import { fixtureFiles } from './fixture-files'
import { usableDocuments } from './usable-documents'

function withText(file: string, text: string) {
  return fixtureFiles.map((entry) => (entry.path === file ? { path: file, text } : entry))
}

describe('what the dev server serves while a fixture is broken', () => {
  it('everything, when every file validates', () => {
    const served = usableDocuments(fixtureFiles)
    expect(served.problems).toEqual([])
    expect(served.leftOut).toEqual([])
    expect(served.documents?.has(apiPaths.outlet('chosun-biz'))).toBe(true)
  })

  it('every page but the broken file’s, with the problem named', () => {
    const file = 'src/fixtures/outlets/chosun-biz.json'
    const served = usableDocuments(withText(file, '{ "slug": "chosun-biz" '))
    expect(served.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^src\/fixtures\/outlets\/chosun-biz\.json: \$: not valid JSON/),
    ])
    expect(served.documents?.has(apiPaths.outlet('chosun-biz'))).toBe(false)
    expect(served.documents?.has(apiPaths.character('baek-kang-hyuk'))).toBe(true)
    expect(served.documents?.has(apiPaths.outlet('xports-news'))).toBe(true)
  })

  it('nothing, when the broken file is one every page needs', () => {
    const file = 'src/fixtures/series/the-trauma-code-heroes-on-call.json'
    const served = usableDocuments(withText(file, '{}'))
    expect(served.documents).toBeNull()
    expect(served.problems.length).toBeGreaterThan(0)
  })
})
