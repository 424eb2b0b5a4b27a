/**
 * Every place where the articles disagree, gathered for contributors. A disagreement is an
 * attested field with more than one value (see `attested` in schemas.ts), a list of affiliations
 * with more than one entry, or two claims linked by `disagreesWith`. Each entry names the page
 * where readers see it, and its weight: values that differ only in spelling or wording (marked
 * `variant` in the fixtures) are listed apart from disagreements of substance.
 */
import { z } from 'zod'
import type { Content } from './collections.ts'
import { stanceSchema } from './timeline-schemas.ts'
import { billingLabels, claimTopicLabels } from './labels.ts'
import { differsOnlyInWording } from './variants.ts'
import {
  type Attested,
  type Fact,
  evidenceSchema,
  partialDateSchema,
  slugSchema,
} from './fact-schemas.ts'
import { paths } from '../config/paths.ts'
import { splitTimeline } from './timeline-pages.ts'

const disagreementValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }).strict(),
  z.object({ kind: z.literal('date'), date: partialDateSchema }).strict(),
  z.object({ kind: z.literal('stance'), stance: stanceSchema }).strict(),
  z
    .object({ kind: z.literal('link'), text: z.string(), path: z.string().startsWith('/') })
    .strict(),
])
export type DisagreementValue = z.infer<typeof disagreementValueSchema>

export const disagreementSchema = z
  .object({
    page: z.object({ title: z.string(), path: z.string().startsWith('/') }).strict(),
    topic: z.string().describe('What the articles disagree about, e.g. "Role"'),
    weight: z
      .enum(['substance', 'wording'])
      .describe(
        '"wording" when the values say the same thing spelled or worded apart (pages show them as "also written"); "substance" otherwise',
      ),
    values: z
      .array(
        z
          .object({
            value: disagreementValueSchema,
            sources: z.array(slugSchema).min(1),
            evidence: evidenceSchema.optional(),
            context: z.string().optional().describe('Where the value was reported, for claims'),
            note: z.string().optional(),
          })
          .strict(),
      )
      .min(2),
  })
  .strict()
export type Disagreement = z.infer<typeof disagreementSchema>

const formatLabels = { 'web-novel': 'the web novel', webtoon: 'the webtoon' } as const

export function collectDisagreements(content: Content): Disagreement[] {
  const found: Disagreement[] = []
  const personName = new Map(content.people.map((person) => [person.slug, person.name.value]))
  const characterName = new Map(
    content.characters.map((character) => [character.slug, character.name.value]),
  )

  function add<T>(
    page: Disagreement['page'],
    topic: string,
    facts: Attested<T> | Fact<T>[],
    toValue: (value: T) => DisagreementValue,
  ) {
    if (facts.length < 2) return
    found.push({
      page,
      topic,
      weight: differsOnlyInWording(facts) ? 'wording' : 'substance',
      values: facts.map((entry) => ({
        value: toValue(entry.value),
        sources: entry.sources,
        ...(entry.evidence === undefined ? {} : { evidence: entry.evidence }),
        ...(entry.note === undefined ? {} : { note: entry.note }),
      })),
    })
  }
  const text = (value: string | number): DisagreementValue => ({
    kind: 'text',
    text: String(value),
  })
  const person = (slug: string): DisagreementValue => ({
    kind: 'link',
    text: personName.get(slug) ?? slug,
    path: paths.person(slug),
  })
  const character = (slug: string): DisagreementValue => ({
    kind: 'link',
    text: characterName.get(slug) ?? slug,
    path: paths.character(slug),
  })

  for (const series of content.series) {
    const page = { title: series.title.value, path: paths.home() }
    add(page, 'Premiere', series.premiere, (date) => ({ kind: 'date', date }))
    add(page, 'Platform', series.platform, text)
    add(page, 'Episodes', series.episodeCount, text)
    add(page, 'Director', series.director, person)
    add(page, 'Screenwriter', series.screenwriter, person)
    for (const figure of series.viewership) {
      add(page, figure.topic, figure.values, (value) => text(value.text))
    }
  }

  for (const origin of content.origins) {
    const page = { title: origin.title.value, path: paths.origin() }
    add(page, 'What the drama adapts', origin.dramaBasedOn, (format) => text(formatLabels[format]))
    for (const format of origin.formats) {
      add(page, 'Format', format.format, (value) => text(formatLabels[value]))
    }
  }

  for (const entry of content.characters) {
    const page = { title: entry.name.value, path: paths.character(entry.slug) }
    add(page, 'Occupation', entry.occupation, text)
    add(page, 'Works at', entry.affiliation, text)
    if (entry.background) add(page, 'Background', entry.background, text)
  }

  for (const entry of content.people) {
    const page = { title: entry.name.value, path: paths.person(entry.slug) }
    if (entry.profession) add(page, 'Profession', entry.profession, text)
    for (const role of entry.roles) {
      add(page, 'Role', role.character, character)
      if (role.billing) add(page, 'Billing', role.billing, (value) => text(billingLabels[value]))
    }
  }

  const events = new Map(content.timeline.map((event) => [event.slug, event]))
  // The same split the timeline document carries, so a link lands on the page holding the event.
  const { pageOf } = splitTimeline(content.timeline)
  for (const event of content.timeline) {
    const eventPage = pageOf.get(event.slug)
    if (!eventPage) throw new Error(`${event.slug} is on no timeline page`)
    const page = { title: event.title, path: paths.timelineEvent(eventPage, event.slug) }
    if (event.stance) {
      add(page, 'How Netflix’s reply was described', event.stance, (stance) => ({
        kind: 'stance',
        stance,
      }))
    }
    for (const claim of event.claims) {
      const others = (claim.disagreesWith ?? []).flatMap((reference) => {
        const other = events.get(reference.event)
        const otherClaim = other?.claims.find((candidate) => candidate.id === reference.claim)
        return other && otherClaim ? [{ event: other, claim: otherClaim }] : []
      })
      if (others.length === 0) continue
      const sides = [{ event, claim }, ...others].sort((a, b) =>
        a.event.date.value.localeCompare(b.event.date.value),
      )
      found.push({
        page: { title: event.title, path: paths.timelineClaim(eventPage, event.slug, claim.id) },
        topic: claimTopicLabels[claim.topic],
        weight: 'substance',
        values: sides.map((side) => ({
          value: text(side.claim.text),
          sources: side.claim.sources,
          ...(side.claim.evidence === undefined ? {} : { evidence: side.claim.evidence }),
          context: side.event.title,
          ...(side.claim.note === undefined ? {} : { note: side.claim.note }),
        })),
      })
    }
  }

  return found
}
