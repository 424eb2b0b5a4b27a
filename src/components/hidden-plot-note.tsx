import type { Spoiler } from '@/content/fact-schemas'
import { useSpoilerSettings } from '@/lib/spoiler-settings'
import './hidden-plot-note.css'

function plural(count: number, word: string): string {
  return `${String(count)} ${word}${count === 1 ? '' : 's'}`
}

/**
 * Stands in for plot the reader's spoiler setting leaves out: says what kind of thing is hidden and
 * reveals it in one click. The hidden sentences themselves are never rendered.
 */
export function HiddenPlotNote({ hidden }: { hidden: readonly Spoiler[] }) {
  const [settings, saveSettings] = useSpoilerSettings()
  const episodes = hidden.flatMap((spoiler) => (spoiler.kind === 'episode' ? [spoiler] : []))
  const webtoonCount = hidden.length - episodes.length
  if (hidden.length === 0) return null
  const latestEpisode = Math.max(0, ...episodes.map((spoiler) => spoiler.episode))
  const unstated = episodes.some((spoiler) => !spoiler.episodeStated)

  return (
    <div className="hidden-plot" role="note" aria-label="Hidden spoilers">
      {episodes.length > 0 ? (
        <p>
          <span className="hidden-plot-kind">Spoiler hidden:</span>{' '}
          {plural(episodes.length, 'plot point')} from season 1, up to episode{' '}
          {String(latestEpisode)}
          {unstated
            ? ', held back that far because the article does not name the episode'
            : ''}.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              saveSettings({ ...settings, watchedEpisode: latestEpisode })
            }}
          >
            I’ve watched episode {String(latestEpisode)}: show it
          </button>
        </p>
      ) : null}
      {webtoonCount > 0 ? (
        <p>
          <span className="hidden-plot-kind">Webtoon plot hidden:</span>{' '}
          {plural(webtoonCount, 'plot point')} from the webtoon that the drama has not shown.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              saveSettings({ ...settings, showWebtoonPlot: true })
            }}
          >
            Show webtoon plot
          </button>
        </p>
      ) : null}
    </div>
  )
}
