import { describe, expect, it } from 'vitest'
import type { Source } from './schemas.ts'
import { sourceAsOf } from './source-dates.ts'
import { timelineEvent } from '../testing/timeline-event.ts'

const day = (value: string) => ({ value, precision: 'day' as const, qualifier: 'on' as const })

function source(id: string, published: Source['published']): Source {
  return {
    $schema: '../schemas/source.schema.json',
    id,
    label: id,
    headline: null,
    outlet: null,
    published,
    url: null,
    seedFile: '000_0000000000000000.txt',
  }
}

describe("an article's date for a page's freshness", () => {
  const events = [
    timelineEvent({ slug: 'older', kind: 'report', date: day('2025-01-31'), sources: ['a'] }),
    timelineEvent({ slug: 'newer', kind: 'report', date: day('2025-09-23'), sources: ['a'] }),
    timelineEvent({
      slug: 'other',
      kind: 'report',
      date: day('2026-06-22'),
      summary: { value: 'Another article.', sources: ['b'] },
      sources: ['b'],
    }),
  ]

  it('is the publication date when the article has one', () => {
    expect(sourceAsOf(source('a', day('2025-02-04')), events)).toEqual({
      date: day('2025-02-04'),
      basis: 'published',
    })
  })

  it('is the newest event an undated article reports, since it was written after it', () => {
    expect(sourceAsOf(source('a', null), events)).toEqual({
      date: day('2025-09-23'),
      basis: 'reported-event',
    })
  })

  it('is unknown for an undated article the timeline never cites', () => {
    expect(sourceAsOf(source('c', null), events)).toBeNull()
  })
})
