/**
 * What a new engine does before the box may use it, and once in use, so that a reader's first
 * keystrokes cost no more than later ones (decisions 038 and 042). At 100x content, before it, the
 * search alone took 6.4 and 8.5 ms of the first two keystrokes' script, against 3.4 and 4.9 once
 * the engine had searched a few times; and the first keystroke's one letter matched 785 entries,
 * to be ranked while the reader waits.
 */
import type { SearchEntry } from '@/content/search-contract'
import { forEachInSteps } from './for-each-in-steps'
import { forEachWhenIdle } from './for-each-when-idle'
import { resultsShown } from './results-shown'
import { tokenize } from './search-text'

type Search<Hit> = (query: string, limit: number) => Hit[]

/** How long a step of the work below may take before the page has a turn, as the build's steps. */
const stepMs = 8

/** As many hits as the box shows; the answers kept ahead hold no more. */
export const answeredHits = resultsShown

/** The letters `pattern` captures in `words` (the first or the second), each once, in order. */
const lettersIn = (words: readonly string[], pattern: RegExp) =>
  new Set(words.flatMap((word) => pattern.exec(word)?.[1] ?? []))
const firstLetter = /^(\p{L})/u
const secondLetter = /^.(\p{L})/u

/**
 * The answers to every query of one letter that begins a word of a name or a title, each worked
 * out in a task of its own: a reader's first keystroke is always one letter, and its answer is
 * then ready. A letter looks in the names and titles only (search-engine.ts), so no other letter
 * has a hit. `words` are the names' and titles' words as `tokenize` leaves them.
 */
export async function answerFirstLetters<Hit>(
  search: Search<Hit>,
  words: readonly string[],
  signal?: AbortSignal,
): Promise<Map<string, Hit[]>> {
  const answers = new Map<string, Hit[]>()
  await forEachInSteps(
    lettersIn(words, firstLetter),
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

/**
 * Once the engine is in use, answers ahead every two letters that may begin a word, while the page
 * is idle: each letter that begins a word of a name or a title, followed by each that comes second
 * in one (at 100x, 23 by 21), the most common pairs first. Two letters look in every text, and at
 * 100x "re" (report, renewal, rumor, rights) took 14 ms to search, "se" 8 and "th" 6, most of a
 * frame. The searches run in idle steps of about 8 ms, so a key pressed meanwhile waits for little
 * more than one; a pair not yet answered is searched when typed. The answers go into `answers`,
 * beside the first letters'; `words` are as for `answerFirstLetters`.
 */
export function answerLetterPairsWhenIdle<Hit>(
  search: Search<Hit>,
  words: readonly string[],
  answers: Map<string, Hit[]>,
  signal?: AbortSignal,
): void {
  const seconds = [...lettersIn(words, secondLetter)]
  // The pairs that begin the most distinct words of names and titles first: they begin the most
  // words of the texts too, and cost the most to search.
  const begun = new Map<string, number>()
  for (const word of words) begun.set(word.slice(0, 2), (begun.get(word.slice(0, 2)) ?? 0) + 1)
  const pairs = [...lettersIn(words, firstLetter)]
    .flatMap((first) => seconds.map((second) => first + second))
    .sort((a, b) => (begun.get(b) ?? 0) - (begun.get(a) ?? 0))
  forEachWhenIdle(pairs, stepMs, (pair) => answers.set(pair, search(pair, answeredHits)), signal)
}

/**
 * Readies a new engine's `search` for a reader's first keystrokes: before the box may use it, the
 * answers to every first letter and a rehearsal of the other shapes of query (decision 038); once
 * in use, the answers to two letters while the page is idle (decision 042). Returns the answers,
 * by the word typed, which fill in after it returns.
 */
export async function warmUp<Hit>(
  search: Search<Hit>,
  entries: readonly SearchEntry[],
  signal?: AbortSignal,
): Promise<ReadonlyMap<string, Hit[]>> {
  // Read in steps: the 100x content's names and titles hold 54,000 words, 15 to 35 ms to read.
  const words = new Set<string>()
  const readWords = (text: string) => tokenize(text).forEach((word) => words.add(word))
  await forEachInSteps(
    entries,
    stepMs,
    (entry) => [entry.title, ...entry.names.map((name) => name.value)].forEach(readWords),
    signal,
  )
  const distinctWords = [...words]
  const answers = await answerFirstLetters(search, distinctWords, signal)
  await rehearseSearches(search, entries[0]?.title ?? '', signal)
  answerLetterPairsWhenIdle(search, distinctWords, answers, signal)
  return answers
}
