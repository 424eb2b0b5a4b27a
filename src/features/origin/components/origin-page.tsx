import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { AttestedValue } from '@/components/attested-value'
import { Breadcrumb } from '@/components/breadcrumb'
import { Cite } from '@/components/cite'
import { ReferenceList, ReferenceProvider } from '@/components/references'
import { Infobox, InfoboxCitationsRow, InfoboxRow } from '@/components/infobox'
import { NameVariantList } from '@/components/name-variant-list'
import { PageHead } from '@/components/page-head'
import { PlotParagraphs } from '@/components/plot-paragraphs'
import { TitledSection } from '@/components/titled-section'
import { usePlotLists } from '@/lib/plot'
import { originQueries } from '../api/origin-queries'
import { paths } from '@/config/paths'
import '../origin.css'
import { PageFooter } from '@/components/page-footer'
import { fixtureFiles } from '@/config/fixture-files'
import { showTitle } from '@/config/show'
import { joinWords } from '@/lib/english'
import { isAgreed } from '@/content/variants'

const formatNames = { 'web-novel': 'Web novel', webtoon: 'Webtoon' } as const

export function OriginPage() {
  const { data } = useSuspenseQuery(originQueries.detail())
  const { origin, author } = data
  const personName = new Map(data.people.map((person) => [person.slug, person.name]))
  const penNames = author.nameVariants.filter((variant) => variant.kind === 'pen-name')
  const authorName = (
    <Link to={paths.person(author.slug)}>
      {author.honorific ? `${author.honorific.value} ` : null}
      {author.name.value}
    </Link>
  )
  const profession = author.profession && isAgreed(author.profession) ? author.profession : []
  const [professionShown] = profession
  const plot = usePlotLists(originQueries.plot(), origin, ['seasonOneAdapted', 'notYetAdapted'])

  return (
    <ReferenceProvider sources={data.sources}>
      <PageHead
        title={origin.title.value}
        section="Origin"
        description={`${origin.title.value}, the web novel and webtoon by ${author.name.value} that The Trauma Code: Heroes on Call adapts: what season 1 covered and what it has not told yet.`}
      />
      <Breadcrumb current="Origin" />
      <article className="entity" aria-labelledby="origin-title">
        <p className="kicker">The source work</p>
        <h1 id="origin-title">{origin.title.value}</h1>
        <Infobox beside>
          <InfoboxRow label="Title">{origin.title.value}</InfoboxRow>
          <InfoboxRow label="Author">
            {authorName}
            <span className="muted"> (real name)</span>
          </InfoboxRow>
          {penNames.length > 0 ? (
            <InfoboxRow label="Pen names">
              <NameVariantList
                variants={penNames}
                showKind={false}
                className="plain-list"
                cited={false}
              />
            </InfoboxRow>
          ) : null}
          {author.profession ? (
            <InfoboxRow label="Author’s profession">
              <AttestedValue
                values={author.profession}
                render={(value) => value}
                citations="disputes"
              />
            </InfoboxRow>
          ) : null}
          <InfoboxRow label="The drama adapts">
            <AttestedValue
              values={origin.dramaBasedOn}
              render={(value) => `the ${formatNames[value].toLowerCase()}`}
              citations="disputes"
            />
          </InfoboxRow>
          <InfoboxCitationsRow />
        </Infobox>
        <p className="entity-opening">
          {origin.title.value} is the story {showTitle} (2025) adapts, written by {authorName}
          {professionShown ? `, ${professionShown.value.toLowerCase()},` : null}
          {penNames.length > 0
            ? ` under the pen name${penNames.length > 1 ? 's' : ''} ${joinWords(
                penNames.map((variant) => variant.value),
                'and',
              )}`
            : null}
          .
          <Cite
            of={[
              origin.title,
              author.name,
              ...(author.honorific ? [author.honorific] : []),
              ...penNames,
              ...profession,
            ]}
          />
        </p>

        <TitledSection title="Formats">
          <ul className="card-list">
            {origin.formats.map((format, position) => (
              <li key={position} className="card">
                <h3 className="card-title">
                  <AttestedValue
                    values={format.format}
                    render={(value) => formatNames[value]}
                    citations="disputes"
                  />
                </h3>
                {/* Both formats are the author's, which the opening cites; saying so keeps a format
                    the articles say little else about from showing as an empty card. */}
                <p className="card-line">By {authorName}</p>
                {format.platform ? (
                  <p className="card-line">Published on {format.platform.value}</p>
                ) : null}
                {format.year ? (
                  <p className="card-line">
                    From {format.year.value}
                    {format.year.note ? (
                      <span className="fact-note"> ({format.year.note})</span>
                    ) : null}
                  </p>
                ) : null}
                {format.collaborators.map((collaborator) => (
                  <p key={collaborator.value} className="card-line">
                    With{' '}
                    <Link to={paths.person(collaborator.value)}>
                      {personName.get(collaborator.value) ?? collaborator.value}
                    </Link>
                  </p>
                ))}
                {/* A card cites once, for every fact on it. */}
                <p className="card-line card-muted">
                  {!format.platform && !format.year
                    ? 'The articles name no platform or year for it.'
                    : 'Sources'}
                  <Cite
                    of={[
                      ...(format.format.length === 1 ? format.format : []),
                      ...(format.platform ? [format.platform] : []),
                      ...(format.year ? [format.year] : []),
                      ...format.collaborators,
                    ]}
                  />
                </p>
              </li>
            ))}
          </ul>
        </TitledSection>

        <TitledSection title="What season 1 adapted">
          <PlotParagraphs
            shown={plot.seasonOneAdapted.shown}
            hidden={plot.seasonOneAdapted.hidden}
          />
        </TitledSection>

        <TitledSection title="Not adapted yet">
          <p className="muted">
            Threads from the source the drama has not told. Webtoon plot may become a future season,
            so it stays off the page until you choose to see it under “Spoilers” at the top.
          </p>
          <PlotParagraphs shown={plot.notYetAdapted.shown} hidden={plot.notYetAdapted.hidden} />
        </TitledSection>
      </article>
      <ReferenceList />
      <PageFooter
        sources={data.sources}
        files={[fixtureFiles.origin(origin.slug), fixtureFiles.person(author.slug)]}
        title={origin.title.value}
      />
    </ReferenceProvider>
  )
}
