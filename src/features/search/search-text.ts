/**
 * How search reads text, the same for what it indexes and for what the reader types: names are
 * romanized differently from article to article (Joo Ji-hoon, Ju Ji-hoon; Jeong Jae-kwang, Jung
 * Jae-kwang), so matching ignores case, accents, hyphens and spaces, and reads the usual
 * spellings of one Korean vowel as one.
 */

/** Lowercase, without accents: "Ju Jí-hoon" and "ju ji-hoon" are the same. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\p{Diacritic}\p{M}]/gu, '')
    .toLowerCase()
}

/** Words split on spaces and punctuation, so "Ji-hoon" is two words. */
export function tokenize(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
}

/** A name as one word: "Joo Ji-hoon" and "joojihoon" both become "joojihoon". */
export function compactText(text: string): string {
  return tokenize(text).join('')
}

/** A reader's query, read once: its words, and the whole as one word (as `compactText` has it). */
export type TypedQuery = { words: readonly string[]; compact: string }

export function readQuery(text: string): TypedQuery {
  const words = tokenize(text)
  return { words, compact: words.join('') }
}

/**
 * The key an answer is kept under: the query's words as read, joined by a space, so that "Baek
 * kang", "baek-kang" and "baek  kang " share one answer (search-engine.ts, search-warm-up.ts).
 */
export function answerKey(words: readonly string[]): string {
  return words.join(' ')
}

/**
 * Spellings of one Korean vowel that articles use in turn, and the one they fold to. The informal
 * spellings write 어 and 으 as "u" (Jung, Kyung, Hyuk, Sung), so "eo" and "eu" fold to "u", not to
 * "o", which would keep Jeong from Jung and make 어 and 오 (Jo) one vowel.
 */
const vowelSpellings: Record<string, string> = {
  oo: 'u', // 우: Joo and Ju, Hoon and Hun, Choo and Chu, Yoon and Yun
  ou: 'u', // 유, 영: Youn and Yun, Young and Yeong (both "yung")
  eo: 'u', // 어: Jeong and Jung, Gyeong and Kyung, Hyeok and Hyuk
  eu: 'u', // 으: Seung and Sung, Eui and Ui
  ee: 'i', // 이: Lee and Li, Hee and Hi
}
const vowelSpelling = new RegExp(Object.keys(vowelSpellings).join('|'), 'g')

/**
 * The term a folded word is indexed and searched as, its vowels folded: "joo" and "ju" are both
 * "ju", "hoon" and "hun" both "hun". Two-letter syllables stay two letters, so unlike a wider
 * typo allowance this never makes "ju" match "ji" or "jo".
 */
export function searchTerm(word: string): string {
  return word.replace(vowelSpelling, (spelling) => vowelSpellings[spelling] ?? spelling)
}

/**
 * What a half-typed last word may be the start of, once folded: "ho" may be the start of "hoon",
 * which is searched as "hun", so "ho" also searches "hoo" (folded "hu"); "je" also searches "jeo"
 * ("ju") and "jee" ("ji"). The word comes first; each spelling that folds alike comes once.
 */
export function halfTypedSpellings(word: string): string[] {
  if (word.length < 2) return [word]
  const last = word.slice(-1)
  const byTerm = new Map([[searchTerm(word), word]])
  for (const spelling of Object.keys(vowelSpellings)) {
    if (!spelling.startsWith(last)) continue
    const longer = word + spelling.slice(1)
    if (!byTerm.has(searchTerm(longer))) byTerm.set(searchTerm(longer), longer)
  }
  return [...byTerm.values()]
}

/** The words of a text with where each starts, as the reader sees them, for excerpts. */
export function wordsIn(text: string): IterableIterator<RegExpExecArray> {
  return text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)
}
