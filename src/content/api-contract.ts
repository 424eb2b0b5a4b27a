/**
 * The data contract: every JSON URL the app reads, with the schema its response must match.
 * MSW serves these URLs in development and tests; the production build writes the same URLs as
 * static files. Both get their bodies from `createApiDocuments`, so they cannot differ.
 */
import { z } from 'zod'
import {
  characterSchema,
  originSchema,
  outletSchema,
  personSchema,
  seriesSchema,
} from './schemas.ts'
import { timelineEventSchema } from './timeline-schemas.ts'
import { timelinePageRefSchema, timelinePageSchema } from './timeline-page-contract.ts'
import { evidenceSchema, fact, slugSchema, spoilerSchema } from './fact-schemas.ts'
import { sourceBodySchema } from './source-contract.ts'
import { apiPaths } from './api-paths.ts'
import { searchIndexResponseSchema, searchPlotResponseSchema } from './search-contract.ts'
import { disagreementSchema } from './disagreements.ts'
import { claimLedgerSchema, eventStatusSchema, statusClaimsSchema } from './ledger-contract.ts'
import { outletResponseSchema, trackSummarySchema } from './outlet-contract.ts'

// The app loads the contract as one chunk on its first fetch, and checks each document with this:
// exported from here, it comes in that chunk, not in one of its own (decision 037).
export { checkInSteps } from './check-in-steps.ts'

const reference = z.object({ slug: slugSchema, name: z.string() }).strict()
export type EntityReference = z.infer<typeof reference>

const sourceBody = sourceBodySchema
export type SourceBody = z.infer<typeof sourceBody>

/** Who plays a character, derived from the people's `roles`, with any competing claim about the part. */
const portrayal = z
  .object({
    person: slugSchema,
    sources: z.array(slugSchema).min(1),
    evidence: evidenceSchema.optional(),
    note: z.string().optional(),
    /** Other characters that other articles say this person plays in the same part. */
    alternatives: z.array(fact(slugSchema)),
  })
  .strict()
export type Portrayal = z.infer<typeof portrayal>

/**
 * Stands in a section document where a spoiler-marked fact was: what is hidden (the marker) and
 * where its words are in the plot document (`plot`, an index into the same list there).
 */
const plotMarker = z.object({ spoiler: spoilerSchema, plot: z.int().nonnegative() }).strict()
export type PlotMarker = z.infer<typeof plotMarker>

// Each list of plot facts comes twice: in the section document, open facts and markers for the
// rest; in the plot document, the marked facts alone, in marker order.
const summaryFact = characterSchema.shape.summary.element
const relationship = characterSchema.shape.relationships.element
const originPlotFact = originSchema.shape.seasonOneAdapted.element
const markedSummaryFact = summaryFact.extend({ spoiler: spoilerSchema })
const markedRelationship = relationship.extend({ spoiler: spoilerSchema })
const markedOriginFact = originPlotFact.extend({ spoiler: spoilerSchema })

const characterBody = characterSchema.omit({ $schema: true }).extend({
  portrayedBy: z.array(portrayal),
  summary: z.array(z.union([summaryFact.omit({ spoiler: true }), plotMarker])),
  relationships: z.array(z.union([relationship.omit({ spoiler: true }), plotMarker])),
})
export type CharacterBody = z.infer<typeof characterBody>

const personBody = personSchema.omit({ $schema: true })
export type PersonBody = z.infer<typeof personBody>

const timelineEventBody = timelineEventSchema.omit({ $schema: true })
export type TimelineEventBody = z.infer<typeof timelineEventBody>

const outletBody = outletSchema.omit({ $schema: true })
export type OutletBody = z.infer<typeof outletBody>

const citingPage = z
  .object({
    kind: z.enum(['series', 'origin', 'character', 'person', 'timeline-event']),
    slug: slugSchema,
    title: z.string(),
    /** Its address, built at build time: an event's depends on which timeline page holds it. */
    path: z.string(),
  })
  .strict()
export type CitingPage = z.infer<typeof citingPage>

