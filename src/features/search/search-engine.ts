/**
 * Full-text search over the search index, with MiniSearch. Loaded only when the reader first
 * reaches for the search box, so MiniSearch stays out of the main bundle.
 *
 * It finds an entry by any of its names, spelt any way (see search-text.ts), forgiving a wrong
 * letter; by the texts its page shows; and a timeline event by the words of the statuses and
 * topics the rumor ledger gave it ("denied", "renewal", "sequel").
 */
import type {
  SearchEntry,
  SearchEntryType,
  SearchIndexResponse,
  SearchName,
  SearchPlotResponse,
  SearchTerms,
  SearchVocabulary,
} from '@/content/search-contract'
import { type SpoilerSettings, isRevealed } from '@/lib/spoiler-settings'
import {
  type MatchReasons,
  type MatchedFacet,
  type ReasonFields,
  matchReasonsOf,
} from './search-match-reasons'
import { entryWeights } from './search-entry-weights'
import { forEachInSteps } from './for-each-in-steps'
import { PrefixCountingMiniSearch } from './prefix-counting-mini-search'
import { rememberLast } from './remember-last'
import { answeredHits, warmUp } from './search-warm-up'
import {
  type TypedQuery,
  answerKey,
  compactText,
  foldText,
  halfTypedSpellings,
  readQuery,
  searchTerm,
  tokenize,
} from './search-text'

/** The index with the plot texts of the plot document added to its entries' texts. */
export function withPlotTexts(
  index: SearchIndexResponse,
  plot: SearchPlotResponse | undefined,
): SearchIndexResponse {
  if (!plot) return index
  const plotTexts = new Map(
    plot.entries.map((entry) => [`${entry.type}:${entry.slug}`, entry.texts]),
  )
  const entries = index.entries.map((entry) => {
    const texts = plotTexts.get(`${entry.type}:${entry.slug}`)
    return texts ? { ...entry, texts: [...entry.texts, ...texts] } : entry
  })
  return { ...index, entries }
}

/** What MiniSearch indexes of an entry: its names, its texts and its statuses' and topics' words. */
type IndexedDocument = Record<string, string | number>

const nameTokenFields = ['ownNames', 'relatedNames'] as const
const tokenFields = [...nameTokenFields, 'texts'] as const
const compactFields = ['ownCompactNames', 'relatedCompactNames'] as const
// Where a last word of one letter is looked for: the names, and the title, which is what the reader
// sees of each result (a timeline event's title is otherwise only among its texts).
const oneLetterFields = [...nameTokenFields, 'title']
const isOneLetter = (word: string) => /^\p{L}$/u.test(word)

// The entity's own names count most; an outlet or author name finds an entry but ranks it below
// the entry that really carries the name. A title, searched for a last word of one letter alone,
// counts as a text does: "n" lists Lee Nak-jun before the events that name him.
const fieldBoosts = {
  ownNames: 4,
  title: 1,
  ownCompactNames: 4,
  relatedNames: 2,
  relatedCompactNames: 2,
  texts: 1,
}

// A status or topic is what the whole entry is about, where a word of a text may be in passing.
const facetBoost = 2

/**
 * One wrong letter in five is forgiven, rounded, in a word of four letters or more as folded:
 * "hyok" finds "hyuk". A shorter word is taken as typed. Rounded, one letter in three was forgiven
 * too, and a word that short is mostly a syllable or a word half typed: "kim" listed Han Yu-rim,
 * "bae" Kim Won-hae, and "ahe" 33 entries with no word that begins with it; at 100x "bae" took
 * 4.0 to 5.4 ms with them, 1.4 without.
 */
const fuzziness = 0.2
const fuzzy = (term: string) => (term.length > 3 ? fuzziness : false)

const isRelated = (name: SearchName) => name.kind === 'outlet' || name.kind === 'author'

export type SearchHit = { entry: SearchEntry; score: number } & MatchReasons

type SearchGroup = { type: SearchEntryType; hits: SearchHit[] }

export type SearchEngine = {
  /** Hits best first; `limit` keeps only the best ones (the box shows 8). */
  search: (query: string, limit?: number) => SearchHit[]
  /** Told the box's text once shown, works out ahead what the next key asks (042, 043). */
  prepareNextKey: (text: string) => void
}

