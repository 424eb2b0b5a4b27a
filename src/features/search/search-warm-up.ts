/**
 * What a new engine does before the box may use it, and once in use, so that a reader's first
 * keystrokes cost no more than later ones (decisions 038 and 042). At 100x content, before it, the
 * search alone took 6.4 and 8.5 ms of the first two keystrokes' script, against 3.4 and 4.9 once
 * the engine had searched a few times; and the first keystroke's one letter matched 785 entries,
 * to be ranked while the reader waits.
 */
import type { SearchEntry } from '@/content/search-contract'
import { forEachInSteps } from './for-each-in-steps'
import { type IdleWork, forEachWhenIdle } from './for-each-when-idle'
import { resultsShown } from './results-shown'
import { answerKey, halfTypedSpellings, readQuery, searchTerm, tokenize } from './search-text'

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
  waitWhile?: () => boolean,
): void {
  const seconds = [...lettersIn(words, secondLetter)]
  // The pairs that begin the most distinct words of names and titles first: they begin the most
  // words of the texts too, and cost the most to search.
  const begun = new Map<string, number>()
  for (const word of words) begun.set(word.slice(0, 2), (begun.get(word.slice(0, 2)) ?? 0) + 1)
  const pairs = [...lettersIn(words, firstLetter)]
    .flatMap((first) => seconds.map((second) => first + second))
    .sort((a, b) => (begun.get(b) ?? 0) - (begun.get(a) ?? 0))
  forEachWhenIdle(pairs, stepMs, (pair) => answers.set(pair, search(pair, answeredHits)), {
    signal,
    waitWhile,
  })
}

/** The first letters of the words that follow each word in names and titles, by how often. */
type FollowingLetters = Map<string, Map<string, number>>

/** The index's terms: how many begin with a prefix, counted up to `most`. */
export type TermIndex = { termsBeginning: (prefix: string, most: number) => number }

/** The letters and digits a reader types, as search reads them (folded, search-text.ts). */
const typedCharacters = 'abcdefghijklmnopqrstuvwxyz0123456789'.split('')

/** Counted up to this many terms, a letter that may come next is as likely as another. */
const termsCounted = 64

/**
 * The letters that may come next in a half-typed word, the one most indexed terms go on with first:
 * each that some term continues the word with, spelt any way the search reads it ("jeo" goes on
 * as "ju"). A letter no term continues is a typo, which the search forgives but is not guessed.
 * Only the letters `wanted` are counted: once two letters are answered for good, a one-letter
 * query needs none, and counting them took about 1 ms of an idle step at 100x.
 */
function nextLettersOf(
  word: string,
  index: TermIndex,
  wanted: (letter: string) => boolean,
): string[] {
  const counted = typedCharacters.filter(wanted).map((letter) => {
    const terms = halfTypedSpellings(word + letter).map(searchTerm)
    const count = Math.max(...terms.map((term) => index.termsBeginning(term, termsCounted)))
    return { letter, count }
  })
  return counted
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count)
    .map(({ letter }) => letter)
}

/**
 * The letters that may begin the word after `word`: those that follow it in names and titles, most
 * often first, then every other first letter.
 */
function nextWordLetters(
  word: string,
  following: FollowingLetters,
  firstLetters: readonly string[],
): string[] {
  const after = [...(following.get(word) ?? [])].sort((a, b) => b[1] - a[1])
  return [...new Set([...after.map(([letter]) => letter), ...firstLetters])]
}

/**
 * Once the box shows a query, answers ahead, while the page is idle, the queries one more key
 * makes. After a word and a space, each letter that may begin the next word: first those that
 * begin the word after it in names and titles, most often first ("k" after "baek"), then the other
 * first letters; at 100x "baek k" was search's costliest key, 4.1 to 4.5 ms of it the engine's.
 * Within a word, each letter that an indexed term goes on with, most terms first: "ren" to "rene",
 * "renew" to "renewa" took 2 to 6 ms of the engine's a key (decision 043). The answers are for the
 * query shown, and dropped when the next one shows.
 */
