import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readFixtureFiles } from './node/read-fixture-files.ts'
import { type FixtureFile, formatProblem } from './content-problems.ts'
import { validateFixtureFiles } from './validate-content.ts'

let fixtures: FixtureFile[]
beforeAll(async () => {
  fixtures = await readFixtureFiles(path.resolve(import.meta.dirname, '../..'))
})

function fixture(filePath: string): FixtureFile {
  const found = fixtures.find((file) => file.path === filePath)
  if (!found) throw new Error(`no fixture ${filePath}`)
  return found
}

/** The fixtures with one file's JSON changed by `edit` (or replaced, for a new file). */
function withEdit(filePath: string, edit: (json: Record<string, unknown>) => void): FixtureFile[] {
  const json = JSON.parse(fixture(filePath).text) as Record<string, unknown>
  edit(json)
  return fixtures.map((file) =>
    file.path === filePath ? { path: filePath, text: JSON.stringify(json) } : file,
  )
}

function problemLines(files: FixtureFile[]): string[] {
  const result = validateFixtureFiles(files)
  expect(result.ok).toBe(false)
  return result.problems.map(formatProblem)
}

const baek = 'src/fixtures/characters/baek-kang-hyuk.json'
const xportsReport = 'src/fixtures/timeline/2025-09-23-xports-news-seasons-2-3-report.json'

describe('the committed fixtures', () => {
  it('pass every schema and cross-file check', () => {
    const result = validateFixtureFiles(fixtures)
    expect(result.problems.map(formatProblem)).toEqual([])
    expect(result.content?.characters.length).toBeGreaterThanOrEqual(8)
    expect(result.content?.sources).toHaveLength(5)
  })
})

describe('a broken fixture is reported with its file and JSON path', () => {
  it('a wrong type', () => {
    const files = withEdit(baek, (json) => {
      ;(json.occupation as { value: unknown }[])[0]!.value = 42
    })
    expect(problemLines(files)).toEqual([
      `${baek}: $.occupation[0].value: Invalid input: expected string, received number`,
    ])
  })

  it('a missing required field says "missing" and names it', () => {
    const files = withEdit(baek, (json) => {
      delete json.name
      delete (json.occupation as Record<string, unknown>[])[0]!.sources
    })
    expect(problemLines(files)).toEqual([
      `${baek}: $.name: missing: "name" is required here`,
      `${baek}: $.occupation[0].sources: missing: "sources" is required here`,
    ])
  })

  it('a "variant" on the first value, which the others vary from', () => {
    const files = withEdit(baek, (json) => {
      ;(json.background as Record<string, unknown>[])[0]!.variant = 'wording'
    })
    expect(problemLines(files)).toEqual([
      `${baek}: $.background[0].variant: the first value is the one the others vary from: give "variant" on later values`,
    ])
  })

  it('a missing source', () => {
    const files = withEdit(baek, (json) => {
      Object.assign((json.summary as object[])[1]!, {
        sources: ['no-such-article'],
        evidence: { 'no-such-article': 'Words.' },
      })
    })
    expect(problemLines(files)).toEqual([
      `${baek}: $.summary[1].sources[0]: unknown source "no-such-article": no file src/fixtures/sources/no-such-article.json`,
    ])
  })

  it('an uncited fact', () => {
    const files = withEdit(baek, (json) => {
      ;(json.summary as { sources: string[] }[])[0]!.sources = []
    })
    expect(problemLines(files)).toEqual([
      `${baek}: $.summary[0].sources: cite at least one source id`,
    ])
  })

  it('an unknown actor slug', () => {
    const file = 'src/fixtures/timeline/2026-06-22-mydaily-talks-report.json'
    const files = withEdit(file, (json) => {
      json.people = ['ju-ji-hoon', 'joo-ji-hun']
    })
    expect(problemLines(files)).toEqual([
      `${file}: $.people[1]: unknown person "joo-ji-hun": no file src/fixtures/people/joo-ji-hun.json`,
    ])
  })

  it('an unknown character in a role', () => {
    const file = 'src/fixtures/people/ha-young.json'
    const files = withEdit(file, (json) => {
      json.roles = [
        {
          character: [
            {
              value: 'cheon-jang-mee',
              sources: ['season-2-everything-we-know'],
              evidence: { 'season-2-everything-we-know': 'Ha Young (nurse Cheon Jang-mi)' },
            },
          ],
        },
      ]
    })
    expect(problemLines(files)).toEqual([
      `${file}: $.roles[0].character[0].value: unknown character "cheon-jang-mee": no file src/fixtures/characters/cheon-jang-mee.json`,
    ])
  })

  it('a date that does not exist', () => {
    const files = withEdit(xportsReport, (json) => {
      json.date = { value: '2025-02-30', precision: 'day' }
    })
    expect(problemLines(files)).toEqual([
      `${xportsReport}: $.date.value: "2025-02-30" is not a real date written as YYYY-MM-DD (precision "day")`,
    ])
  })

  it('a date in the wrong format for its precision', () => {
    const files = withEdit(xportsReport, (json) => {
      json.date = { value: '23/09/2025', precision: 'day' }
    })
    expect(problemLines(files)).toEqual([
      `${xportsReport}: $.date.value: "23/09/2025" is not a real date written as YYYY-MM-DD (precision "day")`,
    ])
  })

  it('a link that is not http or https', () => {
    const file = 'src/fixtures/sources/netflix-reviewing-sequel.json'
    const files = withEdit(file, (json) => {
      json.url = 'javascript:alert(1)'
    })
    expect(problemLines(files)).toEqual([`${file}: $.url: must be an http:// or https:// address`])
  })

  it('a slug that differs from the file name', () => {
    const files = withEdit(baek, (json) => {
      json.slug = 'baek-gang-hyeok'
    })
    expect(problemLines(files)).toEqual([
      `${baek}: $.slug: must equal the file name "baek-kang-hyuk" (found "baek-gang-hyeok")`,
    ])
  })

  it('a missing or wrong $schema pointer', () => {
    const files = withEdit(baek, (json) => {
      json.$schema = '../schemas/person.schema.json'
    })
    expect(problemLines(files)).toEqual([
      `${baek}: $.$schema: must be "../schemas/character.schema.json" so editors find the schema`,
    ])
  })

  it('an unknown field, such as a misspelt one', () => {
    const files = withEdit(baek, (json) => {
      json.ocupation = 'Surgeon'
    })
    expect(problemLines(files)).toEqual([`${baek}: $: Unrecognized key: "ocupation"`])
  })

  it('a file that is not JSON', () => {
    const files = fixtures.map((file) =>
      file.path === baek ? { ...file, text: '{ "slug": ' } : file,
    )
    const [line] = problemLines(files)
    expect(line).toMatch(new RegExp(`^${baek}: \\$: not valid JSON: `))
  })

  it('a duplicate claim id and a self-reference', () => {
    const files = withEdit(xportsReport, (json) => {
      const claims = json.claims as { id: string }[]
      claims[1]!.id = claims[0]!.id
      json.respondsTo = [json.slug]
    })
    expect(problemLines(files)).toEqual([
      `${xportsReport}: $.respondsTo[0]: an event cannot respond to itself`,
      `${xportsReport}: $.claims[1].id: claim id "seasons-2-3-confirmed" is used twice in this event`,
    ])
  })

  it('a statement addressing a claim that is missing or of an event it does not answer', () => {
    const statement = 'src/fixtures/timeline/2025-09-23-netflix-reviewing-sequel.json'
    const june = '2026-06-22-mydaily-talks-report'
    const files = withEdit(statement, (json) => {
      json.addresses = [
        { event: '2025-09-23-xports-news-seasons-2-3-report', claim: 'no-such-claim' },
        { event: june, claim: 'eight-episodes' },
      ]
    })
    expect(problemLines(files)).toEqual([
      `${statement}: $.addresses[0].claim: event "2025-09-23-xports-news-seasons-2-3-report" has no claim with id "no-such-claim"`,
      `${statement}: $.addresses[1].event: a statement addresses claims of the events it responds to; add "${june}" to respondsTo`,
    ])
  })

  it('every problem at once, not just the first', () => {
    const files = withEdit(baek, (json) => {
      json.group = 'villains'
      Object.assign((json.summary as object[])[0]!, {
        sources: ['nowhere'],
        evidence: { nowhere: 'Words.' },
      })
      json.relationships = [
        {
          character: 'nobody',
          description: 'Rival',
          sources: ['nowhere-else'],
          evidence: { 'nowhere-else': 'Words.' },
        },
      ]
    })
    expect(problemLines(files)).toHaveLength(1)
    const fixed = withEdit(baek, (json) => {
      Object.assign((json.summary as object[])[0]!, {
        sources: ['nowhere'],
        evidence: { nowhere: 'Words.' },
      })
      json.relationships = [
        {
          character: 'nobody',
          description: 'Rival',
          sources: ['nowhere-else'],
          evidence: { 'nowhere-else': 'Words.' },
        },
      ]
    })
    expect(problemLines(fixed)).toEqual([
      `${baek}: $.summary[0].sources[0]: unknown source "nowhere": no file src/fixtures/sources/nowhere.json`,
      `${baek}: $.relationships[0].sources[0]: unknown source "nowhere-else": no file src/fixtures/sources/nowhere-else.json`,
      `${baek}: $.relationships[0].character: unknown character "nobody": no file src/fixtures/characters/nobody.json`,
    ])
  })
})

