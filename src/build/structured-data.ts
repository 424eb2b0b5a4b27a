/**
 * A prerendered page's JSON-LD (src/app/prerender/page-document.tsx renders it). Structured data
 * states only facts every citing article agrees on; where the articles disagree, the field is left
 * out rather than one value picked. Also the escaping the sitemap needs.
 */
import type { Fact } from '../content/fact-schemas.ts'
import type { PersonResponse, SeriesResponse } from '../content/api-contract.ts'

export function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
}

/** The one value of an attested field, or nothing when articles give several. */
function agreed<T>(facts: readonly Fact<T>[]): T | undefined {
  return facts.length === 1 ? facts[0]?.value : undefined
}

export function seriesJsonLd(document: SeriesResponse, url: string): Record<string, unknown> {
  const { series } = document
  const premiere = agreed(series.premiere)
  return {
    '@context': 'https://schema.org',
    '@type': 'TVSeries',
    name: series.title.value,
    alternateName: series.alternativeTitles.map((title) => title.value),
    description: series.description[0]?.value,
    ...(premiere?.precision === 'day' ? { startDate: premiere.value } : {}),
    numberOfEpisodes: agreed(series.episodeCount),
    url,
  }
}

export function personJsonLd(document: PersonResponse, url: string): Record<string, unknown> {
  const { person } = document
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: person.name.value,
    alternateName: person.nameVariants.map((variant) => variant.value),
    jobTitle: agreed(person.profession ?? []),
    url,
  }
}
