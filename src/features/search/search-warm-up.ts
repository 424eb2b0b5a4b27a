/**
 * What a new engine does before the box may use it, so that a reader's first keystrokes cost no
 * more than later ones (decision 038). At 100x content, before it, the search alone took 6.4 and
 * 8.5 ms of the first two keystrokes' script, against 3.4 and 4.9 once the engine had searched a
 * few times; and the first keystroke's one letter matched 785 entries, to be ranked while the
 * reader waits.
 */
import { forEachInSteps } from './for-each-in-steps'
import { resultsShown } from './results-shown'
import { tokenize } from './search-text'

type Search<Hit> = (query: string, limit: number) => Hit[]

/** As many hits as the box shows; the answers kept ahead hold no more. */
export const answeredHits = resultsShown

/**
 * The answers to every query of one letter that begins a name or a title, each worked out in a
 * task of its own: a reader's first keystroke is always one letter, and its answer is then
 * ready. A letter looks in the names and titles only (search-engine.ts), so no other letter has
 * a hit. The keys are letters as `tokenize` leaves them.
 */
export async function answerFirstLetters<Hit>(
  search: Search<Hit>,
  namesAndTitles: readonly string[],
  signal?: AbortSignal,
): Promise<Map<string, Hit[]>> {
  const letters = new Set(
    namesAndTitles.flatMap((text) =>
      tokenize(text).flatMap((word) => /^\p{L}/u.exec(word)?.[0] ?? []),
    ),
  )
  const answers = new Map<string, Hit[]>()
  await forEachInSteps(
    letters,
    0,
    (letter) => answers.set(letter, search(letter, answeredHits)),
    signal,
  )
  return answers
}

/**
 * Searches the other shapes a reader types, each in a task of its own, so that V8 has optimized
 * the engine's code for each before the keystrokes need it (it runs a function's first calls in
 * its least optimized tiers, and code optimized for one shape of query may be thrown away on
 * the first of another): two letters (a half-typed word), and a whole word followed by one letter,
 * by two and by another whole word (each word with its typo's slack). The words are the first
 * entry's title's (the series' own), so the searches find what a reader's would. The answers are
 * dropped.
 */
export async function rehearseSearches<Hit>(
  search: Search<Hit>,
  title: string,
  signal?: AbortSignal,
): Promise<void> {
  const [first = 'search', second = first] = tokenize(title).filter((word) => word.length > 3)
  const queries = [
    first.slice(0, 2),
    `${first} ${second.slice(0, 1)}`,
    `${first} ${second.slice(0, 2)}`,
    `${first} ${second}`,
  ]
  await forEachInSteps(queries, 0, (query) => search(query, answeredHits), signal)
}