/** Every response carries the articles it cites, so a page can print its reference list at once. */
const cited = { sources: z.array(sourceBody) }

export const characterListResponseSchema = z
  .object({
    characters: z.array(
      characterBody.pick({
        slug: true,
        name: true,
        nameVariants: true,
        group: true,
        occupation: true,
        portrayedBy: true,
      }),
    ),
    people: z.array(reference),
    ...cited,
  })
  .strict()
export type CharacterListResponse = z.infer<typeof characterListResponseSchema>

export const characterResponseSchema = z
  .object({
    character: characterBody,
    characters: z.array(reference),
    people: z.array(reference),
    ...cited,
  })
  .strict()
export type CharacterResponse = z.infer<typeof characterResponseSchema>

export const personListResponseSchema = z
  .object({
    people: z.array(
      personBody.pick({ slug: true, name: true, nameVariants: true, roles: true, crewJobs: true }),
    ),
    characters: z.array(reference),
    ...cited,
  })
  .strict()
export type PersonListResponse = z.infer<typeof personListResponseSchema>

export const personResponseSchema = z
  .object({
    person: personBody,
    /** Timeline events this person took part in: their dated statements about future seasons. */
    statements: z.array(timelineEventBody),
    characters: z.array(reference),
    ...cited,
  })
  .strict()
export type PersonResponse = z.infer<typeof personResponseSchema>

export const seriesResponseSchema = z
  .object({
    series: seriesSchema.omit({ $schema: true }),
    origin: reference,
    people: z.array(reference),
    /** Awards to people, from their files, so the show's page lists every award. */
    personAwards: z.array(
      z.object({ person: slugSchema, award: personSchema.shape.awards.element }).strict(),
    ),
    ...cited,
  })
  .strict()
export type SeriesResponse = z.infer<typeof seriesResponseSchema>

const originFacts = z.array(z.union([originPlotFact.omit({ spoiler: true }), plotMarker]))
export const originResponseSchema = z
  .object({
    origin: originSchema.omit({ $schema: true }).extend({
      seasonOneAdapted: originFacts,
      notYetAdapted: originFacts,
    }),
    author: personBody,
    people: z.array(reference),
    ...cited,
  })
  .strict()
export type OriginResponse = z.infer<typeof originResponseSchema>

const claimBody = timelineEventBody.shape.claims.element

/** A timeline event with what the rumor ledger derives from all the events, computed at build time. */
const ledgerEventBody = timelineEventBody.extend({
  claims: z.array(claimBody.extend({ ledger: claimLedgerSchema })),
  /** The event's status badges (src/content/event-status.ts). */
  statuses: statusClaimsSchema(eventStatusSchema),
  /** Slugs of the events that answer this one (their `respondsTo` names it), in timeline order. */
  answeredBy: z.array(slugSchema),
  /** The timeline page that holds the event (src/content/timeline-pages.ts). */
  page: timelinePageRefSchema,
})
export type LedgerEventBody = z.infer<typeof ledgerEventBody>
export type LedgerClaimBody = LedgerEventBody['claims'][number]

export const timelineResponseSchema = z
  .object({
    events: z.array(ledgerEventBody),
    /** The pages the events split into, oldest first. */
    pages: z.array(timelinePageSchema),
    outlets: z.array(outletBody),
    people: z.array(reference),
    ...cited,
  })
  .strict()
export type TimelineResponse = z.infer<typeof timelineResponseSchema>

/** An event with the timeline page that holds it, for documents that link to it. */
const eventOnPage = timelineEventBody.extend({ page: timelinePageRefSchema })

/**
 * One renewal claim in the status history, oldest first: the event that made it, where it stands
 * in the ledger now, the official answer that moved it (if any), and whether it is the claim the
 * status now rests on. A replaced claim stays in the history, marked, as Wikidata keeps deprecated
 * statements.
 */
const renewalStepSchema = z
  .object({
    event: eventOnPage.pick({ slug: true, title: true, date: true, kind: true, page: true }),
    claim: claimBody
      .pick({ id: true, text: true, sources: true, evidence: true })
      .extend({ ledger: claimLedgerSchema.pick({ statuses: true, staleSince: true }) }),
    answer: eventOnPage.pick({ slug: true, title: true, date: true, page: true }).nullable(),
    current: z.boolean(),
  })
  .strict()
