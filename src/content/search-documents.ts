/**
 * The body of the search index URL: one entry per page (character, person, origin), per timeline
 * event and per source, with every name the articles use for it and the texts to search. Text from
 * a plot fact goes to a document of its own (searchPlot) with its spoiler marker: the client fetches
 * and indexes it only once the reader has revealed it.
 */
import type {
  SearchEntry,
  SearchIndexResponse,
  SearchName,
  SearchPlotResponse,
  SearchText,
} from './search-contract.ts'
import type { Content } from './collections.ts'
import { crewJobLabels, timelineKindLabels } from './labels.ts'
import type { Outlet, Person } from './schemas.ts'
import type { NameVariant, Spoiler } from './fact-schemas.ts'
import { paths } from '../config/paths.ts'

type Named = { name: { value: string }; nameVariants: readonly NameVariant[] }

function namesOf(entity: Named): SearchName[] {
  return [
    { value: entity.name.value, kind: 'name' },
    ...entity.nameVariants.map((variant) => ({ value: variant.value, kind: variant.kind })),
  ]
}

/** Every spelling of an entity, as one readable text: "Ju Ji-hoon (Joo Ji-hoon)". */
function allSpellings(entity: Named): string {
  const variants = entity.nameVariants.map((variant) => variant.value)
  return variants.length > 0 ? `${entity.name.value} (${variants.join(', ')})` : entity.name.value
}

function plain(...texts: (string | undefined)[]): SearchText[] {
  return texts
    .filter((text): text is string => text !== undefined && text !== '')
    .map((text) => ({ text }))
}

function plot(facts: readonly { value: string; spoiler?: Spoiler | undefined }[]): SearchText[] {
  return facts.map(({ value, spoiler }) => (spoiler ? { text: value, spoiler } : { text: value }))
}

/** The index without plot, and the plot texts of each entry that has any. */
export function createSearchIndex(content: Content): {
  index: SearchIndexResponse
  plot: SearchPlotResponse
} {
  const entries = searchEntries(content)
  return {
    index: {
      entries: entries.map((entry) => ({
        ...entry,
        texts: entry.texts.filter((text) => text.spoiler === undefined),
      })),
    },
    plot: {
      entries: entries.flatMap(({ type, slug, texts }) => {
        const marked = texts.flatMap(({ text, spoiler }) => (spoiler ? [{ text, spoiler }] : []))
        return marked.length > 0 ? [{ type, slug, texts: marked }] : []
      }),
    },
  }
}

