/**
 * Reference numbers as markers print them, shared by the page tests (page-queries.ts) and the
 * browser tests (tests/browser/reference-numbers.ts): plain functions of the markers' text, with
 * no test runner of their own.
 */

/** The numbers a marker's text shows: "[1–3, 5]" is 1, 2, 3 and 5. */
export function numbersInMarker(text: string): number[] {
  return (text.match(/\d+(?:–\d+)?/g) ?? []).flatMap((part) => {
    const [from = 0, to = from] = part.split('–').map(Number)
    return Array.from({ length: to - from + 1 }, (_, offset) => from + offset)
  })
}

/** Each number the markers show, once, in the order it first appears down the page. */
export function numbersAsFirstCited(markerTexts: readonly string[]): number[] {
  return [...new Set(markerTexts.flatMap(numbersInMarker))]
}

/** What a page numbered as decision 034 does shows first: 1, 2, … up to its list's length. */
export function numbersFromOne(listed: number): number[] {
  return Array.from({ length: listed }, (_, position) => position + 1)
}
