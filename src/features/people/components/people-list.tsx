import { useSuspenseQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { AttestedValue } from '@/components/attested-value'
import { EmptyListState } from '@/components/empty-state'
import { NameVariantList } from '@/components/name-variant-list'
import { ReferenceList, ReferenceProvider } from '@/components/references'
import { Monogram } from '@/components/monogram'
import { PageHead } from '@/components/page-head'
import { ListSection } from '@/components/titled-section'
import type { PersonListResponse } from '@/content/api-contract'
import { crewJobLabels } from '@/content/labels'
import type { Attested } from '@/content/fact-schemas'
import { peopleQueries } from '../api/people-queries'
import { CharacterLink } from './character-link'
import '../people.css'
import { paths } from '@/config/paths'
import { PageFooter } from '@/components/page-footer'
import { fixtureFiles } from '@/config/fixture-files'

/** One part: the character with its citations, or every character the articles name for it. */
function RoleValue({
  character,
  charactersBySlug,
}: {
  character: Attested<string>
  charactersBySlug: ReadonlyMap<string, string>
}) {
  return (
    <AttestedValue
      values={character}
      render={(slug) => <CharacterLink slug={slug} charactersBySlug={charactersBySlug} />}
      citations="disputes once"
    />
  )
}

type ListedPerson = PersonListResponse['people'][number]

function PersonCard({ person, children }: { person: ListedPerson; children: ReactNode }) {
  return (
    <li className="card">
      <h3 className="card-title">
        <Monogram name={person.name.value} tone={person.roles.length > 0 ? 'cast' : 'crew'} />
        <Link to={paths.person(person.slug)}>{person.name.value}</Link>
      </h3>
      {children}
      {person.nameVariants.length > 0 ? (
        <p className="card-line card-muted">
          Also known as <NameVariantList variants={person.nameVariants} inline cited={false} />
        </p>
      ) : null}
    </li>
  )
}

/** The cast or the crew: a card for each person, with what `credits` says they did on the show. */
function PeopleGroup({
  title,
  people,
  children: credits,
}: {
  title: string
  people: ListedPerson[]
  children: (person: ListedPerson) => ReactNode
}) {
  return (
    <ListSection title={title} items={people} className="people-group" listClassName="card-list">
      {(person) => (
        <PersonCard key={person.slug} person={person}>
          {credits(person)}
        </PersonCard>
      )}
    </ListSection>
  )
}

export function PeopleList() {
  const { data } = useSuspenseQuery(peopleQueries.list())
  const charactersBySlug = new Map(
    data.characters.map((character) => [character.slug, character.name]),
  )
  const cast = data.people.filter((person) => person.roles.length > 0)
  const crew = data.people.filter((person) => person.crewJobs.length > 0)

  return (
    <ReferenceProvider sources={data.sources}>
      <PageHead
        title="Cast & crew"
        description="Who plays whom in The Trauma Code: Heroes on Call, and who directed it, wrote it and wrote the story it is based on, each credit cited to its article."
      />
      <h1>Cast & crew</h1>
      <p className="lede">
        The {cast.length} actors named in the articles, and the {crew.length} people behind the
        camera and the original story. Each card&rsquo;s facts are cited on the person&rsquo;s page;
        here, markers show only where the articles disagree about a part, with both versions.
      </p>
      <EmptyListState list={[...cast, ...crew]} title="No cast or crew yet">
        The articles name nobody so far.
      </EmptyListState>
      <PeopleGroup title="Cast" people={cast}>
        {(person) =>
          person.roles.map((role, position) => (
            <p key={position} className="card-line">
              Plays <RoleValue character={role.character} charactersBySlug={charactersBySlug} />
            </p>
          ))
        }
      </PeopleGroup>
      <PeopleGroup title="Crew" people={crew}>
        {(person) => (
          <ul className="people-jobs">
            {person.crewJobs.map((job) => (
              <li key={job.value} className="card-line">
                {crewJobLabels[job.value]}
              </li>
            ))}
          </ul>
        )}
      </PeopleGroup>
      <ReferenceList />
      <PageFooter
        sources={data.sources}
        files={[fixtureFiles.collection('people')]}
        title="Cast & crew"
      />
    </ReferenceProvider>
  )
}