export type RenewalStep = z.infer<typeof renewalStepSchema>

/** The home page's "Renewal status now" card, so the home page never loads the whole timeline. */
export const renewalStatusResponseSchema = z
  .object({
    /** The newest renewal claim nothing has superseded; null when no claim is about renewal. */
    current: z
      .object({
        /** The event that made the claim. */
        event: eventOnPage.pick({ slug: true, title: true, date: true, kind: true, page: true }),
        claim: claimBody
          .pick({ id: true, text: true, sources: true, evidence: true })
          .extend({ ledger: claimLedgerSchema.pick({ statuses: true, staleSince: true }) }),
        /** The latest official statement that answers the claim, made on or after it. */
        answer: eventOnPage
          .pick({ slug: true, date: true, stance: true, summary: true, quotes: true, page: true })
          .nullable(),
      })
      .strict()
      .nullable(),
    /** How the status moved: every renewal claim, oldest first. */
    history: z.array(renewalStepSchema),
    ...cited,
  })
  .strict()
export type RenewalStatusResponse = z.infer<typeof renewalStatusResponseSchema>

export const sourceListResponseSchema = z
  .object({
    sources: z.array(sourceBody.extend({ citedBy: z.array(citingPage) })),
    /** Each outlet's track record in short, for the sources page's table. */
    outlets: z.array(trackSummarySchema),
  })
  .strict()
export type SourceListResponse = z.infer<typeof sourceListResponseSchema>

export const sourceResponseSchema = z
  .object({
    source: sourceBody,
    citedBy: z.array(citingPage),
  })
  .strict()
export type SourceResponse = z.infer<typeof sourceResponseSchema>

export const characterPlotResponseSchema = z
  .object({ summary: z.array(markedSummaryFact), relationships: z.array(markedRelationship) })
  .strict()
export type CharacterPlotResponse = z.infer<typeof characterPlotResponseSchema>

export const originPlotResponseSchema = z
  .object({
    seasonOneAdapted: z.array(markedOriginFact),
    notYetAdapted: z.array(markedOriginFact),
  })
  .strict()
export type OriginPlotResponse = z.infer<typeof originPlotResponseSchema>

export const disagreementsResponseSchema = z
  .object({ disagreements: z.array(disagreementSchema), ...cited })
  .strict()
export type DisagreementsResponse = z.infer<typeof disagreementsResponseSchema>

/** The route map. `path` builds a URL; `schema` checks what comes back. */
export const apiRoutes = {
  series: { path: apiPaths.series, schema: seriesResponseSchema },
  origin: { path: apiPaths.origin, schema: originResponseSchema },
  characterList: { path: apiPaths.characterList, schema: characterListResponseSchema },
  character: { path: apiPaths.character, schema: characterResponseSchema },
  personList: { path: apiPaths.personList, schema: personListResponseSchema },
  person: { path: apiPaths.person, schema: personResponseSchema },
  timeline: { path: apiPaths.timeline, schema: timelineResponseSchema },
  renewalStatus: { path: apiPaths.renewalStatus, schema: renewalStatusResponseSchema },
  sourceList: { path: apiPaths.sourceList, schema: sourceListResponseSchema },
  source: { path: apiPaths.source, schema: sourceResponseSchema },
  disagreements: { path: apiPaths.disagreements, schema: disagreementsResponseSchema },
  outlet: { path: apiPaths.outlet, schema: outletResponseSchema },
  searchIndex: { path: apiPaths.searchIndex, schema: searchIndexResponseSchema },
  characterPlot: { path: apiPaths.characterPlot, schema: characterPlotResponseSchema },
  originPlot: { path: apiPaths.originPlot, schema: originPlotResponseSchema },
  searchPlot: { path: apiPaths.searchPlot, schema: searchPlotResponseSchema },
} as const satisfies Record<keyof typeof apiPaths, unknown>
