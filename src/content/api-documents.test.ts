import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { apiRoutes } from './api-contract.ts'
import { createApiDocuments } from './api-documents.ts'
import { citationsIn } from './citations.ts'
import { formatJsonPath } from './content-problems.ts'
import { readFixtureFiles } from './node/read-fixture-files.ts'
import { validateFixtureFiles } from './validate-content.ts'

const result = validateFixtureFiles(
  await readFixtureFiles(path.resolve(import.meta.dirname, '../..')),
)
if (!result.ok) throw new Error('fixtures must be valid for the contract tests')
const documents = createApiDocuments(result.content)

/** The contract route whose path pattern matches a URL. */
function routeFor(url: string) {
  return Object.entries(apiRoutes).find(([, route]) => {
    const [before = '', after = ''] = route.path('__slug__').split('__slug__')
    return (
      url.startsWith(before) &&
      url.endsWith(after) &&
      /^[a-z0-9-]*$/.test(url.slice(before.length, url.length - after.length || undefined))
    )
  })
}

describe('the documents served by MSW and written by the build', () => {
  it('cover one URL per list, per entity, per source and outlet, and one per plot document', () => {
    const content = result.content
    const plotDocuments = content.characters.length + 2
    expect(documents.size).toBe(
      9 +
        content.characters.length +
        content.people.length +
        content.sources.length +
        content.outlets.length +
        plotDocuments,
    )
    for (const character of content.characters) {
      expect(documents.has(apiRoutes.character.path(character.slug))).toBe(true)
    }
  })

  it.each([...documents.keys()])('%s matches its response schema', (url) => {
    const route = routeFor(url)
    expect(route, `no contract route for ${url}`).toBeDefined()
    const parsed = route![1].schema.safeParse(documents.get(url))
    expect(parsed.error?.issues ?? []).toEqual([])
  })

  it('carry exactly the articles each document cites', () => {
    const list = apiRoutes.characterList.schema.parse(documents.get(apiRoutes.characterList.path()))
    const cited = new Set(
      JSON.stringify(list.characters)
        .match(/"sources":\[[^\]]*\]/g)
        ?.join(',')
        .match(/[a-z0-9-]{6,}/g),
    )
    expect(list.sources.map((source) => source.id).sort()).toEqual(
      [...cited].filter((id) => result.content.sources.some((source) => source.id === id)).sort(),
    )
  })

  it('derive who plays a character from the people files, keeping a disputed role with both citations', () => {
    const hanYuRim = apiRoutes.character.schema.parse(
      documents.get(apiRoutes.character.path('han-yu-rim')),
    )
    expect(hanYuRim.character.portrayedBy).toEqual([
      expect.objectContaining({
        person: 'yoon-kyung-ho',
        sources: ['season-2-everything-we-know'],
        alternatives: [
          expect.objectContaining({
            value: 'doo-jin-tae',
            sources: ['seasons-2-3-report-and-awards'],
          }),
        ],
      }),
    ])
  })

  it('list every page that cites a source', () => {
    const source = apiRoutes.source.schema.parse(
      documents.get(apiRoutes.source.path('netflix-in-talks-seasons-2-3')),
    )
    expect(source.citedBy).toEqual(
      expect.arrayContaining([
        {
          kind: 'timeline-event',
          slug: '2026-06-22-mydaily-talks-report',
          title: 'Report: Netflix in talks on seasons 2 and 3, filming from October',
          path: '/timeline/2026#2026-06-22-mydaily-talks-report',
        },
        {
          kind: 'character',
          slug: 'baek-kang-hyuk',
          title: 'Baek Kang-hyuk',
          path: '/characters/baek-kang-hyuk',
        },
      ]),
    )
  })

  it('keep plot text in the plot documents alone', () => {
    const plotTexts = [
      ...result.content.characters.flatMap((character) => [
        ...character.summary.flatMap((fact) => (fact.spoiler ? [fact.value] : [])),
        ...character.relationships.flatMap((relation) =>
          relation.spoiler ? [relation.description] : [],
        ),
      ]),
      ...result.content.origins.flatMap((origin) =>
        [...origin.seasonOneAdapted, ...origin.notYetAdapted].flatMap((fact) =>
          fact.spoiler ? [fact.value] : [],
        ),
      ),
    ]
    expect(plotTexts.length).toBeGreaterThan(5)
    const plotUrls = [...documents.keys()].filter((url) => url.startsWith('/api/plot/'))
    expect(plotUrls.length).toBe(result.content.characters.length + 2)
    for (const [url, document] of documents) {
      const body = JSON.stringify(document)
      const inBody = plotTexts.filter((text) => body.includes(JSON.stringify(text).slice(1, -1)))
      if (plotUrls.includes(url)) continue
      expect(inBody, url).toEqual([])
    }
  })
})

describe('evidence in the documents', () => {
  it("every citation carries each cited article's excerpt, for the citation preview", () => {
    const missing: string[] = []
    for (const [url, body] of documents) {
      for (const { path: at, sources, evidence } of citationsIn(body)) {
        // A ledger status cites the statement or claim it comes from, which carry the excerpts.
        if (at.at(-2) === 'statuses') continue
        const excerpts = (evidence ?? {}) as Record<string, string>
        for (const id of sources) {
          if (typeof id === 'string' && !excerpts[id])
            missing.push(`${url} ${formatJsonPath(at)} ${id}`)
        }
      }
    }
    expect(missing).toEqual([])
  })
})
