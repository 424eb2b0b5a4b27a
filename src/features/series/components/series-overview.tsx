import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { AttestedValue } from '@/components/attested-value'
import { Infobox, InfoboxRow } from '@/components/infobox'
import { Cite } from '@/components/cite'
import { TitledSection } from '@/components/titled-section'
import type { Award } from '@/content/fact-schemas'
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
  const personLink = (slug: string) => (
    <Link to={paths.person(slug)}>{personName.get(slug) ?? slug}</Link>
  )

  return (
    <>
      <div className="overview">
        <Infobox className="overview-infobox">
          {/* The title's citation sits here: headings carry no markers. */}
          <InfoboxRow label="Title">
            {series.title.value}
            <Cite of={series.title} />
          </InfoboxRow>
          {series.alternativeTitles.length > 0 ? (
            <InfoboxRow label="Also called">
              <ul className="plain-list">
                {series.alternativeTitles.map((title) => (
                  <li key={title.value}>
                    {title.value}
                    <Cite of={title} />
                    {title.note ? <span className="fact-note"> ({title.note})</span> : null}
                  </li>
                ))}
              </ul>
            </InfoboxRow>
          ) : null}
          <InfoboxRow label="Premiere">
            <AttestedValue values={series.premiere} render={formatPartialDate} />
          </InfoboxRow>
          <InfoboxRow label="Platform">
            <AttestedValue values={series.platform} render={(value) => value} />
          </InfoboxRow>
          <InfoboxRow label="Episodes">
            <AttestedValue values={series.episodeCount} render={(value) => value} />
          </InfoboxRow>
          <InfoboxRow label="Director">
            <AttestedValue values={series.director} render={personLink} />
          </InfoboxRow>
          <InfoboxRow label="Screenwriter">
            <AttestedValue values={series.screenwriter} render={personLink} />
          </InfoboxRow>
          <InfoboxRow label="Based on">
            <Link to={paths.origin()}>{data.origin.name}</Link>
          </InfoboxRow>
        </Infobox>
        <div className="overview-text">
          {series.description.map((fact) => (
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
