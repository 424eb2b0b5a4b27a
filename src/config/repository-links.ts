/**
 * "Edit this page" and "Report an error" addresses on the repository host, from one configured
 * repository URL (WIKI_REPOSITORY_URL at build time, see README "Deploy"). GitHub's address
 * scheme: /edit/<branch>/<file> opens the web editor (and offers a fork to anyone without write
 * access); /tree/<branch>/<folder> lists a folder; /issues/new takes a prefilled title and body.
 */
export type RepositoryLinks = {
  edit: (file: string) => string
  report: (page: { title: string; path: string; files: readonly string[] }) => string
}

export function repositoryLinks(
  repositoryUrl: string | undefined,
  branch = 'main',
): RepositoryLinks | null {
  const base = repositoryUrl
    ?.trim()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
  if (!base) return null
  return {
    edit: (file) =>
      file.endsWith('/') ? `${base}/tree/${branch}/${file}` : `${base}/edit/${branch}/${file}`,
    report: ({ title, path, files }) => {
      const body = [
        `Page: ${path}`,
        `Content files: ${files.join(', ')}`,
        '',
        'What is wrong:',
        '',
        'What the article says (name the article and quote its sentence):',
        '',
      ].join('\n')
      const query = new URLSearchParams({ title: `Content error: ${title}`, body })
      return `${base}/issues/new?${query.toString()}`
    },
  }
}
