/**
 * Turns validated content into the body of every URL in the contract. MSW handlers and the
 * production build both call this, so development, tests and production serve identical data.
 */
import {
  type CharacterBody,
  type CharacterPlotResponse,
  type OriginPlotResponse,
  type EntityReference,
  type Portrayal,
  type SourceBody,
  apiRoutes,
} from './api-contract.ts'
import type { Content } from './collections.ts'
import { collectDisagreements } from './disagreements.ts'
import { createLedgerDocuments } from './ledger-documents.ts'
import { createSearchIndex } from './search-documents.ts'
import { splitPlot } from './plot-split.ts'
import { outletRecords, trackSummary } from './outlet-records.ts'
import { sourceAsOf } from './source-dates.ts'
import type { Character, Person } from './schemas.ts'
import { citedSourceIds } from './citations.ts'
import { citingPages } from './citing-pages.ts'

type Named = { slug: string; name: { value: string } }

function toReference(entity: Named): EntityReference {
  return { slug: entity.slug, name: entity.name.value }
}

function withoutSchemaPointer<T extends { $schema: string }>(entity: T): Omit<T, '$schema'> {
  const { $schema: _pointer, ...body } = entity
  return body
}

function portrayalsOf(character: Character, people: readonly Person[]): Portrayal[] {
  return people.flatMap((person) =>
    person.roles.flatMap((role) =>
      role.character
        .filter((claim) => claim.value === character.slug)
        .map((claim) => ({
          person: person.slug,
          sources: claim.sources,
          ...(claim.evidence === undefined ? {} : { evidence: claim.evidence }),
          ...(claim.note === undefined ? {} : { note: claim.note }),
          alternatives: role.character.filter((other) => other.value !== character.slug),
        })),
    ),
  )
}

