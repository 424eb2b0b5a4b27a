import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { apiRoutes } from './api-contract.ts'
import { createApiDocuments } from './api-documents.ts'
import { readFixtureFiles } from './node/read-fixture-files.ts'
import { validateFixtureFiles } from './validate-content.ts'

const result = validateFixtureFiles(
  await readFixtureFiles(path.resolve(import.meta.dirname, '../..')),
)
if (!result.ok) throw new Error('fixtures must be valid for the search index tests')
const { content } = result
const documents = createApiDocuments(content)
const served = documents.get(apiRoutes.searchIndex.path())
const { entries } = apiRoutes.searchIndex.schema.parse(served)
const plotIndex = apiRoutes.searchPlot.schema.parse(documents.get(apiRoutes.searchPlot.path()))

describe('the search index document', () => {
  it('is served at its contract URL and matches its response schema', () => {
    const parsed = apiRoutes.searchIndex.schema.safeParse(served)
    expect(parsed.error?.issues ?? []).toEqual([])
  })

  it('has one entry per character, person, timeline event and source, the origin and the series', () => {
    const count = (type: string) => entries.filter((entry) => entry.type === type).length
    expect(count('series')).toBe(1)
    expect(count('character')).toBe(content.characters.length)
    expect(count('person')).toBe(content.people.length)
    expect(count('timeline-event')).toBe(content.timeline.length)
    expect(count('source')).toBe(content.sources.length)
    expect(count('origin')).toBe(1)
    expect(new Set(entries.map((entry) => entry.path)).size).toBe(entries.length)
  })

  it('finds the series on the home page by its titles, description and viewership', () => {
    const [series] = content.series
    const entry = entries.find((candidate) => candidate.type === 'series')
    expect(entry?.path).toBe('/')
    expect(entry?.title).toBe(series?.title.value)
    expect(entry?.names.map((name) => name.value)).toEqual([
      series?.title.value,
      ...(series?.alternativeTitles ?? []).map((title) => title.value),
    ])
    const texts = entry?.texts.map((text) => text.text) ?? []
    for (const fact of series?.description ?? []) expect(texts).toContain(fact.value)
    const figures = (series?.viewership ?? []).flatMap((figure) => figure.values)
    for (const figure of figures) expect(texts).toContain(figure.value.text)
    expect(texts.join(' ')).toContain('ahead of Squid Game season 2')
  })

  it('searches what a timeline entry shows: its claims, quotes and every note', () => {
    for (const event of content.timeline) {
      const texts = entries.find((entry) => entry.slug === event.slug)?.texts.map((t) => t.text)
      const shown = [
        event.summary.value,
        event.dateNote,
        ...event.claims.flatMap((claim) => [claim.text, claim.note]),
        ...(event.stance ?? []).map((stance) => stance.note),
      ].filter((text) => text !== undefined)
      for (const text of shown) expect(texts, event.slug).toContain(text)
      for (const quote of event.quotes) {
        expect(texts, event.slug).toContain(`${quote.speaker}: ${quote.text}`)
      }
    }
    const denial = entries.find((entry) => entry.slug === '2025-09-23-netflix-reviewing-sequel')
    expect(denial?.texts.map((text) => text.text).join(' ')).toContain('"denied" by Netflix')
  })

  it('files each event under the statuses and topics the rumor ledger gives it', () => {
    const timeline = apiRoutes.timeline.schema.parse(documents.get(apiRoutes.timeline.path()))
    for (const event of timeline.events) {
      const entry = entries.find((candidate) => candidate.slug === event.slug)
      const statuses = [
        ...event.statuses.map(({ status }) => status),
        ...event.claims.flatMap((claim) => claim.ledger.statuses.map(({ status }) => status)),
      ]
      expect(new Set(entry?.statuses), event.slug).toEqual(new Set(statuses))
      const topics = event.claims.map((claim) => claim.topic)
      // Netflix's stance is its position on renewing the show.
      if (event.stance) topics.push('renewal')
      expect(new Set(entry?.topics), event.slug).toEqual(new Set(topics))
    }
    const statement = entries.find((entry) => entry.slug === '2025-09-23-netflix-reviewing-sequel')
    expect(statement?.statuses).toEqual(expect.arrayContaining(['denied', 'under-review']))
    expect(statement?.topics).toEqual(['renewal'])
    const { vocabulary } = apiRoutes.searchIndex.schema.parse(served)
    expect(vocabulary.statuses.denied.words).toContain('Denied')
    expect(vocabulary.topics.renewal.words).toEqual(expect.arrayContaining(['sequel', 'season 2']))
  })

  it('carries every name variant of characters and people', () => {
    for (const entity of [...content.characters, ...content.people]) {
      const entry = entries.find((candidate) => candidate.slug === entity.slug)
      expect(entry?.names.map((name) => name.value)).toEqual([
        entity.name.value,
        ...entity.nameVariants.map((variant) => variant.value),
      ])
    }
  })

  it('serves every plot sentence apart, with its spoiler marker, and none in the index', () => {
    const gated = new Map(
      plotIndex.entries.flatMap((entry) =>
        entry.texts.map((text) => [text.text, text.spoiler] as const),
      ),
    )
    const indexTexts = entries.flatMap((entry) => entry.texts)
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
    // A note on plot ("the article does not say in which episode") is held back with it.
    const notes = plot.filter((fact) => fact.note !== undefined)
    expect(notes.length).toBeGreaterThan(0)
    for (const fact of notes) expect(gated.get(fact.note ?? '')).toEqual(fact.spoiler)
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
