/** What every search entry is made of: the names that find it and the texts to search. */
import type { SearchName, SearchText } from './search-contract.ts'
import type { NameVariant, Spoiler } from './fact-schemas.ts'
import type { Outlet } from './schemas.ts'

type Named = { name: { value: string }; nameVariants: readonly NameVariant[] }

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

export function plain(...texts: (string | undefined)[]): SearchText[] {
  return texts
    .filter((text): text is string => text !== undefined && text !== '')
    .map((text) => ({ text }))
}

export function plot(
  facts: readonly { value: string; spoiler?: Spoiler | undefined }[],
): SearchText[] {
  return facts.map(({ value, spoiler }) => (spoiler ? { text: value, spoiler } : { text: value }))
}
