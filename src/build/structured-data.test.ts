import { describe, expect, it } from 'vitest'
import type { PersonResponse, SeriesResponse } from '../content/api-contract.ts'
import { pageHeadTags, personJsonLd, scriptJson, seriesJsonLd } from './page-head.ts'

const fact = <T>(value: T) => ({ value, sources: ['a'] })

describe('structured data', () => {
  const series = {
    series: {
      title: fact('The Trauma Code: Heroes on Call'),
      alternativeTitles: [fact('Trauma Code')],
      description: [fact('A medical drama.')],
      premiere: [fact({ value: '2025-01-24', precision: 'day', qualifier: 'on' })],
      episodeCount: [fact(8)],
    },
  } as unknown as SeriesResponse

  it('states the series facts the articles agree on', () => {
    expect(seriesJsonLd(series, 'https://wiki.test/')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'TVSeries',
      name: 'The Trauma Code: Heroes on Call',
      alternateName: ['Trauma Code'],
      description: 'A medical drama.',
      startDate: '2025-01-24',
      numberOfEpisodes: 8,
      url: 'https://wiki.test/',
    })
  })

  it('leaves out a field the articles disagree on rather than pick one value', () => {
    const disputed = structuredClone(series)
    disputed.series.episodeCount = [fact(8), fact(10)]
    expect(seriesJsonLd(disputed, 'https://wiki.test/').numberOfEpisodes).toBeUndefined()
  })

  it('names a person with every other spelling', () => {
    const person = {
      person: {
        name: fact('Ju Ji-hoon'),
        nameVariants: [{ ...fact('Joo Ji-hoon'), kind: 'romanization' }],
        profession: [fact('Actor')],
      },
    } as unknown as PersonResponse
    expect(personJsonLd(person, 'https://wiki.test/people/ju-ji-hoon')).toMatchObject({
      '@type': 'Person',
      name: 'Ju Ji-hoon',
      alternateName: ['Joo Ji-hoon'],
      jobTitle: 'Actor',
    })
  })
})

describe('head tags', () => {
  it('repeats the page title and description for sharing, and links the canonical address', () => {
    const tags = pageHeadTags({
      head: '<title>Baek Kang-hyuk · The Trauma Code wiki</title><meta name="description" content="A surgeon &amp; mentor."/>',
      url: 'https://wiki.test/characters/baek-kang-hyuk',
      ogType: 'article',
    })
    expect(tags).toContain(
      '<link rel="canonical" href="https://wiki.test/characters/baek-kang-hyuk">',
    )
    expect(tags).toContain(
      '<meta property="og:title" content="Baek Kang-hyuk · The Trauma Code wiki">',
    )
    expect(tags).toContain('<meta property="og:description" content="A surgeon &amp; mentor.">')
  })

  it('keeps JSON inside a script element from closing it', () => {
    expect(scriptJson({ text: '</script><script>alert(1)</script>' })).not.toContain('</script')
  })
})
