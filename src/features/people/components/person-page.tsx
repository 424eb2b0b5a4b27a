import { useSuspenseQuery } from '@tanstack/react-query'
import { AttestedValue } from '@/components/attested-value'
import { Breadcrumb } from '@/components/breadcrumb'
import { EntityTitle } from '@/components/entity-title'
import { NameVariantList } from '@/components/name-variant-list'
import { Infobox, InfoboxCitationsRow, InfoboxRow } from '@/components/infobox'
import { QuoteFigure } from '@/components/quote'
import { Cite } from '@/components/cite'
import { ReferenceList, ReferenceProvider } from '@/components/references'
import { PageHead } from '@/components/page-head'
import { ListSection, type ListSectionProps } from '@/components/titled-section'
import type { PersonBody, TimelineEventBody } from '@/content/api-contract'
import { billingLabels, crewJobLabels } from '@/content/labels'
import type { Award } from '@/content/fact-schemas'
import { formatPartialDate } from '@/lib/format-date'
import { ordinal } from '@/lib/format-ordinal'
import { paths } from '@/config/paths'
import { peopleQueries } from '../api/people-queries'
import { CharacterLink } from './character-link'
import '../people.css'
import { PageFooter } from '@/components/page-footer'
import { fixtureFiles } from '@/config/fixture-files'
import { joinWords } from '@/lib/english'
import { compareStrings } from '@/lib/compare-strings'
import { disputeSentence, openingFacts, openingSentence } from './person-opening'

function describe(person: PersonBody, opening: string, statements: readonly TimelineEventBody[]) {
  const extras = [
    person.nameVariants.length > 0 ? 'other names' : null,
    person.awards.length > 0 ? 'awards' : null,
    statements.length > 0 ? 'appearances in the rumor timeline' : null,
  ].filter((extra) => extra !== null)
  const rest =
    extras.length > 0
      ? `${joinWords(extras).replace(/^./, (first) => first.toUpperCase())}, each cited to its article.`
      : 'Each fact cited to its article.'
  return `${opening} ${rest}`
}

function Note({ text }: { text: string | undefined }) {
  return text === undefined ? null : <p className="person-note">{text}</p>
}

/** One of the page's lists under its heading, spaced from what comes before it. */
function PersonSection<Item>(props: Omit<ListSectionProps<Item>, 'className'>) {
  return <ListSection className="person-section" {...props} />
}

function AwardItem({ award }: { award: Award }) {
  return (
    <li className="card">
      <h3 className="card-title">
        {award.edition === undefined ? '' : `${ordinal(award.edition)} `}
        {award.ceremony}
      </h3>
      <p className="card-line">
        {award.category}
        <Cite of={award} />
      </p>
      <p className="card-line card-muted">
        <time dateTime={award.date.value}>{formatPartialDate(award.date)}</time>
      </p>
      <Note text={award.note} />
    </li>
  )
}

function Statement({ event }: { event: TimelineEventBody }) {
  return (
    <li className="card person-statement">
      <h3 className="card-title">{event.title}</h3>
      <p className="card-line card-muted">
        <time dateTime={event.date.value}>{formatPartialDate(event.date)}</time>
      </p>
      <p className="card-line">
        {event.summary.value}
        <Cite of={event.summary} />
      </p>
      {event.quotes.map((quote, position) => (
        <QuoteFigure key={position} quote={quote} />
      ))}
    </li>
  )
}

export function PersonPage({ slug }: { slug: string }) {
  const { data } = useSuspenseQuery(peopleQueries.detail(slug))
  const { person } = data
  const charactersBySlug = new Map(
    data.characters.map((character) => [character.slug, character.name]),
  )
  const statements = [...data.statements].sort((a, b) => compareStrings(a.date.value, b.date.value))
  const heading = person.honorific
    ? `${person.honorific.value} ${person.name.value}`
    : person.name.value
  const opening = openingSentence(person, heading, charactersBySlug)
  const disputes = disputeSentence(person)

  return (
    <ReferenceProvider sources={data.sources}>
      <PageHead
        title={person.name.value}
        description={describe(person, `${opening} ${disputes}`.trim(), statements)}
      />
      <Breadcrumb section={{ label: 'Cast & crew', path: paths.people() }} current={heading} />
      <div className="entity">
        <EntityTitle
          name={person.name.value}
          tone={person.roles.length > 0 ? 'cast' : 'crew'}
          image={person.image}
        >
          <h1>{heading}</h1>
        </EntityTitle>
        <p className="entity-opening">
          {opening}
          <Cite of={openingFacts(person)} />
          {disputes === '' ? null : ` ${disputes}`}
        </p>

        <Infobox spacing="compact" beside className="person-infobox">
          <InfoboxRow label="Name">
            {person.name.value}
            <Note text={person.name.note} />
          </InfoboxRow>
          {person.honorific ? (
            <InfoboxRow label="Title">
              {person.honorific.value}
              <Note text={person.honorific.note} />
            </InfoboxRow>
          ) : null}
          {person.nameVariants.length > 0 ? (
            <InfoboxRow label="Other names">
              <NameVariantList
                variants={person.nameVariants}
                className="person-plain-list"
                note={(variant) => <Note text={variant.note} />}
                cited={false}
              />
            </InfoboxRow>
          ) : null}
          {person.profession ? (
            <InfoboxRow label="Profession">
              <AttestedValue
                values={person.profession}
                render={(value) => value}
                citations="disputes"
              />
            </InfoboxRow>
          ) : null}
          <InfoboxCitationsRow />
        </Infobox>

        <PersonSection title="Roles" items={person.roles} listClassName="person-plain-list">
          {(role, position) => (
            <li
              key={position}
              className={role.character.length > 1 ? 'person-role person-disputed' : 'person-role'}
            >
              <AttestedValue
                values={role.character}
                layout="boxes"
                about="on which character this part is"
                citations="disputes"
                render={(slug) => <CharacterLink slug={slug} charactersBySlug={charactersBySlug} />}
                note={(claim) => <Note text={claim.note} />}
              />
              {role.billing ? (
                <div className="person-note">
                  Billed as:{' '}
                  <AttestedValue
                    values={role.billing}
                    render={(value) => billingLabels[value]}
                    note={(claim) =>
                      claim.note ? <span className="fact-note"> ({claim.note})</span> : null
                    }
                  />
                </div>
              ) : null}
            </li>
          )}
        </PersonSection>

        <PersonSection title="Crew" items={person.crewJobs} listClassName="person-plain-list">
          {(job) => (
            <li key={job.value}>
              {crewJobLabels[job.value]}
              <Note text={job.note} />
            </li>
          )}
        </PersonSection>

        <PersonSection title="Awards" items={person.awards} listClassName="card-list">
          {(award) => (
            <AwardItem
              key={`${award.ceremony}-${String(award.edition)}-${award.category}`}
              award={award}
            />
          )}
        </PersonSection>

        <PersonSection
          title="In the rumor timeline"
          items={statements}
          listClassName="person-statements"
          ordered
        >
          {(event) => <Statement key={event.slug} event={event} />}
        </PersonSection>
      </div>

      <ReferenceList />
      <PageFooter
        sources={data.sources}
        files={[fixtureFiles.person(person.slug)]}
        title={heading}
      />
    </ReferenceProvider>
  )
}
