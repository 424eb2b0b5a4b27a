/**
 * Each page's share image (og:image, twitter:image): a 1200×630 PNG drawn at build time from the
 * page's share card (share-cards.ts). satori lays the card out and writes SVG, with the text as
 * glyph outlines from the Inter font that @fontsource/inter ships; @resvg/resvg-js rasterises it,
 * because social sites read PNG and JPEG, not SVG. Nothing here reaches the browser bundle.
 * The art is the wiki's own: a cross, a heartbeat line and the site's colours, no photograph.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import type { ReactElement } from 'react'
import satori, { type Font } from 'satori'
import { renderAsync } from '@resvg/resvg-js'
import type { ShareCard } from './share-cards.ts'

export const shareImageSize = { width: 1200, height: 630 } as const

const siteName = 'The Trauma Code wiki'
const colours = {
  background: '#1c1b1a',
  text: '#ece8e4',
  muted: '#b1aba5',
  accent: '#ff8a80',
  red: '#b3261e',
}

/** A path in dist (and in the site) for a page's image: "/" → /og/home.png, "/a/b" → /og/a/b.png. */
export function shareImagePath(pagePath: string): string {
  const name = pagePath === '/' ? 'home' : pagePath.replace(/^\/|\/$/g, '')
  return `/og/${name}.png`
}

/** The image's alternative text (og:image:alt): what the card says. */
export function shareImageAlt(card: ShareCard): string {
  return `${card.title}: ${card.fact}. ${card.section}, ${siteName}.`
}

type Style = Record<string, string | number>
type Child = ReactElement | string
/** satori reads React-like elements; the build runs TypeScript without JSX, so they are built here. */
function h(type: string, props: Record<string, unknown> & { style?: Style }, ...children: Child[]) {
  const element: ReactElement = {
    type,
    key: null,
    props: { ...props, children: children.length === 1 ? children[0] : children },
  }
  return element
}

/** The heartbeat line along the bottom, in the accent colour. */
function heartbeat() {
  const points =
    'M0 60 H420 L445 60 L460 20 L480 105 L500 0 L520 90 L535 60 H700 L720 45 L740 60 H1200'
  return h(
    'svg',
    { width: 1056, height: 110, viewBox: '0 0 1200 110', style: { marginTop: 'auto' } },
    h('path', {
      d: points,
      fill: 'none',
      stroke: colours.accent,
      'stroke-width': 6,
      'stroke-linejoin': 'round',
    }),
  )
}

/** The wiki's mark: the white cross on a red tile, as in favicon.svg. */
function mark() {
  return h(
    'svg',
    { width: 64, height: 64, viewBox: '0 0 32 32' },
    h('rect', { width: 32, height: 32, rx: 6, fill: colours.red }),
    h('path', { d: 'M13 7h6v6h6v6h-6v6h-6v-6H7v-6h6z', fill: '#fff' }),
  )
}

/** Long titles (article headlines) get a smaller size so they fit in three lines. */
function titleSize(title: string): number {
  if (title.length <= 28) return 76
  if (title.length <= 60) return 60
  return 46
}

/** The card as satori's element tree; exported so a test can read what the image will say. */
export function shareCardTree(card: ShareCard): ReactElement {
  return h(
    'div',
    {
      style: {
        display: 'flex',
        flexDirection: 'column',
        width: shareImageSize.width,
        height: shareImageSize.height,
        boxSizing: 'border-box',
        padding: '56px 72px 40px',
        backgroundColor: colours.background,
        color: colours.text,
        fontFamily: 'Inter',
      },
    },
    h(
      'div',
      { style: { display: 'flex', alignItems: 'center', gap: 24 } },
      mark(),
      h('div', { style: { fontSize: 34, fontWeight: 700 } }, siteName),
      h(
        'div',
        {
          style: {
            marginLeft: 'auto',
            fontSize: 28,
            color: colours.muted,
            border: `2px solid ${colours.muted}`,
            borderRadius: 999,
            padding: '6px 22px',
          },
        },
        card.section,
      ),
    ),
    h(
      'div',
      {
        style: {
          display: 'flex',
          marginTop: 56,
          fontSize: titleSize(card.title),
          fontWeight: 700,
          lineHeight: 1.1,
          maxHeight: 270,
          overflow: 'hidden',
        },
      },
      card.title,
    ),
    h(
      'div',
      {
        style: {
          display: 'flex',
          marginTop: 28,
          fontSize: 34,
          color: colours.accent,
          lineHeight: 1.25,
        },
      },
      card.fact,
    ),
    heartbeat(),
  )
}

