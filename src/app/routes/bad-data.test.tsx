/**
 * Bad data at run time: damaged documents give each page the readable error state inside the
 * site's layout, never a blank or half-drawn page; script and HTML in content show as text.
 */
import { paths } from '@/config/paths'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiRoutes } from '@/content/api-contract'
import { createApiDocuments } from '@/content/api-documents'
import type { JsonObject, JsonValue } from '@/testing/fixture-json'
import { type FixtureFile, formatProblem } from '@/content/content-problems'
import { validateFixtureFiles } from '@/content/validate-content'
import { fixtureFiles } from '@/testing/mocks/fixture-files'
import { server, serveDocument } from '@/testing/mocks/server'
import { renderApp } from '@/testing/render-app'

function documentsOf(files: readonly FixtureFile[]): Map<string, unknown> {
  const result = validateFixtureFiles(files)
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'))
  return createApiDocuments(result.content)
}

const documents = documentsOf(fixtureFiles)

/** A fresh copy of the document served at `url`, changed by `edit`. */
function edited(url: string, edit: (document: JsonObject) => void): JsonObject {
  const document = structuredClone(documents.get(url)) as JsonObject | undefined
  if (!document) throw new Error(`no document at ${url}`)
  edit(document)
  return document
}

/** The value at `path` in a document, which must be an object; for edits that go deep. */
function objectAt(document: JsonObject, ...path: (string | number)[]): JsonObject {
  let current: JsonValue | undefined = document
  for (const key of path) {
    current = Array.isArray(current)
      ? current[Number(key)]
      : typeof current === 'object' && current !== null
        ? current[String(key)]
        : undefined
  }
  if (typeof current !== 'object' || current === null || Array.isArray(current)) {
    throw new Error(`no object at ${path.join('.')}`)
  }
  return current
}

const markup = '<script>alert(1)</script><img src=x onerror="alert(1)">'
const baekKangHyuk = 'baek-kang-hyuk'
const xportsReport = '2025-09-23-xports-news-seasons-2-3-report'

/** Markup that would run or load something if a string were ever parsed as HTML. */
const liveMarkup = 'main script, main img, main iframe, main svg, main [onerror], main [onload]'

/** Header, footer, and the error in between: the page is explained, never blank. */
async function expectErrorStateInLayout(heading: string) {
  const alert = await screen.findByRole('alert')
  expect(within(alert).getByRole('heading', { level: 2, name: heading })).toBeInTheDocument()
  expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  expect(screen.getByRole('main')).toContainElement(alert)
  expect(screen.getByRole('banner')).toHaveTextContent('The Trauma Code wiki')
  expect(screen.getByRole('navigation', { name: 'Sections' })).toBeInTheDocument()
  expect(screen.getByRole('contentinfo')).toHaveTextContent('Every fact cites the news article')
  await expect.poll(() => document.title).toBe('Error · The Trauma Code wiki')
  // Only the explanation: no half-drawn page beside it.
  expect(Array.from(screen.getByRole('main').children)).toEqual([alert])
  expect(alert.textContent).not.toMatch(/NaN|\[object Object\]/)
  expect(document.querySelector(liveMarkup)).toBeNull()
}

const damaged = 'This page’s data is damaged'

