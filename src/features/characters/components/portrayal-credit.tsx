import type { ReactNode } from 'react'
import { AttestedValue, type Citations } from '@/components/attested-value'
import { Cite } from '@/components/cite'
import type { Portrayal } from '@/content/api-contract'

/**
 * An actor in the part, cited, and flagged beside it any other role that other articles give the
 * same actor for that part: the character list and the character page show a cast credit alike.
 */
export function PortrayalCredit({
  portrayal,
  actor,
  layout,
  renderCharacter,
  citations = 'every value',
}: {
  portrayal: Portrayal
  /** The actor's name, or a link to their page. */
  actor: ReactNode
  /** `aside` in a card's running text, `block` under a link in the infobox. */
  layout: 'aside' | 'block'
  /** Another role's character, by slug. */
  renderCharacter: (slug: string) => ReactNode
  /** As AttestedValue's: which of the credit and the other roles carry markers. */
  citations?: Citations
}) {
  const disputed = portrayal.alternatives.length > 0
  const cited = citations === 'every value' || (citations === 'disputes' && disputed)
  return (
    <>
      {actor}
      {cited ? <Cite of={portrayal} /> : null}
      {/* Shows nothing when no article gives another role, as for most credits. */}
      <AttestedValue
        values={portrayal.alternatives}
        layout={layout}
        against="another article gives this actor’s role as"
        render={renderCharacter}
        citations={citations}
        againstFact={portrayal}
      />
    </>
  )
}
