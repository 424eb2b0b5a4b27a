import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { apiRoutes } from './api-contract.ts'
import { createApiDocuments } from './api-documents.ts'
import { readFixtureFiles } from './node/read-fixture-files.ts'
import { validateFixtureFiles } from './validate-content.ts'

const result = validateFixtureFiles(
  await readFixtureFiles(path.resolve(import.meta.dirname, '../..')),
)
if (!result.ok) throw new Error('fixtures must be valid for the ledger document tests')
const documents = createApiDocuments(result.content)
const timeline = apiRoutes.timeline.schema.parse(documents.get(apiRoutes.timeline.path()))
const renewal = apiRoutes.renewalStatus.schema.parse(documents.get(apiRoutes.renewalStatus.path()))

function eventNamed(slug: string) {
  const event = timeline.events.find((candidate) => candidate.slug === slug)
  if (!event) throw new Error(`no event ${slug}`)
  return event
}

function claimOf(slug: string, id: string) {
  const claim = eventNamed(slug).claims.find((candidate) => candidate.id === id)
  if (!claim) throw new Error(`no claim ${slug}#${id}`)
  return claim
}

const september = '2025-09-23-xports-news-seasons-2-3-report'
const june = '2026-06-22-mydaily-talks-report'

describe('the documents carry what the rumor ledger derives at build time', () => {
  it('give each event its statuses and the events that answer it', () => {
    const report = eventNamed(september)
    expect(report.statuses.map(({ status }) => status)).toEqual(['denied', 'under-review'])
    expect(report.answeredBy).toHaveLength(1)
    const answer = eventNamed(report.answeredBy[0]!)
    expect(answer.kind).toBe('official-statement')
    expect(answer.respondsTo).toContain(september)
    expect(eventNamed(june).statuses.map(({ status }) => status)).toEqual(['in-talks'])
  })

  it('give each claim its status, staleness and disagreements', () => {
    const summer = claimOf(september, 'filming-next-summer')
    expect(summer.ledger.statuses.map(({ status }) => status)).toEqual(['superseded'])
    expect(summer.ledger.staleSince?.value).toBe('2026-06-22')
    expect(summer.ledger.disagreements).toEqual([
      { event: june, claim: 'filming-october', replaces: true },
    ])

    const october = claimOf(june, 'filming-october')
    expect(october.ledger.statuses.map(({ status }) => status)).toEqual(['in-talks'])
    expect(october.ledger.staleSince).toBeNull()
    expect(october.ledger.disagreements).toEqual([
      { event: september, claim: 'filming-next-summer', replaces: false },
    ])
  })

  it("give a statement's stance only to the claims its words address", () => {
    const statusesOf = (slug: string, id: string) =>
      claimOf(slug, id).ledger.statuses.map(({ status }) => status)
    // "We're reviewing the sequel, but nothing has been confirmed yet": an answer about seasons 2
    // and 3, not about the preparations or the production schedule the same report described.
    expect(statusesOf(september, 'seasons-2-3-confirmed')).toEqual(['denied', 'under-review'])
    expect(statusesOf(september, 'preparations-under-way')).toEqual(['reported'])
    // The end-of-year production start is replaced by June 2026's "as early as October".
    expect(statusesOf(september, 'production-work-end-of-year')).toEqual(['superseded'])
    expect(statusesOf(june, 'production-october')).toEqual(['in-talks'])
    // June's reply answers the report's plan (seasons, schedule, episodes, cast, story); scripts
    // already written are work done, which "nothing is confirmed yet" does not answer.
    expect(statusesOf(june, 'seasons-2-3-together')).toEqual(['in-talks'])
    expect(statusesOf(june, 'eight-episodes')).toEqual(['in-talks'])
    expect(statusesOf(june, 'four-scripts-written')).toEqual(['reported'])
  })

  it('serve the history of the renewal status: every renewal claim, oldest first, marked', () => {
    const { history } = renewal
    expect(history.length).toBeGreaterThanOrEqual(3)
    const dates = history.map((step) => step.event.date.value)
    expect(dates).toEqual([...dates].sort())
    for (const step of history) expect(eventNamed(step.event.slug).title).toBe(step.event.title)

    const september = history.find((step) => step.claim.id === 'seasons-2-3-confirmed')
    expect(september?.answer?.slug).toBe('2025-09-23-netflix-reviewing-sequel')
    expect(september?.claim.ledger.statuses.map(({ status }) => status)).toEqual([
      'denied',
      'under-review',
    ])
    // Only the claim the status rests on now is current; the others stay, marked as replaced.
    expect(history.filter((step) => step.current).map((step) => step.claim.id)).toEqual([
      renewal.current?.claim.id,
    ])
  })

  it('serve the renewal status now: the claim, the event that made it and the answer', () => {
    const { current } = renewal
    expect(current?.event).toEqual(
      expect.objectContaining({
        slug: june,
        title: 'Report: Netflix in talks on seasons 2 and 3, filming from October',
        kind: 'report',
      }),
    )
    expect(current?.claim.text).toBe('Netflix is in talks to produce seasons 2 and 3 together.')
    expect(current?.claim.ledger.statuses.map(({ status }) => status)).toEqual(['in-talks'])
    expect(current?.answer?.stance?.map(({ value }) => value)).toEqual(['in-talks'])
    expect(current?.answer?.date.value).toBe('2026-06-22')
  })

  it('cite in the renewal status and its history exactly the articles their fields name', () => {
    const fields = JSON.stringify([renewal.current, renewal.history])
    const cited = (fields.match(/"sources":\[[^\]]*\]/g) ?? [])
      .flatMap((list) => list.match(/[a-z0-9-]{6,}/g) ?? [])
      .filter((id) => id !== 'sources')
    expect(renewal.sources.map((source) => source.id).sort()).toEqual([...new Set(cited)].sort())
  })
})
