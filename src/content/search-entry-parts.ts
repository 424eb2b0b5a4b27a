/**
 * What every search entry is made of: the names that find it and the texts to search. A fact's
 * note is text the page shows beside the value, so it is searched too; a note on plot keeps the
 * plot's spoiler marker, so the index serves it apart with the plot.
 */
import type { SearchName, SearchText } from './search-contract.ts'
import type { NameVariant, Spoiler } from './fact-schemas.ts'
import type { Outlet } from './schemas.ts'

export type Named = {
  name: { value: string; note?: string | undefined }
  nameVariants: readonly NameVariant[]
}

type Noted = { note?: string | undefined } | null | undefined

export function namesOf(entity: Named): SearchName[] {
  return [
    { value: entity.name.value, kind: 'name' },
    ...entity.nameVariants.map((variant) => ({ value: variant.value, kind: variant.kind })),
  ]
}

/** An outlet's names find the reports it ran and the articles from it, ranked as related names. */
export function outletNamesOf(outlet: Outlet): SearchName[] {
  return namesOf(outlet).map(({ value }) => ({ value, kind: 'outlet' }))
}

/** Every spelling of an entity, as one readable text: "Ju Ji-hoon (Joo Ji-hoon)". */
export function allSpellings(entity: Named): string {
  const variants = entity.nameVariants.map((variant) => variant.value)
  return variants.length > 0 ? `${entity.name.value} (${variants.join(', ')})` : entity.name.value
}

export function plain(...texts: (string | null | undefined)[]): SearchText[] {
  return texts
    .filter((text): text is string => typeof text === 'string' && text !== '')
    .map((text) => ({ text }))
}

/** The notes of the facts that have one. */
export function notesOf(...facts: readonly Noted[]): string[] {
  return facts.flatMap((fact) => (fact?.note ? [fact.note] : []))
}

/** Each plot fact's text and note, with its spoiler marker when it has one. */
export function plot(
  facts: readonly { value: string; note?: string | undefined; spoiler?: Spoiler | undefined }[],
): SearchText[] {
  return facts.flatMap(({ value, note, spoiler }) =>
    [value, ...(note ? [note] : [])].map((text) => (spoiler ? { text, spoiler } : { text })),
  )
}
