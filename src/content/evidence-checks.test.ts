import { describe, expect, it } from 'vitest'
import { formatProblem } from './content-problems.ts'
import { evidenceProblems, excerptProblems } from './evidence-checks.ts'

const file = 'src/fixtures/characters/someone.json'
const copies = new Map([
  [
    'interview',
    {
      seedFile: '000_0000000000000000.txt',
      text: 'He is a war veteran but now heads the trauma surgery unit at a medical university.',
    },
  ],
])

function fixture(json: unknown) {
  return [{ path: file, text: JSON.stringify(json) }]
}

describe('evidenceProblems', () => {
  it('reports each cited source that has no excerpt', () => {
    const data = {
      summary: [
        { value: 'X', sources: ['interview', 'explainer'], evidence: { interview: 'a' } },
        { value: 'Y', sources: ['interview'] },
      ],
    }
    expect(evidenceProblems(file, data).map(formatProblem)).toEqual([
      `${file}: $.summary[0].sources[1]: no excerpt for "explainer": add the words of that article that support this as evidence["explainer"]`,
      `${file}: $.summary[1].sources[0]: no excerpt for "interview": add the words of that article that support this as evidence["interview"]`,
    ])
  })

  it('reports an excerpt for a source the citation does not cite', () => {
    const data = {
      name: { value: 'X', sources: ['interview'], evidence: { interview: 'a', explainer: 'b' } },
    }
    expect(evidenceProblems(file, data).map(formatProblem)).toEqual([
      `${file}: $.name.evidence.explainer: "explainer" is not among this citation's sources: cite it in sources, or remove its excerpt`,
    ])
  })
})

describe('excerptProblems', () => {
  it('passes an excerpt found in its article', () => {
    const data = {
      summary: [
        {
          value: 'A war veteran.',
          sources: ['interview'],
          evidence: { interview: 'He is a war veteran' },
        },
      ],
    }
    expect(excerptProblems(fixture(data), copies)).toEqual({ problems: [], checked: 1 })
  })

  it('fails an excerpt with one letter changed, naming the file, the path and the closest passage', () => {
    const data = {
      summary: [
        {
          value: 'Heads the unit.',
          sources: ['interview'],
          evidence: { interview: 'now heads the trauma surgery unut' },
        },
      ],
    }
    const { problems, checked } = excerptProblems(fixture(data), copies)
    expect(checked).toBe(1)
    expect(problems.map(formatProblem)).toEqual([
      `${file}: $.summary[0].evidence.interview: not found in 000_0000000000000000.txt (spaces, quote marks and dashes aside); closest passage (1 character differs): "now heads the trauma surgery unit"`,
    ])
  })

  it('leaves an excerpt alone when its article has no copy', () => {
    const data = { name: { value: 'X', sources: ['other'], evidence: { other: 'anything' } } }
    expect(excerptProblems(fixture(data), copies)).toEqual({ problems: [], checked: 0 })
  })
})
