/**
 * How search reads text, the same for what it indexes and for what the reader types: names are
 * romanized differently from article to article (Joo Ji-hoon, Ju Ji-hoon), so matching ignores
 * case, accents, hyphens and spaces.
 */

/** Lowercase, without accents: "Ju Jí-hoon" and "ju ji-hoon" are the same. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\p{Diacritic}\p{M}]/gu, '')
    .toLowerCase()
}

/** Words split on spaces and punctuation, so "Ji-hoon" is two words. */
export function tokenize(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
}

/** A name as one word: "Joo Ji-hoon" and "joojihoon" both become "joojihoon". */
export function compactText(text: string): string {
  return tokenize(text).join('')
}

/** The words of a text with where each starts, as the reader sees them, for excerpts. */
export function wordsIn(text: string): IterableIterator<RegExpExecArray> {
  return text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)
}
