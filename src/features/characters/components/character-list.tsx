import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { AttestedValue } from '@/components/attested-value'
import { EmptyListState } from '@/components/empty-state'
import { ReferenceList, ReferenceProvider } from '@/components/references'
import { Monogram } from '@/components/monogram'
import { PageHead } from '@/components/page-head'
import { ListSection } from '@/components/titled-section'
import type { CharacterListResponse } from '@/content/api-contract'
import type { CharacterGroup } from '@/content/schemas'
import { characterQueries } from '../api/character-queries'
import { PortrayalCredit } from './portrayal-credit'
import { paths } from '@/config/paths'
import { PageFooter } from '@/components/page-footer'
import { fixtureFiles } from '@/config/fixture-files'

const groups: { group: CharacterGroup; heading: string }[] = [
  { group: 'trauma-team', heading: 'The trauma team' },
  { group: 'hospital', heading: 'Doctors and hospital leadership' },
  { group: 'government', heading: 'Government' },
  { group: 'other', heading: 'Workplace not given' },
]

type ListedCharacter = CharacterListResponse['characters'][number]

function PortrayedBy({
  character,
  peopleBySlug,
  charactersBySlug,
}: {
  character: ListedCharacter
  peopleBySlug: Map<string, string>
  charactersBySlug: Map<string, string>
}) {
  if (character.portrayedBy.length === 0) return <>Actor not named in the articles</>
  return (
    <>
      {character.portrayedBy.map((portrayal, position) => (
        <span key={portrayal.person}>
          {position > 0 ? ', ' : null}
          Played by{' '}
          <PortrayalCredit
            portrayal={portrayal}
            actor={peopleBySlug.get(portrayal.person) ?? portrayal.person}
            layout="aside"
            citations="disputes once"
            renderCharacter={(slug) => charactersBySlug.get(slug) ?? slug}
          />
        </span>
      ))}
    </>
  )
}

export function CharacterList() {
  const { data } = useSuspenseQuery(characterQueries.list())
  const peopleBySlug = new Map(data.people.map((person) => [person.slug, person.name]))
  const charactersBySlug = new Map(
    data.characters.map((character) => [character.slug, character.name.value]),
  )

  return (
    <ReferenceProvider sources={data.sources}>
      <PageHead
        title="Characters"
        description="Every named character in The Trauma Code: Heroes on Call, with who plays them, each fact cited to its article."
      />
      <h1>Characters</h1>
      <p className="lede">
        {data.characters.length} characters named in the articles, grouped by where they work. Each
        card&rsquo;s facts are cited on the character&rsquo;s page; here, markers show only where
        the articles disagree.
      </p>
      <EmptyListState list={data.characters} title="No characters yet">
        The articles name no characters so far.
      </EmptyListState>
      {groups.map(({ group, heading }) => (
        <ListSection
          key={group}
          title={heading}
          items={data.characters.filter((character) => character.group === group)}
          className="character-group"
          listClassName="card-list"
        >
          {(character) => (
            <li key={character.slug} className="card">
              <h3 className="card-title">
                <Monogram name={character.name.value} tone={character.group} />
                <Link to={paths.character(character.slug)}>{character.name.value}</Link>
              </h3>
              <p className="card-line">
                <AttestedValue
                  values={character.occupation}
                  render={(value) => value}
                  citations="disputes once"
                />
              </p>
              <p className="card-line card-muted">
                <PortrayedBy
                  character={character}
                  peopleBySlug={peopleBySlug}
                  charactersBySlug={charactersBySlug}
                />
              </p>
            </li>
          )}
        </ListSection>
      ))}
      <ReferenceList />
      <PageFooter
        sources={data.sources}
        files={[fixtureFiles.collection('characters'), fixtureFiles.collection('people')]}
        title="Characters"
      />
    </ReferenceProvider>
  )
}
