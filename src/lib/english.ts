/** Small English helpers for sentences the pages compose from content. */

/**
 * "a", "a and b", "a, b and c" (or another conjunction); with `serialComma`, "a, b, and c", as
 * `Intl.ListFormat('en')` writes it. Not Intl itself: creating a list format loads the browser's
 * locale data, about 100 ms under Lighthouse's phone slowdown in the middle of hydrating a page.
 */
export function joinWords(
  words: readonly string[],
  conjunction = 'and',
  { serialComma = false }: { serialComma?: boolean } = {},
): string {
  if (words.length <= 1) return words.join('')
  const comma = serialComma && words.length > 2 ? ',' : ''
  return `${words.slice(0, -1).join(', ')}${comma} ${conjunction} ${words.at(-1) ?? ''}`
}

/** The text with its first letter in lower case, to continue a sentence with it. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}