function nextKeyAnswerer<Hit>(
  search: Search<Hit>,
  following: FollowingLetters,
  firstLetters: readonly string[],
  index: TermIndex,
  known: ReadonlyMap<string, Hit[]>,
  signal?: AbortSignal,
): AnswersAhead<Hit> & { running: () => boolean } {
  const answers = new Map<string, Hit[]>()
  let current: { typed: string; work: IdleWork } | undefined
  const prepare = (text: string) => {
    const { words } = readQuery(text)
    const lastWord = words.at(-1)
    const afterWord = /[^\p{L}\p{N}]$/u.test(text)
    const typed = answerKey(words) + (afterWord ? ' ' : '')
    if (!lastWord || current?.typed === typed) return
    current?.work.stop()
    answers.clear()
    // What one more key makes: a new word, or the last one a letter longer.
    const withKey = (letter: string) =>
      answerKey(afterWord ? [...words, letter] : [...words.slice(0, -1), lastWord + letter])
    const unknown = (letter: string) => !known.has(withKey(letter))
    // The letters are looked up in the first idle step, not in the keystroke that shows the query.
    const keys = function* () {
      const letters = afterWord
        ? nextWordLetters(lastWord, following, firstLetters).filter(unknown)
        : nextLettersOf(lastWord, index, unknown)
      yield* letters.map(withKey)
    }
    const answer = (key: string) => answers.set(key, search(key, answeredHits))
    current = { typed, work: forEachWhenIdle(keys(), stepMs, answer, { signal }) }
  }
  return {
    prepareNextKey: prepare,
    answerFor: (words) => answers.get(words),
    running: () => current?.work.running() ?? false,
  }
}

/** What the warm-up gives the engine: answers by the words typed, filled in as they come. */
export type AnswersAhead<Hit> = {
  /** The answer kept for a query's words (joined by a space), if there is one yet. */
  answerFor: (words: string) => Hit[] | undefined
  /** Called with the box's text once it shows: answers ahead the queries one more key makes. */
  prepareNextKey: (text: string) => void
}

/**
 * Readies a new engine's `search` for a reader's keystrokes: before the box may use it, the
 * answers to every first letter and a rehearsal of the other shapes of query (decision 038); once
 * in use, the answers to two letters, and to the queries one more key makes, while the page is
 * idle (decisions 042 and 043).
 */
export async function warmUp<Hit>(
  search: Search<Hit>,
  entries: readonly SearchEntry[],
  index: TermIndex,
  signal?: AbortSignal,
): Promise<AnswersAhead<Hit>> {
  // Read in steps: the 100x content's names and titles hold 54,000 words, 15 to 35 ms to read.
  const words = new Set<string>()
  const following: FollowingLetters = new Map()
  const readWords = (text: string) =>
    tokenize(text).forEach((word, position, all) => {
      words.add(word)
      const next = firstLetter.exec(all[position + 1] ?? '')?.[1]
      if (!next) return
      const counts = following.get(word) ?? new Map<string, number>()
      following.set(word, counts.set(next, (counts.get(next) ?? 0) + 1))
    })
  await forEachInSteps(
    entries,
    stepMs,
    (entry) => [entry.title, ...entry.names.map((name) => name.value)].forEach(readWords),
    signal,
  )
  const distinctWords = [...words]
  const answers = await answerFirstLetters(search, distinctWords, signal)
  await rehearseSearches(search, entries[0]?.title ?? '', signal)
  // The next key is what the reader types next; the pairs wait while its answers are worked out.
  const nextKey = nextKeyAnswerer(search, following, [...answers.keys()], index, answers, signal)
  answerLetterPairsWhenIdle(search, distinctWords, answers, signal, nextKey.running)
  return {
    answerFor: (words) => answers.get(words) ?? nextKey.answerFor(words),
    prepareNextKey: nextKey.prepareNextKey,
  }
}
