/**
 * The body of the search index URL: one entry per page (the series, each character and person, the
 * origin), per timeline event and per source, with every name the articles use for it and the texts
 * its page shows, the facts' notes included. Text from a plot fact goes to a document of its own
 * (searchPlot) with its spoiler marker: the client fetches and indexes it only once the reader has
 * revealed it.
 */
import type { LedgerEventBody } from './api-contract.ts'
import type { SearchEntry, SearchIndexResponse, SearchPlotResponse } from './search-contract.ts'
import type { Content } from './collections.ts'
import { crewJobLabels } from './labels.ts'
import type { Person, Series } from './schemas.ts'
import { eventEntries } from './search-event-entries.ts'
import { allSpellings, namesOf, notesOf, plain, plot } from './search-entry-parts.ts'
import { sourceEntries } from './search-source-entries.ts'
import { searchVocabulary } from './search-vocabulary.ts'
import { paths } from '../config/paths.ts'

/**
 * The index without plot, and the plot texts of each entry that has any. The events come as the
 * timeline document serves them, so their entries carry what the rumor ledger derived.
 */
export function createSearchIndex(
  content: Content,
  events: readonly LedgerEventBody[],
): { index: SearchIndexResponse; plot: SearchPlotResponse } {
  const entries = searchEntries(content, events)
  return {
    index: {
      entries: entries.map((entry) => ({
        ...entry,
        texts: entry.texts.filter((text) => text.spoiler === undefined),
      })),
      vocabulary: searchVocabulary,
    },
    plot: {
      entries: entries.flatMap(({ type, slug, texts }) => {
        const marked = texts.flatMap(({ text, spoiler }) => (spoiler ? [{ text, spoiler }] : []))
        return marked.length > 0 ? [{ type, slug, texts: marked }] : []
      }),
    },
  }
}

function searchEntries(content: Content, events: readonly LedgerEventBody[]): SearchEntry[] {
  const characters = new Map(content.characters.map((character) => [character.slug, character]))
  const people = new Map(content.people.map((person) => [person.slug, person]))
  const characterName = (slug: string) => characters.get(slug)?.name.value ?? slug
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
          ...notesOf(
            character.name,
            ...character.nameVariants,
            ...character.occupation,
            ...character.affiliation,
          ),
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
        ...notesOf(
          person.name,
          ...person.nameVariants,
          person.honorific,
          ...(person.profession ?? []),
          ...person.roles.flatMap((role) => role.character),
          ...person.crewJobs,
          ...person.awards,
        ),
      ),
    }
  })

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
          ...notesOf(
            origin.title,
            ...origin.formats.flatMap((format) => [
              ...format.format,
              format.platform,
              format.year,
              ...format.collaborators,
            ]),
            ...origin.dramaBasedOn,
          ),
        ),
        ...plot(origin.seasonOneAdapted),
        ...plot(origin.notYetAdapted),
      ],
    }
  })

  return [
    ...content.series.map((series) => seriesEntry(series, people)),
    ...characterEntries,
    ...personEntries,
    ...eventEntries(events, content),
    ...sourceEntries(content),
    ...originEntries,
  ]
}

/** The show itself, whose page is the home page: what it is, where and when it came out, how it did. */
function seriesEntry(series: Series, people: ReadonlyMap<string, Person>): SearchEntry {
  const [platform] = series.platform
  const [episodeCount] = series.episodeCount
  const [premiere] = series.premiere
  const crew = [
    ...series.director.map((entry) => ({ job: crewJobLabels.director, entry })),
    ...series.screenwriter.map((entry) => ({ job: crewJobLabels.screenwriter, entry })),
  ]
  const figures = series.viewership.flatMap((figure) => figure.values)
  return {
    type: 'series',
    slug: series.slug,
    path: paths.home(),
    title: series.title.value,
    subtitle: [platform?.value, episodeCount && `${episodeCount.value} episodes`]
      .filter((part) => part !== undefined)
      .join(', '),
    ...(premiere ? { date: premiere.value } : {}),
    names: [
      { value: series.title.value, kind: 'name' },
      ...series.alternativeTitles.map((title) => ({
        value: title.value,
        kind: 'alternative-title' as const,
      })),
    ],
    texts: plain(
      ...series.description.map((entry) => entry.value),
      ...series.platform.map((entry) => entry.value),
      ...crew.map(
        ({ job, entry }) => `${job}: ${people.get(entry.value)?.name.value ?? entry.value}`,
      ),
      ...series.viewership.map((figure) => figure.topic),
      ...figures.flatMap(({ value }) => [value.text, value.chart]),
      ...series.awards.map((award) => `${award.ceremony}: ${award.category}`),
      ...notesOf(
        series.title,
        ...series.alternativeTitles,
        ...series.description,
        ...series.premiere,
        ...series.platform,
        ...series.episodeCount,
        ...crew.map(({ entry }) => entry),
        ...figures,
        ...series.awards,
      ),
    ),
  }
}