function searchEntries(content: Content): SearchEntry[] {
  const characters = new Map(content.characters.map((character) => [character.slug, character]))
  const people = new Map(content.people.map((person) => [person.slug, person]))
  const outlets = new Map(content.outlets.map((outlet) => [outlet.slug, outlet]))
  const characterName = (slug: string) => characters.get(slug)?.name.value ?? slug
  const outletNames = (outlet: Outlet): SearchName[] =>
    namesOf(outlet).map(({ value }) => ({ value, kind: 'outlet' }))
  const roleSlugs = (person: Person) =>
    person.roles.flatMap((role) => role.character.map((claim) => claim.value))

  const characterEntries = content.characters.map((character): SearchEntry => {
    const actors = content.people.filter((person) => roleSlugs(person).includes(character.slug))
    return {
      type: 'character',
      slug: character.slug,
      path: paths.character(character.slug),
      title: character.name.value,
      subtitle: character.occupation.map((entry) => entry.value).join(' / '),
      names: namesOf(character),
      texts: [
        ...plain(
          ...character.occupation.map((entry) => entry.value),
          ...character.affiliation.map((entry) => entry.value),
          ...actors.map((actor) => `Played by ${allSpellings(actor)}`),
        ),
        ...plot(character.summary),
        ...plot(
          character.relationships.map(({ character: other, description, spoiler }) => ({
            value: `${characterName(other)}: ${description}`,
            spoiler,
          })),
        ),
      ],
    }
  })

  const personEntries = content.people.map((person): SearchEntry => {
    const jobs = person.crewJobs.map((job) => crewJobLabels[job.value])
    const plays = [...new Set(roleSlugs(person))].map(characterName)
    const what = person.profession?.[0]?.value ?? jobs[0]
    const subtitle = [what, plays.length > 0 ? `plays ${plays.join(' or ')}` : undefined]
      .filter((part) => part !== undefined)
      .join(', ')
    return {
      type: 'person',
      slug: person.slug,
      path: paths.person(person.slug),
      title: person.name.value,
      subtitle,
      names: namesOf(person),
      texts: plain(
        person.honorific?.value,
        ...(person.profession ?? []).map((entry) => entry.value),
        ...jobs,
        ...plays.map((name) => `Plays ${name}`),
        ...person.awards.map((award) => `${award.ceremony}: ${award.category}`),
      ),
    }
  })

  const eventEntries = content.timeline.map((event): SearchEntry => {
    const outlet = event.outlet ? outlets.get(event.outlet.value) : undefined
    return {
      type: 'timeline-event',
      slug: event.slug,
      path: paths.timelineEvent(event.slug),
      title: event.title,
      subtitle: timelineKindLabels[event.kind],
      date: event.date,
      names: outlet ? outletNames(outlet) : [],
      texts: plain(
        event.title,
        event.summary.value,
        event.venue?.value,
        ...event.claims.map((claim) => claim.text),
        ...event.quotes.map((quote) => `${quote.speaker}: ${quote.text}`),
        ...event.people.map((slug) => people.get(slug)?.name.value),
      ),
    }
  })

  // An article is "from" an outlet when it names it as its publication, or when it is what a
  // timeline event cites for that outlet's report: so an outlet's name finds the articles too.
  // Both relations are indexed once; per source they are lookups, however large the content.
  const reportingOutlets = new Map<string, Set<string>>()
  for (const event of content.timeline) {
    if (!event.outlet) continue
    for (const sourceId of event.outlet.sources) {
      const slugs = reportingOutlets.get(sourceId) ?? new Set<string>()
      slugs.add(event.outlet.value)
      reportingOutlets.set(sourceId, slugs)
    }
  }
  const outletsByName = new Map<string, Set<string>>()
  for (const outlet of content.outlets) {
    for (const { value } of namesOf(outlet)) {
      const slugs = outletsByName.get(value.toLowerCase()) ?? new Set<string>()
      slugs.add(outlet.slug)
      outletsByName.set(value.toLowerCase(), slugs)
    }
  }
  const outletsOfSource = (sourceId: string, printedOutlet: string | null): Outlet[] => {
    const named =
      printedOutlet === null ? undefined : outletsByName.get(printedOutlet.toLowerCase())
    const reporting = reportingOutlets.get(sourceId)
    return content.outlets.filter(
      (outlet) => named?.has(outlet.slug) === true || reporting?.has(outlet.slug) === true,
    )
  }

  const sourceEntries = content.sources.map((source): SearchEntry => ({
    type: 'source',
    slug: source.id,
    path: paths.source(source.id),
    title: source.label,
    subtitle: source.outlet ?? 'News article',
    ...(source.published ? { date: source.published } : {}),
    names: outletsOfSource(source.id, source.outlet).flatMap(outletNames),
    texts: plain(source.label, source.headline ?? undefined, source.publishedNote),
  }))

  const originEntries = content.origins.map((origin): SearchEntry => {
    const author = people.get(origin.author)
    const collaborators = origin.formats.flatMap((format) =>
      format.collaborators.map((entry) => people.get(entry.value)?.name.value),
    )
    return {
      type: 'origin',
      slug: origin.slug,
      path: paths.origin(),
      title: origin.title.value,
      subtitle: author ? `Web novel and webtoon by ${author.name.value}` : 'Web novel and webtoon',
      names: [
        { value: origin.title.value, kind: 'name' },
        ...(author ? namesOf(author).map(({ value }) => ({ value, kind: 'author' as const })) : []),
      ],
      texts: [
        ...plain(
          'Web novel',
          'Webtoon',
          ...origin.formats.map((format) => format.platform?.value),
          ...collaborators,
          ...origin.dramaBasedOn.map((entry) => entry.note ?? undefined),
        ),
        ...plot(origin.seasonOneAdapted),
        ...plot(origin.notYetAdapted),
      ],
    }
  })

  return [
    ...characterEntries,
    ...personEntries,
    ...eventEntries,
    ...sourceEntries,
    ...originEntries,
  ]
}
