/**
 * The head of a prerendered page beyond what React renders (title and description): canonical
 * address, Open Graph tags and JSON-LD. Structured data states only facts every citing article
 * agrees on; where the articles disagree, the field is left out rather than one value picked.
 */
import type { Fact } from '../content/fact-schemas.ts'
import type { PersonResponse, SeriesResponse } from '../content/api-contract.ts'

const siteName = 'The Trauma Code wiki'

export function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
}

/** JSON inside a <script> element: `<` is escaped so no string can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c')
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

/** Text of the first element React hoisted, e.g. the <title>; already escaped by React. */
function hoisted(head: string, pattern: RegExp): string | undefined {
  return pattern.exec(head)?.[1]
}

export function pageHeadTags({
  head,
  url,
  ogType,
  jsonLd,
}: {
  /** React's hoisted <title> and <meta name="description">. */
  head: string
  url: string
  ogType: 'website' | 'article' | 'profile' | 'video.tv_show'
  jsonLd?: Record<string, unknown> | undefined
}): string {
  const title = hoisted(head, /<title>([^<]*)<\/title>/) ?? siteName
  const description = hoisted(head, /<meta name="description" content="([^"]*)"/) ?? ''
  const tags = [
    head,
    `<link rel="canonical" href="${escapeAttribute(url)}">`,
    `<meta property="og:type" content="${ogType}">`,
    `<meta property="og:site_name" content="${siteName}">`,
    `<meta property="og:title" content="${title}">`,
    `<meta property="og:description" content="${description}">`,
    `<meta property="og:url" content="${escapeAttribute(url)}">`,
    '<meta name="twitter:card" content="summary">',
  ]
  if (jsonLd) tags.push(`<script type="application/ld+json">${scriptJson(jsonLd)}</script>`)
  return tags.join('\n    ')
}
