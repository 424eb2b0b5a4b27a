/**
 * What a page's markers and its reference list share (references.tsx), apart from their code: the
 * page foot, on every page, reads the articles cited (`use(ReferenceContext)`) without loading
 * that code on pages that cite nothing (the sources pages).
 */
import { createContext } from 'react'
import type { SourceBody } from '@/content/api-contract'

export type ReferenceIndex = {
  /**
   * The article's number, given the first time the page cites it. Markers render before the list
   * that closes the page, in the same order on the server and in the browser, so the prerendered
   * numbers and the hydrated ones agree. Numbering is a write during render, but one that a second
   * render finds done: React's repeated and skipped renders leave every number as it was. 0 for
   * an article the page's data does not have.
   */
  numberOf: (id: string) => number
  /** The articles cited so far, in number order (article n at n - 1): what the list shows. */
  cited: readonly SourceBody[]
  idPrefix: string
}

export const ReferenceContext = createContext<ReferenceIndex | null>(null)
