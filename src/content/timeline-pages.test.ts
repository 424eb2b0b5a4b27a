import { describe, expect, it } from 'vitest'
import { paths } from '../config/paths.ts'
import type { PartialDate } from './fact-schemas.ts'
import { readTimelinePage, splitTimeline } from './timeline-pages.ts'

const day = (value: string): PartialDate => ({ value, precision: 'day', qualifier: 'on' })

/** `count` events on the days from `first` on, one a day, named after their date. */
function eventsFrom(first: string, count: number) {
  const start = new Date(`${first}T00:00:00Z`)
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(start.getTime() + index * 86_400_000).toISOString().slice(0, 10)
    return { slug: `event-${date}`, date: day(date) }
  })
}

describe('splitting the timeline into pages', () => {
  it('gives each year its own page, whatever order the events come in', () => {
    const events = [...eventsFrom('2026-03-01', 2), ...eventsFrom('2025-01-01', 3)].reverse()
    const { pages, pageOf } = splitTimeline(events, 10)
    expect(pages.map(({ year, number, count }) => ({ year, number, count }))).toEqual([
      { year: '2025', number: 1, count: 3 },
      { year: '2026', number: 1, count: 2 },
    ])
    expect(pages[0]?.from).toEqual(day('2025-01-01'))
    expect(pages[0]?.to).toEqual(day('2025-01-03'))
    expect(pageOf.get('event-2026-03-02')).toEqual({ year: '2026', number: 1 })
  })

  it('runs a year with more events than a page holds on over numbered pages', () => {
    const events = eventsFrom('2025-01-01', 23)
    const { pages, pageOf } = splitTimeline(events, 10)
    expect(pages.map((page) => page.count)).toEqual([10, 10, 3])
    expect(pages.map((page) => paths.timelinePage(page))).toEqual([
      '/timeline/2025',
      '/timeline/2025/page-2',
      '/timeline/2025/page-3',
    ])
    expect(pageOf.get('event-2025-01-11')).toEqual({ year: '2025', number: 2 })
    expect(pageOf.size).toBe(events.length)
  })

  it('keeps every event on its page when newer events arrive', () => {
    const events = eventsFrom('2025-01-01', 25)
    const before = splitTimeline(events, 10).pageOf
    const after = splitTimeline([...events, ...eventsFrom('2025-06-01', 12)], 10).pageOf
    for (const { slug } of events) expect(after.get(slug)).toEqual(before.get(slug))
  })
})

describe('timeline page addresses', () => {
  it('reads back every address it builds', () => {
    for (const page of [
      { year: '2025', number: 1 },
      { year: '2025', number: 12 },
    ]) {
      const [, , year = '', segment] = paths.timelinePage(page).split('/')
      expect(readTimelinePage(year, segment)).toEqual(page)
    }
  })

  it('gives each page one address: no page-1, no bare or padded numbers', () => {
    for (const [year, segment] of [
      ['2025', 'page-1'],
      ['2025', '2'],
      ['2025', 'page-02'],
      ['25', undefined],
    ] as const) {
      expect(readTimelinePage(year, segment)).toBeNull()
    }
  })

  it('links an event and a claim on the page that holds them', () => {
    const page = { year: '2025', number: 2 }
    expect(paths.timelineEvent(page, 'a-report')).toBe('/timeline/2025/page-2#a-report')
    expect(paths.timelineClaim(page, 'a-report', 'filming')).toBe(
      '/timeline/2025/page-2#a-report--filming',
    )
  })
})
