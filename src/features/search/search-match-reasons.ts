/**
 * Why an entry matched, as the search box shows it under the title: another name it goes by, the
 * status or topic the rumor ledger gave it, or an excerpt of the text the words were found in.
 * Worked out only for the hits the box shows, after MiniSearch has ranked them.
 */
import type { SearchResult } from 'minisearch'
import type { SearchEntry, SearchName } from '@/content/search-contract'
import { type TypedQuery, foldText, readQuery, searchTerm, wordsIn } from './search-text'

/** The indexed terms that matched in any of `fields`. */
function termsMatchedIn(result: SearchResult, fields: ReadonlySet<string>): Set<string> {
  return new Set(
    Object.entries(result.match)
      .filter(([, matchedFields]) => matchedFields.some((field) => fields.has(field)))
      .map(([term]) => term),
  )
}

/** A text's words and the text as one word, as typed (but for case and accents). */
function wordsOf({ words, compact }: TypedQuery): string[] {
  return [...words, compact]
}

/**
 * The name the matched words come from: the best-covered one; on a tie, the one spelt the way the
 * reader typed it ("joo ji hoon" is the variant Joo Ji-hoon, though both fold alike); then the main
 * name. `covered` counts its words that matched, the name as one word among them.
 */
function matchedNameOf(
  names: readonly SearchName[],
  nameTerms: ReadonlySet<string>,
  query: TypedQuery,
): { name: SearchName; covered: number } | undefined {
  const typed = new Set(wordsOf(query))
  let best: { name: SearchName; covered: number; asTyped: number } | undefined
  for (const name of names) {
    const words = wordsOf(readQuery(name.value))
    const covered = words.filter((word) => nameTerms.has(searchTerm(word))).length
    if (covered === 0 || covered < (best?.covered ?? 0)) continue
    const asTyped = words.filter((word) => typed.has(word)).length
    if (!best || covered > best.covered || asTyped > best.asTyped) {
      best = { name, covered, asTyped }
    }
  }
  return best && { name: best.name, covered: best.covered }
}

/** A status or topic of a timeline entry, as it reads on the timeline. */
export type MatchedFacet = { kind: 'status' | 'topic'; label: string }

/**
 * The status or topic the matched words belong to, each indexed in a field of its own: the one
 * most words matched, the first (statuses come before topics) on a tie; `typed` when one of its
 * words was typed in full rather than found by a half-typed word or a typo.
 */
function matchedFacetOf(
  result: SearchResult,
  facetsByField: ReadonlyMap<string, MatchedFacet>,
  typedTerms: ReadonlySet<string>,
): { facet: MatchedFacet; typed: boolean } | undefined {
  const matchedTerms = new Map<string, string[]>()
  for (const [term, fields] of Object.entries(result.match)) {
    for (const field of fields) {
      if (facetsByField.has(field))
        matchedTerms.set(field, [...(matchedTerms.get(field) ?? []), term])
    }
  }
  let best: { facet: MatchedFacet; terms: string[] } | undefined
  for (const [field, facet] of facetsByField) {
    const terms = matchedTerms.get(field) ?? []
    if (terms.length > (best?.terms.length ?? 0)) best = { facet, terms }
  }
  return best && { facet: best.facet, typed: best.terms.some((term) => typedTerms.has(term)) }
}

/** A stretch of an excerpt; `matched` when it is a word the search matched, to be marked. */
export type SnippetPart = { text: string; matched: boolean }

const snippetRadius = 60

const termOfWord = (word: string) => searchTerm(foldText(word))

/**
 * A short excerpt of the text that holds the most matched words, a word typed in full counting
 * over one found by a typo or a prefix ("towards" over "toward"), the first such text on a tie:
 * the whole words around its first matched word, each matched word a part of its own.
 */
function snippetOf(
  texts: readonly string[],
  textTerms: ReadonlySet<string>,
  typedTerms: ReadonlySet<string>,
): SnippetPart[] | undefined {
  // Matched by a title, a name or a status alone: no text has a matched word to read for.
  if (textTerms.size === 0) return undefined
  let best: { text: string; at: RegExpExecArray; weight: number } | undefined
  for (const text of texts) {
    let first: RegExpExecArray | undefined
    let weight = 0
    const counted = new Set<string>()
    for (const word of wordsIn(text)) {
      const term = termOfWord(word[0])
      if (!textTerms.has(term) || counted.has(term)) continue
      counted.add(term)
      weight += typedTerms.has(term) ? 2 : 1
      first ??= word
    }
    if (first && weight > (best?.weight ?? 0)) best = { text, at: first, weight }
  }
  return best && excerptAround(best.text, best.at, textTerms)
}