const facetField = (kind: MatchedFacet['kind'], value: string) => `${kind}:${value}`

/**
 * Each status and topic is a field of its own that holds its words in the entries that have it,
 * so an event with six topics ranks as high for "renewal" as an event with that topic alone.
 */
function facetFieldsOf(vocabulary: SearchVocabulary) {
  const fieldsOf = (kind: MatchedFacet['kind'], terms: Record<string, SearchTerms>) =>
    Object.entries(terms).map(([value, { label, words }]) => ({
      field: facetField(kind, value),
      facet: { kind, label },
      words: words.join(' | '),
    }))
  return [...fieldsOf('status', vocabulary.statuses), ...fieldsOf('topic', vocabulary.topics)]
}

/** How long each step of building an engine may take before the page has a turn. */
const buildStepMs = 8

/**
 * An engine over the index, holding only the texts the reader's spoiler settings reveal: a hidden
 * fact can neither match nor appear in a snippet. Build a new one when the settings change.
 *
 * The entries are added in steps of about 8 ms, each in a task of its own (decision 036): in one
 * task, the 100x content's 3,900 entries held the page for 600 to 850 ms after the reader first
 * reached for the box, and the keys typed meanwhile waited. Then it warms up (search-warm-up.ts,
 * decisions 038 and 042). `signal` stops a build, or its idle work, no longer wanted.
 */
