/** How the sources list and a source's page name, date and link an article. */
import type { SourceBody } from '@/content/api-contract'
import { formatPartialDate } from '@/lib/format-date'

/**
 * The article's headline as printed or, when the saved copy has none, our own label, marked so a
 * reader never takes our words for the article's.
 */
export function SourceName({ source }: { source: Pick<SourceBody, 'headline' | 'label'> }) {
  if (source.headline !== null) return <>{source.headline}</>
  return (
    <>
      <span className="source-untitled">Untitled article:</span> {source.label}
    </>
  )
}

/** Plain text for `<title>` and meta descriptions. */
export function sourceTitle(source: Pick<SourceBody, 'headline' | 'label'>): string {
  return source.headline ?? source.label
}

export function PublishedDate({ published }: { published: SourceBody['published'] }) {
  if (published === null) return <>Undated</>
  return <time dateTime={published.value}>{formatPartialDate(published)}</time>
}

/** The article's address when it is a web link we can safely open; null otherwise. */
export function webAddress(url: string | null): string | null {
  return url !== null && /^https?:\/\//i.test(url) ? url : null
}

/** "Read the article", opening in a new tab. */
export function ExternalArticleLink({ url }: { url: string }) {
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      Read the article <span className="visually-hidden">(opens in a new tab)</span>
    </a>
  )
}