/** The whole words within the radius of `at`, with "…" where the text goes on. */
function excerptAround(
  text: string,
  at: RegExpExecArray,
  textTerms: ReadonlySet<string>,
): SnippetPart[] {
  const from = at.index - snippetRadius
  const to = at.index + at[0].length + snippetRadius
  const words = [...wordsIn(text)]
  const shown = words.filter((word) => word.index >= from && word.index + word[0].length <= to)
  const firstWord = shown[0] ?? at
  const lastWord = shown.at(-1) ?? at
  // Punctuation before the first word or after the last is kept when nothing else is left out.
  const start = firstWord === words[0] ? 0 : firstWord.index
  const end = lastWord === words.at(-1) ? text.length : lastWord.index + lastWord[0].length

  const parts: SnippetPart[] = []
  const addPlain = (plain: string) => {
    const previous = parts.at(-1)
    if (previous && !previous.matched) previous.text += plain
    else if (plain !== '') parts.push({ text: plain, matched: false })
  }
  addPlain(start > 0 ? '…' : '')
  let position = start
  for (const word of shown) {
    if (!textTerms.has(termOfWord(word[0]))) continue
    addPlain(text.slice(position, word.index))
    parts.push({ text: word[0], matched: true })
    position = word.index + word[0].length
  }
  addPlain(text.slice(position, end))
  addPlain(end < text.length ? '…' : '')
  return parts
}

/** Why a hit matched, as its option says: at most one of the three. */
export type MatchReasons = {
  /** The name that matched, when it is not the entry's title. */
  matchedName?: SearchName
  /** The status or topic the words name, when no other name matched. */
  facet?: MatchedFacet
  /**
   * Where the words matched in the text, when neither a name nor a status or topic did: an
   * excerpt whose matched words are parts of their own, to be marked.
   */
  snippet?: SnippetPart[]
}

/** The engine's fields by what they hold, to tell which kind of match a result is. */
export type ReasonFields = {
  names: ReadonlySet<string>
  texts: ReadonlySet<string>
  facets: ReadonlyMap<string, MatchedFacet>
}

/** Why `entry` matched `query`, from MiniSearch's `result` and the texts the reader may see. */
export function matchReasonsOf(
  result: SearchResult,
  entry: SearchEntry,
  revealedTexts: readonly string[],
  fields: ReasonFields,
  query: TypedQuery,
): MatchReasons {
  const named = matchedNameOf(entry.names, termsMatchedIn(result, fields.names), query)
  // A name explains the hit when it covers as many words as were typed. One that covers fewer
  // ("baek kang" and Cheon Jang-mi, whose "Jang" is one typo from "kang") leaves the rest to a
  // status or an excerpt, and is named only when neither has anything to show.
  const wholeName = named && named.covered >= query.words.length ? named.name : undefined
  const typedTerms = new Set(result.queryTerms)
  const facetMatch = wholeName ? undefined : matchedFacetOf(result, fields.facets, typedTerms)
  // The title is shown anyway, so an excerpt of it would say nothing new.
  const excerptable = revealedTexts.filter((text) => text !== entry.title)
  // A status or topic whose word the reader typed says best why the entry matched; one reached
  // by a half-typed word ("u" for "unanswered") gives way to an excerpt, if any.
  const snippet =
    wholeName || facetMatch?.typed
      ? undefined
      : snippetOf(excerptable, termsMatchedIn(result, fields.texts), typedTerms)
  const facet =
    facetMatch && (facetMatch.typed || snippet === undefined) ? facetMatch.facet : undefined
  const matchedName = wholeName ?? (facet || snippet ? undefined : named?.name)
  return {
    ...(matchedName && matchedName.kind !== 'name' ? { matchedName } : {}),
    ...(facet ? { facet } : {}),
    ...(snippet === undefined ? {} : { snippet }),
  }
}
