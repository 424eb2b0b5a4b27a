/**
 * The repository URL the preview build is given (WIKI_REPOSITORY_URL), so the built pages carry
 * their edit and report links; the dev server runs without it, so dev shows the links absent.
 */
export const testRepositoryUrl = 'https://github.com/example/trauma-code-wiki'

/** What every build the browser tests make is given, so their code and file names match. */
export const previewBuildEnv = { WIKI_REPOSITORY_URL: testRepositoryUrl }
