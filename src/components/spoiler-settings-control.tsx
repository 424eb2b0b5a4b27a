import { useEffect, useId, useRef, useState } from 'react'
import { seasonOneEpisodeCount, useSpoilerSettings } from '@/lib/spoiler-settings'
import './spoiler-settings-control.css'

const episodeChoices = Array.from({ length: seasonOneEpisodeCount + 1 }, (_, episode) => ({
  value: episode,
  label:
    episode === 0
      ? 'Not started (no episode plot)'
      : episode === seasonOneEpisodeCount
        ? `Episode ${String(episode)} (finale)`
        : `Episode ${String(episode)}`,
}))

/** The header button that says how much plot is shown, and opens the two settings. */
export function SpoilerSettingsControl() {
  const [settings, saveSettings] = useSpoilerSettings()
  const [open, setOpen] = useState(false)
  const id = useId()
  const container = useRef<HTMLDivElement>(null)
  const toggle = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    function closeOnOutsideClick(event: PointerEvent) {
      if (event.target instanceof Node && !container.current?.contains(event.target)) {
        setOpen(false)
      }
    }
    document.addEventListener('pointerdown', closeOnOutsideClick)
    return () => {
      document.removeEventListener('pointerdown', closeOnOutsideClick)
    }
  }, [open])

  const summary =
    settings.watchedEpisode === 0 ? 'no plot' : `up to ep. ${String(settings.watchedEpisode)}`

  return (
    <div
      className="spoiler-settings"
      ref={container}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false)
          toggle.current?.focus()
        }
      }}
    >
      <button
        type="button"
        ref={toggle}
        className="spoiler-settings-toggle"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => {
          setOpen(!open)
        }}
      >
        Spoilers
        {/* Left off in a phone's header bar (spoiler-settings-control.css), where it would not fit. */}
        <span className="spoiler-settings-summary">
          : {summary}
          {settings.showWebtoonPlot ? ' + webtoon' : ''}
        </span>
      </button>
      <div
        id={`${id}-panel`}
        className="spoiler-settings-panel"
        role="group"
        aria-labelledby={`${id}-heading`}
        hidden={!open}
      >
        <p className="spoiler-settings-heading" id={`${id}-heading`}>
          Spoiler settings
        </p>
        <label htmlFor={`${id}-episode`}>I have watched season 1 up to</label>
        <select
          id={`${id}-episode`}
          value={settings.watchedEpisode}
          onChange={(event) => {
            saveSettings({ ...settings, watchedEpisode: Number(event.target.value) })
          }}
        >
          {episodeChoices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
        <label className="spoiler-settings-check">
          <input
            type="checkbox"
            checked={settings.showWebtoonPlot}
            onChange={(event) => {
              saveSettings({ ...settings, showWebtoonPlot: event.target.checked })
            }}
          />
          Show webtoon plot beyond the drama
        </label>
        <p className="muted">
          Plot past this point is left off every page and out of search. The choice is kept in this
          browser.
        </p>
      </div>
    </div>
  )
}
