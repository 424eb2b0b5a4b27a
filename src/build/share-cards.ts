/**
 * What each page's share image says: its title (the same as the page's <title> starts with; the
 * build checks this after rendering), its section, and one key fact read from the page's own
 * contract document, e.g. the renewal status on the home page. share-images.ts draws it.
 */
import type {
  CharacterListResponse,
  CharacterResponse,
  DisagreementsResponse,
  OriginResponse,
  PersonListResponse,
  PersonResponse,
  RenewalStatusResponse,
  SeriesResponse,
  SourceListResponse,
  SourceResponse,
  TimelineResponse,
} from '../content/api-contract.ts'
import type { OutletResponse } from '../content/outlet-contract.ts'
import { apiPaths } from '../content/api-paths.ts'
import { crewJobLabels, ledgerStatusLabels } from '../content/labels.ts'
import type { PageModule, ReadDocument } from '../app/route-table.ts'
import { formatPartialDate } from '../lib/format-date.ts'
import { joinWords } from '../lib/english.ts'
import {
  isSameTimelinePage,
  readTimelinePage,
  timelinePageTitle,
} from '../content/timeline-pages.ts'

export type ShareCard = {
  /** The page's title, as its <title> begins. */
  title: string
  /** The wiki section the page belongs to. */
  section: string
  /** One line the page is about: a status, an occupation, a credit, a count. */
  fact: string
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

async function homeCard(read: ReadDocument): Promise<ShareCard> {
  const series = await read<SeriesResponse>(apiPaths.series())
  const { current } = await read<RenewalStatusResponse>(apiPaths.renewalStatus())
  const status = current?.claim.ledger.statuses.map(({ status }) => ledgerStatusLabels[status])
  const asOf = current?.answer?.date ?? current?.event.date
  return {
    title: series.series.title.value,
    section: 'Home',
    fact:
      status === undefined || asOf === undefined
        ? 'No renewal claim yet'
        : `Renewal: ${status.join(' or ')} as of ${formatPartialDate(asOf)}`,
  }
}

async function personFact(read: ReadDocument, slug: string): Promise<ShareCard> {
  const { person, characters } = await read<PersonResponse>(apiPaths.person(slug))
  const names = new Map(characters.map((character) => [character.slug, character.name]))
  const credits = [
    ...person.roles.map(
      (role) =>
        `Plays ${role.character.map((claim) => names.get(claim.value) ?? claim.value).join(' or ')}`,
    ),
    ...person.crewJobs.map((job) => crewJobLabels[job.value]),
  ]
  return {
    title: person.name.value,
    section: 'Cast & crew',
    fact: credits.length > 0 ? joinWords(credits) : 'Named in the articles',
  }
}

/** A timeline page's card: its year (and page), and how many events it holds over which dates. */
async function timelinePageCard(
  read: ReadDocument,
  params: Readonly<Record<string, string | undefined>>,
): Promise<ShareCard> {
  const at = readTimelinePage(params.year ?? '', params.page)
  const { pages } = await read<TimelineResponse>(apiPaths.timeline())
  const page = at && pages.find((candidate) => isSameTimelinePage(candidate, at))
  if (!page) throw new Error(`no timeline page ${params.year ?? ''} ${params.page ?? ''}`)
  // As the page's lede says it: the range bounds the dates, so no "by" or "from".
  const from = formatPartialDate({ ...page.from, qualifier: 'on' })
  const to = formatPartialDate({ ...page.to, qualifier: 'on' })
  return {
    title: timelinePageTitle(page),
    section: 'Rumor timeline',
    fact: `${count(page.count, 'event')}, ${from === to ? from : `${from} to ${to}`}`,
  }
}

/** The card for one address of `module`; `params` are the address's slug, id or year and page. */
export async function shareCardFor(
  module: PageModule,
  params: Readonly<Record<string, string | undefined>>,
  read: ReadDocument,
): Promise<ShareCard> {
  const slug = Object.values(params)[0] ?? ''
  switch (module) {
    case 'home':
      return homeCard(read)
    case 'characters': {
      const { characters } = await read<CharacterListResponse>(apiPaths.characterList())
      return {
        title: 'Characters',
        section: 'Characters',
        fact: count(characters.length, 'character'),
      }
    }
    case 'character': {
      const { character } = await read<CharacterResponse>(apiPaths.character(slug))
      const occupation = character.occupation.map((entry) => entry.value).join(' or ')
      return { title: character.name.value, section: 'Characters', fact: occupation }
    }
    case 'people': {
      const { people } = await read<PersonListResponse>(apiPaths.personList())
      const cast = people.filter((person) => person.roles.length > 0).length
      const crew = people.filter((person) => person.crewJobs.length > 0).length
      return {
        title: 'Cast & crew',
        section: 'Cast & crew',
        fact: `${count(cast, 'actor')} and ${count(crew, 'person', 'people')} behind the camera`,
      }
    }
    case 'person':
      return personFact(read, slug)
    case 'origin': {
      const { origin, author } = await read<OriginResponse>(apiPaths.origin())
      return {
        title: origin.title.value,
        section: 'Origin',
        fact: `The web novel and webtoon by ${author.name.value}`,
      }
    }
    case 'timeline': {
      if (params.year !== undefined) return timelinePageCard(read, params)
      const { events } = await read<TimelineResponse>(apiPaths.timeline())
      const newest = events
        .filter((event) => event.kind === 'report')
        .map((event) => event.date)
        .sort((a, b) => b.value.localeCompare(a.value))[0]
      return {
        title: 'Rumor timeline',
        section: 'Rumor timeline',
        fact: newest
          ? `Newest report: ${formatPartialDate(newest)}`
          : count(events.length, 'event'),
      }
    }
    case 'sources': {
      const { sources } = await read<SourceListResponse>(apiPaths.sourceList())
      return {
        title: 'Sources',
        section: 'Sources',
        fact: `${count(sources.length, 'article')} cited`,
      }
    }
    case 'source': {
      const { source, citedBy } = await read<SourceResponse>(apiPaths.source(slug))
      const date = source.published ? formatPartialDate(source.published) : 'undated'
      return {
        title: source.headline ?? source.label,
        section: 'Sources',
        fact: `${source.outlet ?? 'Outlet not named'}, ${date}; cited on ${count(citedBy.length, 'page')}`,
      }
    }
    case 'outlet': {
      const { outlet, claims } = await read<OutletResponse>(apiPaths.outlet(slug))
      return {
        title: outlet.name.value,
        section: 'Sources',
        fact: `${count(claims.length, 'claim')} about the show in the rumor timeline`,
      }
    }
    case 'disagreements': {
      const { disagreements } = await read<DisagreementsResponse>(apiPaths.disagreements())
      return {
        title: 'Where the sources disagree',
        section: 'Sources',
        fact: `${count(disagreements.length, 'point')} on which the articles differ`,
      }
    }
  }
}
