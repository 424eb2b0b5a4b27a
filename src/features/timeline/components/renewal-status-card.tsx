import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { QuoteFigure } from '@/components/quote'
import { Cite } from '@/components/references'
import { formatPartialDate } from '@/lib/format-date'
import { timelineQueries } from '../api/timeline-queries'
import { statusLabels } from '../event-status'

/**
 * Where a renewal stands, read off the timeline: the newest official word from Netflix (or note
 * that there was none) and the newest report it answers. Nothing here is written by hand.
 */
export function RenewalStatusCard() {
  const { data } = useSuspenseQuery(timelineQueries.list())
  const newestFirst = [...data.events].reverse()
  const latestWord = newestFirst.find(
    (event) => event.kind === 'official-statement' || event.kind === 'status-note',
  )
  if (!latestWord?.stance) return null
  const answered = data.events.filter((event) => latestWord.respondsTo?.includes(event.slug))
  const [quote] = latestWord.quotes

  return (
    <section className="status-card" aria-labelledby="status-card-heading">
      <h2 id="status-card-heading">Renewal status now</h2>
      <p className="status-card-stance">
        {latestWord.stance.map((stance, position) => (
          <span key={stance.value}>
            {position > 0 ? ' or ' : null}
            <strong>{statusLabels[stance.value]}</strong>
            <Cite sources={stance.sources} />
          </span>
        ))}
        <span className="muted"> as of {formatPartialDate(latestWord.date)}</span>
      </p>
      <p>
        {latestWord.summary.value}
        <Cite sources={latestWord.summary.sources} />
      </p>
      {quote ? <QuoteFigure quote={quote} /> : null}
      {answered.map((report) => (
        <p key={report.slug}>
          In answer to: <Link to={`/timeline#${report.slug}`}>{report.title}</Link> (
          {formatPartialDate(report.date)})
        </p>
      ))}
      <p>
        <Link to="/timeline">Every report and statement in the rumor timeline</Link>
      </p>
    </section>
  )
}
