import { describe, expect, it } from 'vitest'
import type { PersonResponse, SeriesResponse } from '../content/api-contract.ts'
import { personJsonLd, seriesJsonLd } from './structured-data.ts'

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