const require = createRequire(import.meta.url)
let fonts: Promise<Font[]> | undefined

/** Inter regular and bold, Latin and Latin Extended (satori reads .woff, not .woff2). */
function loadFonts(): Promise<Font[]> {
  const file = (subset: string, weight: 400 | 700) =>
    require.resolve(`@fontsource/inter/files/inter-${subset}-${String(weight)}-normal.woff`)
  fonts ??= Promise.all(
    (['latin', 'latin-ext'] as const).flatMap((subset) =>
      ([400, 700] as const).map(async (weight) => ({
        name: 'Inter',
        weight,
        style: 'normal' as const,
        data: await readFile(file(subset, weight)),
      })),
    ),
  )
  return fonts
}

/** The card as SVG (text drawn as outlines). */
export async function shareImageSvg(card: ShareCard): Promise<string> {
  return satori(shareCardTree(card), { ...shareImageSize, fonts: await loadFonts() })
}

/** Drawn images by their SVG's hash: drawing is most of the cost, and most cards do not change. */
const cacheDir = path.resolve(import.meta.dirname, '../../node_modules/.cache/share-images')

/**
 * The card as a PNG file's bytes. resvg draws on a worker thread, so pages render meanwhile; an
 * image drawn by an earlier build from the same SVG is reused.
 */
export async function shareImagePng(card: ShareCard): Promise<Buffer> {
  const svg = await shareImageSvg(card)
  const cached = path.join(cacheDir, `${createHash('sha256').update(svg).digest('hex')}.png`)
  try {
    return await readFile(cached)
  } catch {
    const image = await renderAsync(svg, { fitTo: { mode: 'width', value: shareImageSize.width } })
    const png = image.asPng()
    await mkdir(cacheDir, { recursive: true })
    await writeFile(cached, png)
    return png
  }
}

export type SharedImage = { url: string; alt: string; width: number; height: number }

/**
 * Starts drawing `card` into dist at shareImagePath(pagePath). Returns what the page's head says
 * of the image at once, and `written`, which the build awaits before it finishes.
 */
export function shareImage(
  dist: string,
  pagePath: string,
  card: ShareCard,
  siteUrl: string,
): { image: SharedImage; written: Promise<void> } {
  const imagePath = shareImagePath(pagePath)
  const file = path.join(dist, imagePath)
  const written = (async () => {
    const png = await shareImagePng(card)
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, png)
  })()
  return {
    image: { url: siteUrl + imagePath, alt: shareImageAlt(card), ...shareImageSize },
    written,
  }
}

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
}

/** The lines the card draws, the site's name included. */
export function shareCardLines(card: ShareCard): string[] {
  return [siteName, card.section, card.title, card.fact]
}

/**
 * True when the card draws the page's title: the first part of its <title> ("Baek Kang-hyuk" of
 * "Baek Kang-hyuk · Characters · The Trauma Code wiki"; the site's name on the home page).
 */
export function cardNamesPage(card: ShareCard, html: string): boolean {
  const [first = ''] = pageTitleOf(html).split(' · ')
  return shareCardLines(card).includes(first)
}

/** The text of a rendered page's <title>, unescaped as React escapes it. */
export function pageTitleOf(html: string): string {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''
  return title.replace(/&(?:amp|lt|gt|quot|#x27|#39);/g, (entity) => entities[entity] ?? entity)
}
