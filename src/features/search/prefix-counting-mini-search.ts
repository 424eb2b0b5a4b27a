/**
 * MiniSearch that can also count the terms it holds that begin with a prefix: which letters may
 * come next in a half-typed word, so that the search box answers those ahead (decision 043).
 * MiniSearch keeps its terms in a radix tree, `_index`, which it leaves to subclasses; a prefix
 * is found in it without reading the terms, and counting stops at `most`.
 */
import MiniSearch from 'minisearch'

export class PrefixCountingMiniSearch<Document> extends MiniSearch<Document> {
  /** How many indexed terms begin with `prefix` (as processed), counted up to `most`. */
  termsBeginning(prefix: string, most: number): number {
    const terms = this._index.atPrefix(prefix).keys()
    let count = 0
    while (count < most && !terms.next().done) count++
    return count
  }
}
