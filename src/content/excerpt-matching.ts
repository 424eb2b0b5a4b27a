/**
 * Finding an excerpt in the saved copy of its article. Saved pages and hand-typed fixtures differ
 * in ways that do not change the words: line breaks and runs of spaces, curly or straight quote
 * marks, the kind of dash, an ellipsis character or three dots. Both sides are normalized the same
 * way before comparing; letters, digits and case are compared exactly, so a changed letter fails.
 */

const singleQuotes = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g
const doubleQuotes = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g
const dashes = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g
const invisible = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g

/** The text with whitespace collapsed and quote marks, dashes and ellipses written one way. */
export function normalizeForMatching(text: string): string {
  return text
    .normalize('NFC')
    .replace(invisible, '')
    .replace(singleQuotes, "'")
    .replace(doubleQuotes, '"')
    .replace(dashes, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim()
}

/** True when `excerpt` occurs in `article`, both normalized. */
export function excerptOccursIn(excerpt: string, article: string): boolean {
  return normalizeForMatching(article).includes(normalizeForMatching(excerpt))
}

export type Passage = {
  /** The passage of the normalized article, widened to whole words. */
  text: string
  /** How many characters differ (insertions, deletions, substitutions) from the excerpt. */
  differences: number
}

/**
 * The passage of `article` that is nearest to `excerpt`: the substring with the fewest character
 * edits from it (approximate substring matching: edit distance where the passage may start and end
 * anywhere). The article and the excerpt are normalized first. O(excerpt × article) time, which
 * for a sentence against a news article is a few million steps, and only runs for a failure.
 */
export function closestPassage(excerpt: string, article: string): Passage {
  const pattern = normalizeForMatching(excerpt)
  const text = normalizeForMatching(article)
  const rows = pattern.length + 1
  // cost[i]: edits between the first i characters of the pattern and the best passage ending at
  // the current column; start[i]: where that passage begins.
  let cost = Int32Array.from({ length: rows }, (_, index) => index)
  let start = new Int32Array(rows)
  let next = new Int32Array(rows)
  let nextStart = new Int32Array(rows)
  let best = { differences: pattern.length, start: 0, end: 0 }
  for (let column = 1; column <= text.length; column += 1) {
    next[0] = 0
    nextStart[0] = column
    const character = text[column - 1]
    for (let row = 1; row < rows; row += 1) {
      const substitute = (cost[row - 1] ?? 0) + (pattern[row - 1] === character ? 0 : 1)
      const skipArticle = (cost[row] ?? 0) + 1
      const skipExcerpt = (next[row - 1] ?? 0) + 1
      if (substitute <= skipArticle && substitute <= skipExcerpt) {
        next[row] = substitute
        nextStart[row] = start[row - 1] ?? 0
      } else if (skipArticle <= skipExcerpt) {
        next[row] = skipArticle
        nextStart[row] = start[row] ?? 0
      } else {
        next[row] = skipExcerpt
        nextStart[row] = nextStart[row - 1] ?? 0
      }
    }
    const differences = next[rows - 1] ?? 0
    if (differences < best.differences) {
      best = { differences, start: nextStart[rows - 1] ?? 0, end: column }
    }
    ;[cost, next] = [next, cost]
    ;[start, nextStart] = [nextStart, start]
  }
  let from = best.start
  let to = best.end
  while (from > 0 && text[from - 1] !== ' ') from -= 1
  while (to < text.length && text[to] !== ' ') to += 1
  return { text: text.slice(from, to), differences: best.differences }
}