export function createApiDocuments(content: Content): Map<string, unknown> {
  const documents = new Map<string, unknown>()
  // Every document lists its articles in the order they were saved, oldest seed first; a page
  // numbers them in the order it cites them (decision 034).
  const sourceBodies: SourceBody[] = [...content.sources]
    .sort((a, b) => a.seedFile.localeCompare(b.seedFile))
    .map((source) => ({
      ...withoutSchemaPointer(source),
      asOf: sourceAsOf(source, content.timeline),
    }))
  const [series] = content.series
  const [origin] = content.origins
  if (!series || !origin) throw new Error('content needs one series and one origin')

  function sourcesCitedBy(...values: unknown[]): SourceBody[] {
    const ids = citedSourceIds(values)
    return sourceBodies.filter((source) => ids.has(source.id))
  }
  function peopleNamed(slugs: Iterable<string>): EntityReference[] {
    const wanted = new Set(slugs)
    return content.people.filter((person) => wanted.has(person.slug)).map(toReference)
  }
  function charactersNamed(slugs: Iterable<string>): EntityReference[] {
    const wanted = new Set(slugs)
    return content.characters.filter((character) => wanted.has(character.slug)).map(toReference)
  }

  const characterBodies: CharacterBody[] = []
  for (const character of content.characters) {
    const summary = splitPlot(character.summary)
    const relationships = splitPlot(character.relationships)
    characterBodies.push({
      ...withoutSchemaPointer(character),
      summary: summary.open,
      relationships: relationships.open,
      portrayedBy: portrayalsOf(character, content.people),
    })
    documents.set(apiRoutes.characterPlot.path(character.slug), {
      summary: summary.plot,
      relationships: relationships.plot,
    } satisfies CharacterPlotResponse)
  }

  documents.set(apiRoutes.characterList.path(), {
    characters: characterBodies.map(
      ({ slug, name, nameVariants, group, occupation, portrayedBy }) => ({
        slug,
        name,
        nameVariants,
        group,
        occupation,
        portrayedBy,
      }),
    ),
    people: peopleNamed(characterBodies.flatMap((body) => body.portrayedBy.map((p) => p.person))),
    sources: sourcesCitedBy(
      characterBodies.map(({ name, nameVariants, occupation, portrayedBy }) => [
        name,
        nameVariants,
        occupation,
        portrayedBy,
      ]),
    ),
  })

  content.characters.forEach((fixture, position) => {
    const character = characterBodies[position]
    if (!character) return
    // From the fixture, plot included: a plot marker shown later finds its article here, and the
    // numbers already given stay put (decision 034).
    documents.set(apiRoutes.character.path(character.slug), {
      character,
      characters: charactersNamed([
        ...fixture.relationships.map((relationship) => relationship.character),
        ...character.portrayedBy.flatMap((p) =>
          p.alternatives.map((alternative) => alternative.value),
        ),
      ]),
      people: peopleNamed(character.portrayedBy.map((p) => p.person)),
      sources: sourcesCitedBy(fixture),
    })
  })

  const personBodies = content.people.map((person) => withoutSchemaPointer(person))
  const roleSlugs = (person: Person | Omit<Person, '$schema'>) =>
    person.roles.flatMap((role) => role.character.map((claim) => claim.value))

  documents.set(apiRoutes.personList.path(), {
    people: personBodies.map(({ slug, name, nameVariants, roles, crewJobs }) => ({
      slug,
      name,
      nameVariants,
      roles,
      crewJobs,
    })),
    characters: charactersNamed(personBodies.flatMap(roleSlugs)),
    sources: sourcesCitedBy(
      personBodies.map(({ name, nameVariants, roles, crewJobs }) => [
        name,
        nameVariants,
        roles,
        crewJobs,
      ]),
    ),
  })

  const eventBodies = content.timeline
    .map((event) => withoutSchemaPointer(event))
    .sort((a, b) => a.date.value.localeCompare(b.date.value) || a.slug.localeCompare(b.slug))

  for (const person of personBodies) {
    const statements = eventBodies.filter((event) => event.people.includes(person.slug))
    documents.set(apiRoutes.person.path(person.slug), {
      person,
      statements,
      characters: charactersNamed(roleSlugs(person)),
      sources: sourcesCitedBy(person, statements),
    })
  }

  const seriesBody = withoutSchemaPointer(series)
  const personAwards = personBodies.flatMap((person) =>
    person.awards.map((award) => ({ person: person.slug, award })),
  )
  documents.set(apiRoutes.series.path(), {
    series: seriesBody,
    origin: { slug: origin.slug, name: origin.title.value },
    people: peopleNamed([
      ...seriesBody.director.map((entry) => entry.value),
      ...seriesBody.screenwriter.map((entry) => entry.value),
      ...personAwards.map((entry) => entry.person),
    ]),
    personAwards,
    sources: sourcesCitedBy(seriesBody, personAwards),
  })

  const seasonOneAdapted = splitPlot(origin.seasonOneAdapted)
  const notYetAdapted = splitPlot(origin.notYetAdapted)
  const originBody = {
    ...withoutSchemaPointer(origin),
    seasonOneAdapted: seasonOneAdapted.open,
    notYetAdapted: notYetAdapted.open,
  }
  documents.set(apiRoutes.originPlot.path(), {
    seasonOneAdapted: seasonOneAdapted.plot,
    notYetAdapted: notYetAdapted.plot,
  } satisfies OriginPlotResponse)
  const author = personBodies.find((person) => person.slug === originBody.author)
  if (!author) throw new Error(`origin author ${originBody.author} is not a person`)
  documents.set(apiRoutes.origin.path(), {
    origin: originBody,
    author,
    people: peopleNamed([
      author.slug,
      ...originBody.formats.flatMap((format) => format.collaborators.map((entry) => entry.value)),
    ]),
    sources: sourcesCitedBy(origin, author.name, author.nameVariants, author.profession),
  })

  const outletBodies = content.outlets.map((outlet) => withoutSchemaPointer(outlet))
  const ledger = createLedgerDocuments(eventBodies, sourcesCitedBy)
  documents.set(apiRoutes.renewalStatus.path(), ledger.renewalStatus)
  documents.set(apiRoutes.timeline.path(), {
    events: ledger.events,
    pages: ledger.pages,
    outlets: outletBodies,
    people: peopleNamed(eventBodies.flatMap((event) => event.people)),
    sources: sourcesCitedBy(eventBodies, content.outlets),
  })

  const pages = citingPages(content, ledger.events)
  const sourcesWithCitations = sourceBodies.map((source) => ({
    ...source,
    citedBy: pages.filter(({ cites }) => cites.has(source.id)).map(({ page }) => page),
  }))
  const records = outletRecords(outletBodies, ledger.events)
  for (const record of records) {
    documents.set(apiRoutes.outlet.path(record.outlet.slug), {
      ...record,
      sources: sourcesCitedBy(record.outlet, record.claims),
    })
  }
  documents.set(apiRoutes.sourceList.path(), {
    sources: sourcesWithCitations,
    outlets: records.map(trackSummary),
  })
  for (const { citedBy, ...source } of sourcesWithCitations) {
    documents.set(apiRoutes.source.path(source.id), { source, citedBy })
  }

  const search = createSearchIndex(content, ledger.events)
  documents.set(apiRoutes.searchIndex.path(), search.index)
  documents.set(apiRoutes.searchPlot.path(), search.plot)

  const disagreements = collectDisagreements(content)
  documents.set(apiRoutes.disagreements.path(), {
    disagreements,
    sources: sourcesCitedBy(disagreements.map((entry) => entry.values)),
  })

  return documents
}
