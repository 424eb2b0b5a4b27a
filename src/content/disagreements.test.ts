import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectDisagreements } from './disagreements.ts'
import { readFixtureFiles } from './node/read-fixture-files.ts'
import { validateFixtureFiles } from './validate-content.ts'

const result = validateFixtureFiles(
  await readFixtureFiles(path.resolve(import.meta.dirname, '../..')),
)
if (!result.ok) throw new Error('the fixtures must be valid')
const content = result.content

describe('collectDisagreements on the real articles', () => {
  const disagreements = collectDisagreements(content)
  const find = (topic: string, path: string) =>
    disagreements.find((entry) => entry.topic === topic && entry.page.path === path)

  it("lists Yoon Kyung-ho's two roles, each with its own article", () => {
    const role = find('Role', '/people/yoon-kyung-ho')
    expect(role?.values.map(({ value }) => value)).toEqual([
      { kind: 'link', text: 'Han Yu-rim', path: '/characters/han-yu-rim' },
      { kind: 'link', text: 'Doo Jin-tae', path: '/characters/doo-jin-tae' },
    ])
    const [first, second] = role?.values ?? []
    expect(first?.sources).not.toEqual(second?.sources)
  })

  it('lists the two reported starts of filming, oldest first', () => {
    const filming = disagreements.find((entry) => entry.topic === 'Start of filming')
    expect(filming?.values.map(({ value }) => value)).toEqual([
      { kind: 'text', text: 'Filming will begin next summer.' },
      { kind: 'text', text: 'Season 2 filming could begin as early as October.' },
    ])
    expect(filming?.page.path).toBe(
      '/timeline/2026#2026-06-22-mydaily-talks-report--filming-october',
    )
  })

  it('lists the chart ranks from different charts', () => {
    const chart = find('Chart position on Netflix', '/')
    expect(chart?.values).toHaveLength(2)
  })

  it("lists both descriptions of Netflix's September 2025 reply", () => {
    const reply = find(
      'How Netflix’s reply was described',
      '/timeline/2025#2025-09-23-netflix-reviewing-sequel',
    )
    expect(reply?.values.map(({ value }) => value)).toEqual([
      { kind: 'stance', stance: 'denied' },
      { kind: 'stance', stance: 'under-review' },
    ])
  })

  it('never lists a field on which the articles agree', () => {
    for (const entry of disagreements) expect(entry.values.length).toBeGreaterThan(1)
  })
})
