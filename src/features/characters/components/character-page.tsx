import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { AttestedValue } from '@/components/attested-value'
import { Breadcrumb } from '@/components/breadcrumb'
import { EntityTitle } from '@/components/entity-title'
import { NameVariantList } from '@/components/name-variant-list'
import { Cite } from '@/components/cite'
import { ReferenceList, ReferenceProvider } from '@/components/references'
import { HiddenPlotNote } from '@/components/hidden-plot-note'
import { Infobox, InfoboxRow } from '@/components/infobox'
import { PageHead } from '@/components/page-head'
import type { CharacterResponse } from '@/content/api-contract'
import { PlotParagraphs } from '@/components/plot-paragraphs'
import { TitledSection } from '@/components/titled-section'
import { usePlotLists } from '@/lib/plot'
import { characterQueries } from '../api/character-queries'
import { PortrayalCredit } from './portrayal-credit'
import { paths } from '@/config/paths'
import '../characters.css'
import { PageFooter } from '@/components/page-footer'
import { fixtureFiles } from '@/config/fixture-files'

type Character = CharacterResponse['character']

/** A fact's note after its citations, e.g. what else its article says. */
function FactNote({ note }: { note?: string | undefined }) {
  return note ? <span className="fact-note"> ({note})</span> : null
}

function PlayedBy({ character, names }: { character: Character; names: Map<string, string> }) {
  if (character.portrayedBy.length === 0) return <>Not named in the articles</>
  return (
    <ul className="plain-list">
      {character.portrayedBy.map((portrayal) => (
        <li key={portrayal.person}>
          <PortrayalCredit
            portrayal={portrayal}
            actor={
              <Link to={paths.person(portrayal.person)}>
                {names.get(`person:${portrayal.person}`) ?? portrayal.person}
              </Link>
            }
            layout="block"
            renderCharacter={(slug) => (
              <Link to={paths.character(slug)}>{names.get(`character:${slug}`) ?? slug}</Link>
            )}
          />
        </li>
      ))}
    </ul>
  )
}

export function CharacterPage({ slug }: { slug: string }) {
  const { data } = useSuspenseQuery(characterQueries.detail(slug))
  const { character } = data
  const names = new Map([
    ...data.people.map((person) => [`person:${person.slug}`, person.name] as const),
    ...data.characters.map((other) => [`character:${other.slug}`, other.name] as const),
  ])
  const occupations = character.occupation.map((entry) => entry.value).join(' or ')
  const plot = usePlotLists(characterQueries.plot(slug), character, ['summary', 'relationships'])

  return (
    <ReferenceProvider sources={data.sources}>
      <PageHead
        title={character.name.value}
        section="Characters"
        description={`${character.name.value}, ${occupations.toLowerCase()} in The Trauma Code: Heroes on Call. Every fact cited to its news article.`}
      />
      <Breadcrumb
        section={{ label: 'Characters', path: paths.characters() }}
        current={character.name.value}
      />
      <article className="entity" aria-labelledby="entity-name">
        <EntityTitle name={character.name.value} tone={character.group} image={character.image}>
          <h1 id="entity-name">{character.name.value}</h1>
        </EntityTitle>
        <Infobox beside>
          <InfoboxRow label="Name">
            {character.name.value}
            <Cite of={character.name} />
          </InfoboxRow>
          <InfoboxRow label="Occupation">
            <AttestedValue
              values={character.occupation}
              render={(value) => value}
              note={FactNote}
            />
          </InfoboxRow>
          {character.background ? (
            <InfoboxRow label="Background">
              <AttestedValue
                values={character.background}
                render={(value) => value}
                layout="list"
              />
            </InfoboxRow>
          ) : null}
          {character.affiliation.length > 0 ? (
            <InfoboxRow label="Works at">
              <AttestedValue values={character.affiliation} render={(value) => value} />
            </InfoboxRow>
          ) : null}
          <InfoboxRow label="Played by">
            <PlayedBy character={character} names={names} />
          </InfoboxRow>
          {character.nameVariants.length > 0 ? (
            <InfoboxRow label="Also written">
              <NameVariantList
                variants={character.nameVariants}
                className="plain-list"
                kindClassName="muted"
              />
            </InfoboxRow>
          ) : null}
        </Infobox>

        <TitledSection title="Summary">
          <PlotParagraphs shown={plot.summary.shown} hidden={plot.summary.hidden} />
        </TitledSection>

        {character.relationships.length > 0 ? (
          <TitledSection title="Relationships">
            {plot.relationships.shown.length > 0 ? (
              <ul className="relationship-list">
                {plot.relationships.shown.map((relationship) => (
                  <li key={relationship.character}>
                    <Link to={paths.character(relationship.character)}>
                      {names.get(`character:${relationship.character}`) ?? relationship.character}
                    </Link>
                    : {relationship.description}
                    <Cite of={relationship} />
                  </li>
                ))}
              </ul>
            ) : null}
            <HiddenPlotNote hidden={plot.relationships.hidden} />
          </TitledSection>
        ) : null}
      </article>
      <ReferenceList />
      <PageFooter
        sources={data.sources}
        files={[fixtureFiles.character(character.slug)]}
        title={character.name.value}
      />
    </ReferenceProvider>
  )
}
