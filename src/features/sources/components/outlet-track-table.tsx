import { Link } from 'react-router'
import { TitledSection } from '@/components/titled-section'
import type { TrackSummary } from '@/content/outlet-contract'
import { trackStatusLabels, trackStatusOrder } from '@/content/track-labels'
import { paths } from '@/config/paths'

/**
 * The outlets whose reports the timeline records, with how their claims stand now (the rumor
 * ledger's statuses, counted at build time). Each outlet's page lists the claims themselves.
 */
export function OutletTrackTable({ outlets }: { outlets: readonly TrackSummary[] }) {
  if (outlets.length === 0) return null
  return (
    <TitledSection title="Outlets and how their reports stand" className="outlet-track">
      <p>
        Counts of the claims each outlet reported, by where they stand now; a claim the articles
        describe differently counts under each description. A record of a few claims says little
        about an outlet; open each outlet for its claims.
      </p>
      <div className="table-scroll">
        <table className="outlet-track-table">
          <thead>
            <tr>
              <th scope="col">Outlet</th>
              <th scope="col">Claims</th>
              {trackStatusOrder.map((status) => (
                <th key={status} scope="col">
                  {trackStatusLabels[status]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {outlets.map((outlet) => (
              <tr key={outlet.slug}>
                <th scope="row">
                  <Link to={paths.outlet(outlet.slug)}>{outlet.name}</Link>
                </th>
                <td>{outlet.claims}</td>
                {trackStatusOrder.map((status) => (
                  <td key={status}>{outlet.counts[status]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </TitledSection>
  )
}