describe('a disagreement between claims', () => {
  const mydailyReport = 'src/fixtures/timeline/2026-06-22-mydaily-talks-report.json'
  type Claims = { id: string; disagreesWith?: { event: string; claim: string }[] }[]

  it('must name a claim that exists', () => {
    const files = withEdit(mydailyReport, (json) => {
      ;(json.claims as Claims)[1]!.disagreesWith = [
        { event: '2025-09-23-xports-news-seasons-2-3-report', claim: 'filming-next-winter' },
        { event: 'no-such-event', claim: 'filming-next-summer' },
      ]
    })
    expect(problemLines(files)).toEqual([
      `${mydailyReport}: $.claims[1].disagreesWith[0].claim: event "2025-09-23-xports-news-seasons-2-3-report" has no claim with id "filming-next-winter"`,
      `${mydailyReport}: $.claims[1].disagreesWith[1].event: unknown timeline event "no-such-event": no file src/fixtures/timeline/no-such-event.json`,
    ])
  })

  it('must be with another event', () => {
    const files = withEdit(mydailyReport, (json) => {
      ;(json.claims as Claims)[1]!.disagreesWith = [
        { event: '2026-06-22-mydaily-talks-report', claim: 'eight-episodes' },
      ]
    })
    expect(problemLines(files)).toEqual([
      `${mydailyReport}: $.claims[1].disagreesWith[0]: a disagreement is between claims in different events`,
    ])
  })
})

describe('evidence', () => {
  it('a cited source without its excerpt is reported with the file and the path', () => {
    const files = withEdit(baek, (json) => {
      delete (json.summary as { evidence?: unknown }[])[2]!.evidence
    })
    expect(problemLines(files)).toEqual([
      `${baek}: $.summary[2].sources[0]: no excerpt for "season-2-everything-we-know": add the words of that article that support this as evidence["season-2-everything-we-know"]`,
    ])
  })
})