export async function createSearchEngine(
  index: SearchIndexResponse,
  settings: SpoilerSettings,
  signal?: AbortSignal,
): Promise<SearchEngine> {
  const { entries } = index
  const facetFields = facetFieldsOf(index.vocabulary)
  const facetsByField = new Map(facetFields.map(({ field, facet }) => [field, facet]))
  const reasonFields: ReasonFields = {
    names: new Set([...nameTokenFields, ...compactFields]),
    texts: new Set(['texts']),
    facets: facetsByField,
  }
  const facetWords = new Map(facetFields.map(({ field, words }) => [field, words]))
  const boost = {
    ...fieldBoosts,
    ...Object.fromEntries(facetFields.map(({ field }) => [field, facetBoost])),
  }
  const weights = entryWeights(entries)
  const revealedTexts = entries.map((entry) =>
    entry.texts.filter(({ spoiler }) => isRevealed(spoiler, settings)).map(({ text }) => text),
  )
  const miniSearch = new PrefixCountingMiniSearch<IndexedDocument>({
    fields: [...tokenFields, ...compactFields, 'title', ...facetsByField.keys()],
    tokenize,
    processTerm: (term) => searchTerm(foldText(term)),
  })
  const documentOf = (entry: SearchEntry, id: number): IndexedDocument => {
    const own = entry.names.filter((name) => !isRelated(name))
    const related = entry.names.filter(isRelated)
    const facets = [
      ...(entry.statuses ?? []).map((status) => facetField('status', status)),
      ...(entry.topics ?? []).map((topic) => facetField('topic', topic)),
    ]
    return {
      id,
      ownNames: own.map((name) => name.value).join(' | '),
      // A character's or person's title is one of its names already.
      title: own.some((name) => name.value === entry.title) ? '' : entry.title,
      ownCompactNames: own.map((name) => compactText(name.value)).join(' '),
      relatedNames: related.map((name) => name.value).join(' | '),
      relatedCompactNames: related.map((name) => compactText(name.value)).join(' '),
      texts: (revealedTexts[id] ?? []).join(' | '),
      ...Object.fromEntries(facets.map((field) => [field, facetWords.get(field) ?? ''])),
    }
  }
  await forEachInSteps(
    entries.entries(),
    buildStepMs,
    ([id, entry]) => miniSearch.add(documentOf(entry, id)),
    signal,
  )

  const weightOf = (id: unknown) => weights[Number(id)] ?? 1
  const wordFields = [...tokenFields, ...facetsByField.keys()]
  // The entries every word matches. Each word's are gathered as MiniSearch meets them, and none is
  // scored (a document boost of 0 skips it): found by a search, scored and sorted, they cost the
  // keystroke "the t" 1.4 ms more at 100x than this.
  const entriesMatching = rememberLast((words: string) =>
    words.split(' ').reduce<Set<number> | undefined>((matching, word) => {
      const found = new Set<number>()
      const gather = (id: unknown) => (found.add(Number(id)), 0)
      miniSearch.search(word, { fields: wordFields, fuzzy, boostDocument: gather })
      return matching ? new Set([...matching].filter((id) => found.has(id))) : found
    }, undefined),
  )

  // The query is read once, here or in `search`, and its hits' reasons take it as read.
  const findHits = (query: TypedQuery, limit: number): SearchHit[] => {
    const words = query.words.slice(0, -1)
    const lastWord = query.words.at(-1)
    if (lastWord === undefined) return []
    // Only an entry every whole word matches can be a hit, so the last word scores no other: "kim s"
    // scored 2,381 entries to keep 296 (2.0 ms at 100x, 1.1 this way). An entry's score for a word
    // does not depend on which others are scored, so the ranking is the same.
    const candidates = words.length > 0 ? entriesMatching(words.join(' ')) : undefined
    const results = miniSearch.search(
      {
        combineWith: 'OR',
        queries: [
          // Every word must match, in a name, a text or a status or topic, each with a letter
          // of slack; the last may be half typed. Half typed to one letter, it looks in the
          // titles and names only, as a title's suggestions do: nearly every text has a word
          // that starts with any letter, so there it would add hits that nothing on screen
          // explains, and at 100x most of the keystroke's time. A digit still looks everywhere:
          // "season 2" ends in a whole word.
          {
            combineWith: 'AND',
            fields: wordFields,
            queries: [
              ...(words.length > 0 ? [words.join(' ')] : []),
              {
                combineWith: 'OR',
                prefix: true,
                queries: halfTypedSpellings(lastWord),
                ...(isOneLetter(lastWord) ? { fields: oneLetterFields } : {}),
                ...(candidates && {
                  boostDocument: (id: unknown) => (candidates.has(Number(id)) ? weightOf(id) : 0),
                }),
              },
            ],
          },
          // The whole query as one word, for "joojihoon" against "Joo Ji-hoon".
          {
            combineWith: 'OR',
            fields: [...compactFields],
            prefix: true,
            queries: halfTypedSpellings(query.compact),
          },
        ],
      },
      {
        boost,
        fuzzy,
        boostDocument: weightOf,
      },
    )
    // Results come best first; only the kept ones get names and excerpts, which cost the most.
    return results.slice(0, limit).flatMap((result) => {
      const id = Number(result.id)
      const entry = entries[id]
      if (!entry) return []
      const reasons = matchReasonsOf(result, entry, revealedTexts[id] ?? [], reasonFields, query)
      return [{ entry, score: result.score, ...reasons }]
    })
  }
  // Answers kept ahead (search-warm-up.ts), and the last one shown: "baek " asks what "baek" did.
  const findTextHits = (text: string, limit: number) => findHits(readQuery(text), limit)
  const { answerFor, prepareNextKey } = await warmUp(findTextHits, entries, miniSearch, signal)
  const answerShown = rememberLast((words) => answerFor(words) ?? findTextHits(words, answeredHits))
  return {
    prepareNextKey,
    search(text, limit = Infinity) {
      const query = readQuery(text)
      if (query.words.length === 0 || limit > answeredHits) return findHits(query, limit)
      return answerShown(answerKey(query.words)).slice(0, limit)
    },
  }
}

/** Where a group goes when two groups' best hits tie; every entry type must have a place. */
const groupRank: Record<SearchEntryType, number> = {
  series: 0,
  character: 1,
  person: 2,
  'timeline-event': 3,
  source: 4,
  origin: 5,
}

/**
 * The best `limit` hits, grouped by type, the group with the best hit first, so the first option
 * shown is always the best match.
 */
export function groupHits(hits: readonly SearchHit[], limit = 8): SearchGroup[] {
  const groups = new Map<SearchEntryType, SearchHit[]>()
  for (const hit of [...hits].sort((a, b) => b.score - a.score).slice(0, limit)) {
    groups.set(hit.entry.type, [...(groups.get(hit.entry.type) ?? []), hit])
  }
  return [...groups.entries()]
    .map(([type, groupHitList]) => ({ type, hits: groupHitList }))
    .sort(
      (a, b) =>
        (b.hits[0]?.score ?? 0) - (a.hits[0]?.score ?? 0) || groupRank[a.type] - groupRank[b.type],
    )
}
