import { useLocation } from 'react-router'
import type { SourceBody } from '@/content/api-contract'
import { repositoryLinks } from '@/config/repository-links'
import { formatPartialDate } from '@/lib/format-date'
import './page-footer.css'

type AsOf = NonNullable<SourceBody['asOf']>

/** The newest date among a page's sources: how fresh the page's facts are. */
export function newestAsOf(sources: readonly Pick<SourceBody, 'asOf'>[]): AsOf | null {
  let newest: AsOf | null = null
  for (const { asOf } of sources) {
    if (asOf && (newest === null || asOf.date.value > newest.date.value)) newest = asOf
  }
  return newest
}

/** "characters/baek-kang-hyuk.json", or "the timeline folder" for a whole collection. */
function fileName(file: string): string {
  const name = file.replace(/^src\/fixtures\//, '')
  return name.endsWith('/') ? `the ${name.slice(0, -1)} folder` : name
}

/**
 * The foot of every page: when its facts were last updated (the newest article they come from, or
 * the newest event an undated article reports; never the build time), and, where the build was
 * given a repository URL, links to edit the page's content files and to report an error.
 */
export function PageFooter({
  sources,
  files,
  title,
}: {
  /**
   * The articles the page's facts come from: its document's, cited on the page or, for what a
   * list page sums up, on the pages it links (decision 034).
   */
  sources: readonly Pick<SourceBody, 'asOf'>[]
  /** The page's content files, the main one first (src/config/fixture-files.ts). */
  files: readonly string[]
  /** The page's name, for the error report's title. */
  title: string
}) {
  const { pathname } = useLocation()
  // Read where it is used: a build without the variable folds this to null and drops the links'
  // code, and tests can set the variable per test.
  const repositoryUrl = import.meta.env.WIKI_REPOSITORY_URL
  const links = repositoryUrl
    ? repositoryLinks(repositoryUrl, import.meta.env.WIKI_REPOSITORY_BRANCH)
    : null
  const newest = newestAsOf(sources)
  const [mainFile, ...otherFiles] = files
  return (
    <div className="page-footer">
      {newest ? (
        <p className="page-updated">
          Last updated <time dateTime={newest.date.value}>{formatPartialDate(newest.date)}</time>
          {newest.basis === 'published'
            ? ', the date of the newest article this page draws on.'
            : ', the date of the newest event reported in the articles this page draws on.'}
        </p>
      ) : null}
      {links && mainFile ? (
        <p className="page-edit-links">
          <a href={links.edit(mainFile)} rel="noopener noreferrer">
            Edit this page
          </a>
          {otherFiles.map((file) => (
            <span key={file}>
              {' · '}
              <a href={links.edit(file)} rel="noopener noreferrer">
                Edit {fileName(file)}
              </a>
            </span>
          ))}
          {' · '}
          <a href={links.report({ title, path: pathname, files })} rel="noopener noreferrer">
            Report an error
          </a>
        </p>
      ) : null}
    </div>
  )
}
