/**
 * The whole HTML document of a prerendered page, rendered by React so that no string surgery puts
 * the page's head together. React 19 hoists the page's own <title> and <meta> (PageHead) into this
 * <head>, after the charset and viewport and before the scripts and stylesheets, so the CSP <meta>
 * (also hoisted, and rendered first) comes before anything it governs.
 */
import type { ReactNode } from 'react'
import { paths } from '@/config/paths'
import type { PrerenderedState } from '../prerendered-state'
import { prerenderedStateElementId } from '../prerendered-state'
import bootScript from './boot-script.js?raw'
import { themeScript } from './theme-script'

/** What the build knows about a page that the app does not: its assets, address and metadata. */
export type DocumentShell = {
  contentSecurityPolicy: string
  /** The site's stylesheets, then the route's. */
  stylesheets: readonly string[]
  /** The boot script (boot-script.js) starts these after the first paint (decision 002). */
  boot: { entry: string; modules: readonly string[] }
  /** Absent on the 404 page, which has no address of its own. */
  sharing?: {
    url: string
    ogType: 'website' | 'article' | 'profile' | 'video.tv_show'
    jsonLd?: Record<string, unknown> | undefined
    /** The page's share image, drawn by the build (src/build/share-images.ts). */
    image?: { url: string; alt: string; width: number; height: number } | undefined
  }
}

const siteName = 'The Trauma Code wiki'

/**
 * JSON inside a <script> element, which React writes as raw text: `<` is escaped so no string in
 * the content can close the element.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c')
}

function ImageTags({ image }: { image: NonNullable<DocumentShell['sharing']>['image'] }) {
  if (image === undefined) return <meta name="twitter:card" content="summary" />
  return (
    <>
      <meta property="og:image" content={image.url} />
      <meta property="og:image:type" content="image/png" />
      <meta property="og:image:width" content={String(image.width)} />
      <meta property="og:image:height" content={String(image.height)} />
      <meta property="og:image:alt" content={image.alt} />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:image" content={image.url} />
      <meta name="twitter:image:alt" content={image.alt} />
    </>
  )
}

function SharingTags({ url, ogType, jsonLd, image }: NonNullable<DocumentShell['sharing']>) {
  return (
    <>
      <link rel="canonical" href={url} />
      <meta property="og:type" content={ogType} />
      <meta property="og:site_name" content={siteName} />
      <meta property="og:url" content={url} />
      <ImageTags image={image} />
      {jsonLd === undefined ? null : (
        <script type="application/ld+json">{scriptJson(jsonLd)}</script>
      )}
    </>
  )
}

export function PageDocument({
  shell,
  state,
  children,
}: {
  shell: DocumentShell
  /** The query cache the page was rendered from, for the app to hydrate without fetching. */
  state: PrerenderedState
  /** The app, rendered inside #root. */
  children: ReactNode
}) {
  return (
    <html lang="en">
      <head>
        <meta charSet="UTF-8" />
        <meta httpEquiv="Content-Security-Policy" content={shell.contentSecurityPolicy} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link
          rel="alternate"
          type="application/atom+xml"
          title="The Trauma Code wiki: the rumor timeline"
          href={paths.feed()}
        />
        {shell.sharing ? <SharingTags {...shell.sharing} /> : null}
        <script>{themeScript}</script>
        <script data-entry={shell.boot.entry} data-modules={shell.boot.modules.join(' ')}>
          {bootScript}
        </script>
        {shell.stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
      </head>
      <body>
        <div id="root">{children}</div>
        <script type="application/json" id={prerenderedStateElementId}>
          {scriptJson(state)}
        </script>
      </body>
    </html>
  )
}
