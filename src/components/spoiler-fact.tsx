import type { ReactNode } from 'react'
import type { Spoiler } from '@/content/schemas'

function spoilerLabel(spoiler: Spoiler): string {
  if (spoiler.kind === 'webtoon') return 'Webtoon plot the drama has not shown yet'
  return spoiler.episodeStated
    ? `Spoiler: revealed in season 1, episode ${spoiler.episode}`
    : `Spoiler: season 1 plot (held back until episode ${spoiler.episode})`
}

/** Plot kept folded away until the reader asks for it. */
export function SpoilerFact({
  spoiler,
  children,
}: {
  spoiler: Spoiler | undefined
  children: ReactNode
}) {
  if (!spoiler) return <>{children}</>
  return (
    <details className="spoiler">
      <summary>{spoilerLabel(spoiler)}</summary>
      {children}
    </details>
  )
}
