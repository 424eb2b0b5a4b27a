/**
 * The rumor ledger's results, as the documents serve them. The rules used to run in the browser,
 * which made the home page load (and embed in its HTML) the whole timeline for one card; they now
 * run once here, when the documents are built, and the pages only display what they derived.
 */
import type {
  LedgerEventBody,
  RenewalStatusResponse,
  RenewalStep,
  SourceBody,
  TimelineEventBody,
} from './api-contract.ts'
import { answersIndex, eventStatus } from './event-status.ts'
import type { ClaimLedger } from './ledger-contract.ts'
import { type LedgerEntry, buildRumorLedger, renewalStatusNow } from './rumor-ledger.ts'
import { type TimelinePage, type TimelineSplit, splitTimeline } from './timeline-pages.ts'

/** An event's page, which every event has once the timeline is split. */
function pageIn(split: TimelineSplit, slug: string) {
  const page = split.pageOf.get(slug)
  if (!page) throw new Error(`${slug} is on no timeline page`)
  return page
}

function claimKey(event: string, claim: string): string {
  return `${event}#${claim}`
}

/** What a page shows of a ledger entry: the other claims go by reference, not by copy. */
function claimLedger(entry: LedgerEntry): ClaimLedger {
  return {
    statuses: entry.statuses,
    staleSince: entry.staleSince?.date ?? null,
    disagreements: entry.disagreements.map((other) => ({
      event: other.event.slug,
      claim: other.claim.id,
      replaces: entry.supersededBy.includes(other),
    })),
  }
}

/** The ledger's part of a claim that the home card shows. */
function cardClaim({ claim, statuses, staleSince }: LedgerEntry) {
  return {
    id: claim.id,
    text: claim.text,
    sources: claim.sources,
    ...(claim.evidence === undefined ? {} : { evidence: claim.evidence }),
    ledger: { statuses, staleSince: staleSince?.date ?? null },
  }
}

/** An event as the status card and the history link it: what it is, and the page that holds it. */
function eventOnItsPage(event: LedgerEntry['event'], split: TimelineSplit) {
  return {
    slug: event.slug,
    title: event.title,
    date: event.date,
    kind: event.kind,
    page: pageIn(split, event.slug),
  }
}

/** Every renewal claim, oldest first, with the answer that moved it and whether it holds now. */
function renewalHistory(
  ledger: readonly LedgerEntry[],
  now: LedgerEntry | null,
  split: TimelineSplit,
): RenewalStep[] {
  return ledger
    .filter((entry) => entry.claim.topic === 'renewal')
    .sort((a, b) => a.event.date.value.localeCompare(b.event.date.value))
    .map((entry) => {
      const { event } = entry
      const answer = entry.answeredBy.at(-1)
      return {
        event: eventOnItsPage(event, split),
        claim: cardClaim(entry),
        answer: answer
          ? {
              slug: answer.slug,
              title: answer.title,
              date: answer.date,
              page: pageIn(split, answer.slug),
            }
          : null,
        current: entry === now,
      }
    })
}

/** The card's claim, the event that made it and the official answer beside it; the history. */
function renewalStatus(
  ledger: readonly LedgerEntry[],
  sourcesCitedBy: (...values: unknown[]) => SourceBody[],
  split: TimelineSplit,
): RenewalStatusResponse {
  const entry = renewalStatusNow(ledger)
  const history = renewalHistory(ledger, entry, split)
  if (!entry) return { current: null, history, sources: sourcesCitedBy(history) }
  const { event } = entry
  const answer = entry.answeredBy.at(-1)
  const current: NonNullable<RenewalStatusResponse['current']> = {
    event: eventOnItsPage(event, split),
    claim: cardClaim(entry),
    answer: answer
      ? {
          slug: answer.slug,
          page: pageIn(split, answer.slug),
          date: answer.date,
          ...(answer.stance ? { stance: answer.stance } : {}),
          summary: answer.summary,
          quotes: answer.quotes,
        }
      : null,
  }
  return { current, history, sources: sourcesCitedBy(current, history) }
}

/**
 * Runs the ledger once over the events (in timeline order) and returns the timeline's events with
 * each claim's ledger, each event's statuses, answers and page, the pages, and the renewal-status
 * document.
 */
export function createLedgerDocuments(
  events: readonly TimelineEventBody[],
  sourcesCitedBy: (...values: unknown[]) => SourceBody[],
): { events: LedgerEventBody[]; pages: TimelinePage[]; renewalStatus: RenewalStatusResponse } {
  const split = splitTimeline(events)
  const answers = answersIndex(events)
  const ledger = buildRumorLedger(events, answers)
  const byClaim = new Map(
    ledger.map((entry) => [claimKey(entry.event.slug, entry.claim.id), entry]),
  )
  const withLedger = events.map((event) => ({
    ...event,
    claims: event.claims.map((claim) => {
      const entry = byClaim.get(claimKey(event.slug, claim.id))
      if (!entry) throw new Error(`no ledger entry for ${event.slug}#${claim.id}`)
      return { ...claim, ledger: claimLedger(entry) }
    }),
    statuses: eventStatus(event, events, answers),
    answeredBy: (answers.get(event.slug) ?? []).map((answer) => answer.slug),
    page: pageIn(split, event.slug),
  }))
  return {
    events: withLedger,
    pages: split.pages,
    renewalStatus: renewalStatus(ledger, sourcesCitedBy, split),
  }
}
