/**
 * Full-text search over the search index, with MiniSearch. Loaded only when the reader first
 * reaches for the search box, so MiniSearch stays out of the main bundle.
 *
 * It finds an entry by any of its names, spelt any way (see search-text.ts), forgiving a wrong
 * letter, and by the texts its page shows.
 */
import MiniSearch from 'minisearch'
import type {
  SearchEntry,
  SearchEntryType,
  SearchName,
  SearchPlotResponse,
} from '@/content/search-contract'
import { type SpoilerSettings, isRevealed } from '@/lib/spoiler-settings'
import { matchedNameOf, snippetOf, termsMatchedIn } from './search-match-reasons'
import { compactText, foldText, tokenize } from './search-text'

/** The index's entries with the plot texts of the plot document added to theirs. */
export function withPlotTexts(
  entries: readonly SearchEntry[],
  plot: SearchPlotResponse | undefined,
): readonly SearchEntry[] {
  if (!plot) return entries
  const plotTexts = new Map(
    plot.entries.map((entry) => [`${entry.type}:${entry.slug}`, entry.texts]),
  )
  return entries.map((entry) => {
    const texts = plotTexts.get(`${entry.type}:${entry.slug}`)
    return texts ? { ...entry, texts: [...entry.texts, ...texts] } : entry
  })
}

type IndexedFields = {
  id: number
  ownNames: string
  ownCompactNames: string
  relatedNames: string
  relatedCompactNames: string
  texts: string
}

const tokenFields = ['ownNames', 'relatedNames', 'texts'] as const
const compactFields = ['ownCompactNames', 'relatedCompactNames'] as const
const nameFields = new Set<string>([...tokenFields.slice(0, 2), ...compactFields])
const textFields = new Set<string>(['texts'])

// The entity's own names count most; an outlet or author name finds an entry but ranks it below
// the entry that really carries the name.
const fieldBoosts = {
  ownNames: 4,
  ownCompactNames: 4,
  relatedNames: 2,
  relatedCompactNames: 2,
  texts: 1,
}

/** One wrong letter in five is forgiven: "hyok" finds "hyuk". */
const fuzziness = 0.2

// Articles are where facts come from, not what a reader looks for first: an outlet's name should
// open its report before the articles that cover it.
const typeWeights: Record<SearchEntryType, number> = {
  series: 1,
  character: 1,
  person: 1,
  'timeline-event': 1,
  source: 0.5,
  origin: 1,
}

const isRelated = (name: SearchName) => name.kind === 'outlet' || name.kind === 'author'

export type SearchHit = {
  entry: SearchEntry
  score: number
  /** The name that matched, when it is not the entry's title. */
  matchedName?: SearchName
  /** Where the words matched in the text, when no name matched. */
  snippet?: string
}

type SearchGroup = { type: SearchEntryType; hits: SearchHit[] }

type SearchEngine = {
  /** Hits best first; `limit` keeps only the best ones (the box shows 8). */
  search: (query: string, limit?: number) => SearchHit[]
}

/**
 * An engine over the entries, holding only the texts the reader's spoiler settings reveal: a
 * hidden fact can neither match nor appear in a snippet. Build a new one when the settings change.
 */
export function createSearchEngine(
  entries: readonly SearchEntry[],
  settings: SpoilerSettings,
): SearchEngine {
  const revealedTexts = entries.map((entry) =>
    entry.texts.filter(({ spoiler }) => isRevealed(spoiler, settings)).map(({ text }) => text),
  )
  const miniSearch = new MiniSearch<IndexedFields>({
    fields: [...tokenFields, ...compactFields],
    tokenize,
    processTerm: (term) => foldText(term),
  })
  miniSearch.addAll(
    entries.map((entry, id) => {
      const own = entry.names.filter((name) => !isRelated(name))
      const related = entry.names.filter(isRelated)
      return {
        id,
        ownNames: own.map((name) => name.value).join(' | '),
        ownCompactNames: own.map((name) => compactText(name.value)).join(' '),
        relatedNames: related.map((name) => name.value).join(' | '),
        relatedCompactNames: related.map((name) => compactText(name.value)).join(' '),
        texts: (revealedTexts[id] ?? []).join(' | '),
      }
    }),
  )

  return {
    search(query, limit = Infinity) {
      const words = tokenize(query)
      if (words.length === 0) return []
      const results = miniSearch.search(
        {
          combineWith: 'OR',
          queries: [
            // Every word must match, each with a letter of slack; the last may be half typed.
            {
              queries: [words.join(' ')],
              combineWith: 'AND',
              fields: [...tokenFields],
              prefix: (_term, position, terms) => position === terms.length - 1,
            },
            // The whole query as one word, for "joojihoon" against "Joo Ji-hoon".
            {
              queries: [compactText(query)],
              fields: [...compactFields],
              prefix: true,
            },
          ],
        },
        {
          boost: fieldBoosts,
          fuzzy: fuzziness,
          boostDocument: (id) => {
            const entry = entries[Number(id)]
            return entry ? typeWeights[entry.type] : 1
          },
        },
      )
      // MiniSearch returns results best first. The names and excerpts below cost more than the
      // search itself once a short prefix matches thousands of entries, so only the kept ones get them.
      return results.slice(0, limit).flatMap((result) => {
        const id = Number(result.id)
        const entry = entries[id]
        if (!entry) return []
        const matchedName = matchedNameOf(entry.names, termsMatchedIn(result, nameFields))
        // The title is shown anyway, so an excerpt of it would say nothing new.
        const excerptable = (revealedTexts[id] ?? []).filter((text) => text !== entry.title)
        const snippet = matchedName
          ? undefined
          : snippetOf(excerptable, termsMatchedIn(result, textFields), new Set(result.queryTerms))
        return [
          {
            entry,
            score: result.score,
            ...(matchedName && matchedName.kind !== 'name' ? { matchedName } : {}),
            ...(snippet === undefined ? {} : { snippet }),
          },
        ]
      })
    },
  }
}

const groupOrder: readonly SearchEntryType[] = [
  'series',
  'character',
  'person',
  'timeline-event',
  'source',
  'origin',
]

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
        (b.hits[0]?.score ?? 0) - (a.hits[0]?.score ?? 0) ||
        groupOrder.indexOf(a.type) - groupOrder.indexOf(b.type),
    )
}
