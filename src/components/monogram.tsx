import type { CharacterGroup } from '@/content/schemas'
import './monogram.css'

/** The colour of a monogram: a character's group, or cast or crew for a person. */
export type MonogramTone = CharacterGroup | 'cast' | 'crew'

/** "Baek Kang-hyuk" → "BK": the first letter of the first two words. */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => word !== '')
    .slice(0, 2)
    .map((word) => word.charAt(0))
    .join('')
    .toUpperCase()
}

/**
 * The wiki's art for a character or person: their initials on a disc in their group's colour,
 * drawn by CSS from the name, so no photograph is needed. Decorative: the name is beside it.
 */
export function Monogram({
  name,
  tone,
  large = false,
}: {
  name: string
  tone: MonogramTone
  large?: boolean
}) {
  return (
    // The initials are drawn by CSS from data-initials, so they are not part of the heading's text
    // (a copied name, a search snippet, the page's text for a screen reader).
    <span
      className={`monogram monogram-${tone}${large ? ' monogram-large' : ''}`}
      aria-hidden="true"
      data-initials={initials(name)}
    />
  )
}
