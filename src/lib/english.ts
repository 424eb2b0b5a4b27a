/** Small English helpers for sentences the pages compose from content. */

/** "a", "a and b", "a, b and c" (or another conjunction). */
export function joinWords(words: readonly string[], conjunction = 'and'): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1) ?? ''}`
}

/** The text with its first letter in lower case, to continue a sentence with it. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}
