import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { Breadcrumb } from '@/components/breadcrumb'
import { NameVariantList } from '@/components/name-variant-list'
import { Cite } from '@/components/cite'
import { ReferenceList, ReferenceProvider } from '@/components/references'
import { PageFooter } from '@/components/page-footer'
import { PageHead } from '@/components/page-head'
import { TitledSection } from '@/components/titled-section'
import type { TrackCounts } from '@/content/outlet-contract'
import { trackStatusLabels, trackStatusMeanings, trackStatusOrder } from '@/content/track-labels'
import { formatPartialDate } from '@/lib/format-date'
import { fixtureFiles } from '@/config/fixture-files'
import { paths } from '@/config/paths'
import { timelineQueries } from '../api/timeline-queries'
import { StatusBadges } from './status-badges'
import './outlet-page.css'

function claimCount(count: number): string {
  return `${count} ${count === 1 ? 'claim' : 'claims'}`
}

/** "1 denied, 2 under review and 3 open", leaving out the statuses no claim has. */
function countsSentence(counts: TrackCounts): string {
  const parts = trackStatusOrder
    .filter((status) => counts[status] > 0)
    .map((status) => `${counts[status]} ${trackStatusLabels[status].toLowerCase()}`)
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`
}

/**
 * A claim the articles describe differently counts under each description, so the counts add up to
 * more than the claims: said in words where they do (`count` comes derived in the document).
 */
function describedDifferentlySentence(count: number): string {
  if (count === 0) return ''
  return count === 1
    ? ' One of them is described differently by the articles, and counts under each description.'
    : ` ${count} of them are described differently by the articles, and count under each description.`
}

function TrackCountsList({ counts }: { counts: TrackCounts }) {
  return (
    <dl className="track-counts">
      {trackStatusOrder.map((status) => (
        <div key={status} className="track-count">
          <dt>{trackStatusLabels[status]}</dt>
          <dd>{counts[status]}</dd>
        </div>
      ))}
    </dl>
  )
}

export function OutletPage({ slug }: { slug: string }) {
  const { data } = useSuspenseQuery(timelineQueries.outlet(slug))
  const { outlet, claims, counts, describedTwoWays } = data
  const name = outlet.name.value
  const summary =
    claims.length === 0
      ? `The timeline holds no claim reported by ${name}.`
      : `The timeline holds ${claimCount(claims.length)} reported by ${name}: ${countsSentence(counts)}.`

  return (
    <ReferenceProvider sources={data.sources}>
      <PageHead
        title={name}
        section="Sources"
        description={`${name}'s track record on The Trauma Code: ${summary.replace(/^The timeline holds /, '')}`}
      />
      <Breadcrumb section={{ label: 'Sources', path: paths.sources() }} current={name} />
      <h1>{name}</h1>
      {outlet.description ? (
        <p className="lede">
          {outlet.description.value}
          <Cite of={outlet.description} />
        </p>
      ) : null}
      {outlet.nameVariants.length === 0 ? null : (
        <p className="outlet-variants">
          Also written: <NameVariantList variants={outlet.nameVariants} inline />
        </p>
      )}
      <TitledSection title="Track record" className="track-record">
        <p>
          {summary}
          {describedDifferentlySentence(describedTwoWays)}
        </p>
        <p className="track-caveat">
          A record of a few claims says little about an outlet: each status below is where the
          wiki's rumor ledger puts the claim today, derived from Netflix's statements, not a verdict
          on the outlet.
        </p>
        <TrackCountsList counts={counts} />
        <ul className="track-legend">
          {trackStatusOrder.map((status) => (
            <li key={status}>
              <strong>{trackStatusLabels[status]}</strong>: {trackStatusMeanings[status]}.
            </li>
          ))}
        </ul>
      </TitledSection>
      {claims.length === 0 ? null : (
        <TitledSection title="Claims, newest first">
          <ol className="track-claims">
            {claims.map(({ event, claim, statuses }) => (
              <li key={`${event.slug}#${claim.id}`} className="track-claim">
                <StatusBadges claims={statuses} labels={trackStatusLabels} />{' '}
                <span>
                  {claim.text}
                  {/* The events a status is read off are not on this page: an undisputed status,
                      a plain badge, is cited with the claim, under its one marker. A disputed one
                      cites each side beside its badge. */}
                  <Cite of={statuses.length === 1 ? [claim, ...statuses] : claim} />
                </span>
                <span className="track-claim-event">
                  <Link to={paths.timelineClaim(event.page, event.slug, claim.id)}>
                    {event.title}
                  </Link>
                  {', '}
                  <time dateTime={event.date.value}>{formatPartialDate(event.date)}</time>
                </span>
              </li>
            ))}
          </ol>
        </TitledSection>
      )}
      <ReferenceList />
      <PageFooter sources={data.sources} files={[fixtureFiles.outlet(slug)]} title={name} />
    </ReferenceProvider>
  )
}