describe('a page whose data is damaged', () => {
  const cases: { page: string; damage: string; serve: () => void }[] = [
    {
      page: '/',
      damage: 'the episode count is text, not a list of facts',
      serve: () =>
        serveDocument(
          apiRoutes.series.path(),
          edited(apiRoutes.series.path(), (document) => {
            objectAt(document, 'series').episodeCount = 'eight'
          }),
        ),
    },
    {
      page: '/characters',
      damage: 'a character has no group',
      serve: () =>
        serveDocument(
          apiRoutes.characterList.path(),
          edited(apiRoutes.characterList.path(), (document) => {
            delete objectAt(document, 'characters', 0).group
          }),
        ),
    },
    {
      page: paths.character(baekKangHyuk),
      damage: 'a summary sentence cites a string instead of a list',
      serve: () =>
        serveDocument(
          apiRoutes.character.path(baekKangHyuk),
          edited(apiRoutes.character.path(baekKangHyuk), (document) => {
            objectAt(document, 'character', 'summary', 0).sources = 'season-2-everything-we-know'
          }),
        ),
    },
    {
      page: '/people',
      damage: 'the list of people is an object',
      serve: () =>
        serveDocument(
          apiRoutes.personList.path(),
          edited(apiRoutes.personList.path(), (document) => {
            document.people = { 'ju-ji-hoon': 'Ju Ji-hoon' }
          }),
        ),
    },
    {
      page: '/people/ju-ji-hoon',
      damage: 'the person has no name',
      serve: () =>
        serveDocument(
          apiRoutes.person.path('ju-ji-hoon'),
          edited(apiRoutes.person.path('ju-ji-hoon'), (document) => {
            delete objectAt(document, 'person').name
          }),
        ),
    },
    {
      page: '/timeline',
      damage: 'an event is dated 30 February',
      serve: () =>
        serveDocument(
          apiRoutes.timeline.path(),
          edited(apiRoutes.timeline.path(), (document) => {
            objectAt(document, 'events', 0).date = { value: '2025-02-30', precision: 'day' }
          }),
        ),
    },
    {
      page: '/origin',
      damage: 'the body is an HTML page, not JSON',
      serve: () =>
        server.use(
          http.get(apiRoutes.origin.path(), () =>
            HttpResponse.html(`<html><body>${markup}</body></html>`),
          ),
        ),
    },
    {
      page: '/sources',
      damage: 'an article links to javascript:',
      serve: () =>
        serveDocument(
          apiRoutes.sourceList.path(),
          edited(apiRoutes.sourceList.path(), (document) => {
            objectAt(document, 'sources', 0).url = 'javascript:alert(1)'
          }),
        ),
    },
    {
      page: '/sources/netflix-reviewing-sequel',
      damage: 'the article has an unknown extra field holding HTML',
      serve: () =>
        serveDocument(
          apiRoutes.source.path('netflix-reviewing-sequel'),
          edited(apiRoutes.source.path('netflix-reviewing-sequel'), (document) => {
            objectAt(document, 'source').html = markup
          }),
        ),
    },
  ]

  it.each(cases)('$page, when $damage, shows the error state inside the layout', async (test) => {
    test.serve()
    renderApp(test.page)
    await expectErrorStateInLayout(damaged)
  })
})

describe('script and HTML in content', () => {
  it('show as text in a character summary', async () => {
    serveDocument(
      apiRoutes.character.path(baekKangHyuk),
      edited(apiRoutes.character.path(baekKangHyuk), (document) => {
        // The second sentence: the first opens the page, above the Summary section.
        objectAt(document, 'character', 'summary', 1).value = markup
      }),
    )
    renderApp(paths.character(baekKangHyuk))
    const summary = await screen.findByRole('region', { name: 'Summary' })
    expect(within(summary).getByText(markup, { exact: false })).toBeInTheDocument()
    expect(summary.textContent).toContain(markup)
    expect(document.querySelector(liveMarkup)).toBeNull()
  })

  it('show as text in a timeline event summary', async () => {
    serveDocument(
      apiRoutes.timeline.path(),
      edited(apiRoutes.timeline.path(), (document) => {
        const events = document.events
        if (!Array.isArray(events)) throw new Error('no events')
        const event = events.find(
          (candidate) =>
            typeof candidate === 'object' &&
            candidate !== null &&
            !Array.isArray(candidate) &&
            candidate.slug === xportsReport,
        ) as JsonObject | undefined
        if (!event) throw new Error(`no event ${xportsReport}`)
        objectAt(event, 'summary').value = markup
      }),
    )
    renderApp('/timeline/2025')
    expect(await screen.findByText(markup, { exact: false })).toBeInTheDocument()
    expect(document.querySelector(liveMarkup)).toBeNull()
  })

  it('a fixture with <script> in a summary passes validation and shows it as text', async () => {
    const file = `src/fixtures/characters/${baekKangHyuk}.json`
    const files = fixtureFiles.map((fixture) => {
      if (fixture.path !== file) return fixture
      const json = JSON.parse(fixture.text) as JsonObject
      objectAt(json, 'summary', 1).value = markup
      return { path: file, text: JSON.stringify(json) }
    })
    const mutatedDocuments = documentsOf(files)
    // Every data URL from the mutated fixtures, as the MSW handlers and the build would serve
    // them; any other request falls through to the normal handlers.
    server.use(
      http.get('*', ({ request }) => {
        const body = mutatedDocuments.get(new URL(request.url).pathname)
        return body === undefined ? undefined : HttpResponse.json(body as JsonObject)
      }),
    )
    renderApp(paths.character(baekKangHyuk))
    const summary = await screen.findByRole('region', { name: 'Summary' })
    expect(within(summary).getByText(markup, { exact: false })).toBeInTheDocument()
    expect(document.querySelector(liveMarkup)).toBeNull()
  })
})
