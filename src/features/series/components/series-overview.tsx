import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { AttestedValue } from '@/components/attested-value'
import { Infobox, InfoboxCitationsRow, InfoboxRow } from '@/components/infobox'
import { Cite } from '@/components/cite'
import { TitledSection } from '@/components/titled-section'
import type { Attested, Award } from '@/content/fact-schemas'
import { agreedValue, isAgreed } from '@/content/variants'
import type { SeriesResponse } from '@/content/api-contract'
import { joinWords } from '@/lib/english'
import { formatPartialDate } from '@/lib/format-date'
import { ordinal } from '@/lib/format-ordinal'
import { seriesQueries } from '../api/series-queries'
import { paths } from '@/config/paths'
import '../series.css'
import { compareStrings } from '@/lib/compare-strings'

function AwardLine({ award }: { award: Award }) {
  return (
    <>
      {award.edition ? `${ordinal(award.edition)} ` : null}
      {award.ceremony}, {formatPartialDate(award.date)}: {award.category}
    </>
  )
}

type Series = SeriesResponse['series']

/**
 * The opening sentence, as a Wikipedia article's first: the title and its other names, then each
 * infobox fact the articles agree on. The page cites it once for all of them (decision 019).
 */
function openingSentence(series: Series, personName: ReadonlyMap<string, string>): string {
  const others = series.alternativeTitles.map((title) => title.value)
  const premiere = agreedValue(series.premiere)
  const platform = agreedValue(series.platform)
  const episodes = agreedValue(series.episodeCount)
  const director = agreedValue(series.director)
  const writer = agreedValue(series.screenwriter)
  const credits = [
    director === undefined ? null : `directed by ${personName.get(director) ?? director}`,
    writer === undefined ? null : `written by ${personName.get(writer) ?? writer}`,
  ].filter((credit) => credit !== null)
  return [
    series.title.value,
    others.length > 0 ? ` (also called ${joinWords(others, 'or')})` : '',
    ' is a drama series',
    episodes === undefined ? '' : ` of ${String(episodes)} episodes`,
    credits.length > 0 ? ` ${joinWords(credits)}` : '',
    premiere === undefined && platform === undefined ? '' : ' that premiered',
    platform === undefined ? '' : ` on ${platform}`,
    premiere === undefined ? '' : ` on ${formatPartialDate(premiere)}`,
    '.',
  ].join('')
}

/** The facts the opening sentence states, with the first sentence of the description. */
function openingFacts(series: Series) {
  return [
    series.title,
    ...series.alternativeTitles,
    ...[
      series.premiere,
      series.platform,
      series.episodeCount,
      series.director,
      series.screenwriter,
    ].flatMap((values: Attested<unknown>) => (isAgreed(values) ? values : [])),
    ...series.description.slice(0, 1),
  ]
}

/**
 * The page's heading, apart from the overview so the home page can put the renewal status between
 * the two: on a phone that answer then shows on the first screen.
 */
export function SeriesHeading() {
  const { data } = useSuspenseQuery(seriesQueries.detail())
  return <h1>{data.series.title.value}</h1>
}

/** The show at a glance: infobox, description, viewership and awards, every fact cited. */
export function SeriesOverview() {
  const { data } = useSuspenseQuery(seriesQueries.detail())
  const { series } = data
  const personName = new Map(data.people.map((person) => [person.slug, person.name]))
  const awards = [
    ...series.awards.map((award) => ({ award, person: null })),
    ...data.personAwards,
  ].sort((a, b) => compareStrings(a.award.date.value, b.award.date.value))
  const [opening, ...description] = series.description
  const personLink = (slug: string) => (
    <Link to={paths.person(slug)}>{personName.get(slug) ?? slug}</Link>
  )

  return (
    <>
      <div className="overview">
        <Infobox className="overview-infobox">
          <InfoboxRow label="Title">{series.title.value}</InfoboxRow>
          {series.alternativeTitles.length > 0 ? (
            <InfoboxRow label="Also called">
              <ul className="plain-list">
                {series.alternativeTitles.map((title) => (
                  <li key={title.value}>
                    {title.value}
                    {title.note ? <span className="fact-note"> ({title.note})</span> : null}
                  </li>
                ))}
              </ul>
            </InfoboxRow>
          ) : null}
          <InfoboxRow label="Premiere">
            <AttestedValue
              values={series.premiere}
              render={formatPartialDate}
              citations="disputes"
            />
          </InfoboxRow>
          <InfoboxRow label="Platform">
            <AttestedValue
              values={series.platform}
              render={(value) => value}
              citations="disputes"
            />
          </InfoboxRow>
          <InfoboxRow label="Episodes">
            <AttestedValue
              values={series.episodeCount}
              render={(value) => value}
              citations="disputes"
            />
          </InfoboxRow>
          <InfoboxRow label="Director">
            <AttestedValue values={series.director} render={personLink} citations="disputes" />
          </InfoboxRow>
          <InfoboxRow label="Screenwriter">
            <AttestedValue values={series.screenwriter} render={personLink} citations="disputes" />
          </InfoboxRow>
          <InfoboxRow label="Based on">
            <Link to={paths.origin()}>{data.origin.name}</Link>
          </InfoboxRow>
          <InfoboxCitationsRow />
        </Infobox>
        <div className="overview-text">
          <p className="entity-opening">
            {openingSentence(series, personName)}
            {opening ? ` ${opening.value}` : null}
            <Cite of={openingFacts(series)} />
          </p>
          {description.map((fact) => (
            <p key={fact.value}>
              {fact.value}
              <Cite of={fact} />
            </p>
          ))}
        </div>
      </div>

      <TitledSection title="Viewership">
        <dl className="fact-table">
          {series.viewership.map((figure) => (
            <div key={figure.topic}>
              <dt>{figure.topic}</dt>
              <dd>
                <AttestedValue values={figure.values} render={(value) => value.text} />
              </dd>
            </div>
          ))}
        </dl>
      </TitledSection>

      <TitledSection title="Awards">
        <ul className="award-list">
          {awards.map(({ award, person }) => (
            <li key={`${person ?? 'series'}-${award.ceremony}-${award.category}`}>
              <AwardLine award={award} />, {person ? personLink(person) : 'the series'}
              <Cite of={award} />
            </li>
          ))}
        </ul>
      </TitledSection>
    </>
  )
}
