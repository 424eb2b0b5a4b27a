import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { AttestedValue } from '@/components/attested-value'
import { Breadcrumb } from '@/components/breadcrumb'
import { EntityTitle } from '@/components/entity-title'
import { NameVariantList } from '@/components/name-variant-list'
import { Cite } from '@/components/cite'
import { ReferenceList, ReferenceProvider } from '@/components/references'
import { HiddenPlotNote } from '@/components/hidden-plot-note'
import { Infobox, InfoboxCitationsRow, InfoboxRow } from '@/components/infobox'
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
import { showTitle } from '@/config/show'
import { joinWords } from '@/lib/english'
import { isAgreed } from '@/content/variants'

type Character = CharacterResponse['character']
type Names = Map<string, string>

/** The parts no other article disputes: the opening paragraph names and cites these. */
function undisputedPortrayals(character: Character) {
  return character.portrayedBy.filter((portrayal) => portrayal.alternatives.length === 0)
}

/**
 * The opening sentence, as a Wikipedia article's first: the name with its other spellings, who
 * plays the part and the show.
 */
function openingSentence(character: Character, names: Names): string {
  const variants = character.nameVariants.map((variant) => variant.value)
  const actors = undisputedPortrayals(character).map(
    (portrayal) => names.get(`person:${portrayal.person}`) ?? portrayal.person,
  )
  return [
    character.name.value,
    variants.length > 0 ? ` (also written ${joinWords(variants, 'or')})` : '',
    actors.length > 0 ? `, played by ${joinWords(actors)},` : '',
    ` is a character in ${showTitle} (2025).`,
  ].join('')
}

/** A fact's note after its citations, e.g. what else its article says. */
function FactNote({ note }: { note?: string | undefined }) {
  return note ? <span className="fact-note"> ({note})</span> : null
}

function PlayedBy({ character, names }: { character: Character; names: Names }) {
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
            citations="disputes"
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
  // The first sentence of the summary ends the opening paragraph, under its one marker.
  const [opening, ...rest] = plot.summary.shown

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
          <InfoboxRow label="Name">{character.name.value}</InfoboxRow>
          <InfoboxRow label="Occupation">
            <AttestedValue
              values={character.occupation}
              render={(value) => value}
              note={FactNote}
              citations="disputes"
            />
          </InfoboxRow>
          {character.background ? (
            <InfoboxRow label="Background">
              <AttestedValue
                values={character.background}
                render={(value) => value}
                layout="list"
                citations="disputes"
              />
            </InfoboxRow>
          ) : null}
          {character.affiliation.length > 0 ? (
            <InfoboxRow label="Works at">
              <AttestedValue
                values={character.affiliation}
                render={(value) => value}
                citations="disputes"
              />
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
                cited={false}
              />
            </InfoboxRow>
          ) : null}
          <InfoboxCitationsRow />
        </Infobox>

        <p className="entity-opening">
          {openingSentence(character, names)}
          {opening ? ` ${opening.value}` : null}
          <Cite
            of={[
              character.name,
              ...character.nameVariants,
              ...undisputedPortrayals(character),
              ...[character.occupation, character.background ?? [], character.affiliation].flatMap(
                (values) => (isAgreed(values) ? values : []),
              ),
              ...(opening ? [opening] : []),
            ]}
          />
        </p>
        {rest.length > 0 || plot.summary.hidden.length > 0 ? (
          <TitledSection title="Summary">
            <PlotParagraphs shown={rest} hidden={plot.summary.hidden} />
          </TitledSection>
        ) : null}

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
