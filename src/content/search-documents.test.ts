import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { apiRoutes } from './api-contract.ts'
import { createApiDocuments } from './api-documents.ts'
import { readFixtureFiles } from './node/read-fixture-files.ts'
import { createSearchIndex } from './search-documents.ts'
import { validateFixtureFiles } from './validate-content.ts'

const result = validateFixtureFiles(
  await readFixtureFiles(path.resolve(import.meta.dirname, '../..')),
)
if (!result.ok) throw new Error('fixtures must be valid for the search index tests')
const { content } = result
const served = createApiDocuments(content).get(apiRoutes.searchIndex.path())

describe('the search index document', () => {
  it('is served at its contract URL and matches its response schema', () => {
    const parsed = apiRoutes.searchIndex.schema.safeParse(served)
    expect(parsed.error?.issues ?? []).toEqual([])
  })

  it('has one entry per character, person, timeline event and source, and the origin', () => {
    const { entries } = createSearchIndex(content).index
    const count = (type: string) => entries.filter((entry) => entry.type === type).length
    expect(count('character')).toBe(content.characters.length)
    expect(count('person')).toBe(content.people.length)
    expect(count('timeline-event')).toBe(content.timeline.length)
    expect(count('source')).toBe(content.sources.length)
    expect(count('origin')).toBe(1)
    expect(new Set(entries.map((entry) => entry.path)).size).toBe(entries.length)
  })

  it('carries every name variant of characters and people', () => {
    const { entries } = createSearchIndex(content).index
    for (const entity of [...content.characters, ...content.people]) {
      const entry = entries.find((candidate) => candidate.slug === entity.slug)
      expect(entry?.names.map((name) => name.value)).toEqual([
        entity.name.value,
        ...entity.nameVariants.map((variant) => variant.value),
      ])
    }
  })

  it('serves every plot sentence apart, with its spoiler marker, and none in the index', () => {
    const { index, plot: plotIndex } = createSearchIndex(content)
    const gated = new Map(
      plotIndex.entries.flatMap((entry) =>
        entry.texts.map((text) => [text.text, text.spoiler] as const),
      ),
    )
    const indexTexts = index.entries.flatMap((entry) => entry.texts)
    expect(indexTexts.filter((text) => text.spoiler !== undefined)).toEqual([])
    for (const text of gated.keys()) {
      expect(indexTexts.map((indexed) => indexed.text)).not.toContain(text)
    }
    const plot = [
      ...content.characters.flatMap((character) => character.summary),
      ...content.origins.flatMap((origin) => [...origin.seasonOneAdapted, ...origin.notYetAdapted]),
    ].filter((entry) => entry.spoiler)
    expect(plot.length).toBeGreaterThan(0)
    for (const fact of plot) expect(gated.get(fact.value)).toEqual(fact.spoiler)
    const relationships = content.characters.flatMap((character) =>
      character.relationships.filter((relationship) => relationship.spoiler),
    )
    for (const relationship of relationships) {
      const text = [...gated.keys()].find((candidate) =>
        candidate.endsWith(relationship.description),
      )
      expect(text && gated.get(text)).toEqual(relationship.spoiler)
    }
  })
})
