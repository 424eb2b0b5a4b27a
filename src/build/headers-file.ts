/**
 * dist/_headers: the HTTP headers of the built site in the format Netlify and Cloudflare Pages
 * read, and `vite preview` serves (vite-plugin-preview-headers.ts). Both hosts merge every rule
 * whose path matches, joining the values of a header that two rules set, so each header is set by
 * rules that never overlap: the security headers once for every path, and Cache-Control per kind
 * of file.
 */
import { paths } from '../config/paths.ts'
import { securityHeaders } from './security-policy.ts'

type HeaderRule = { path: string; headers: Readonly<Record<string, string>> }

/** Hashed file names change with their content, so a browser may keep them for a year. */
const immutable = { 'Cache-Control': 'public, max-age=31536000, immutable' }
/**
 * Pages, data, share images, the feed and the service worker change with every build: always
 * revalidate.
 */
const revalidate = { 'Cache-Control': 'no-cache' }

export function headerRules(pagePaths: readonly string[]): HeaderRule[] {
  return [
    { path: '/*', headers: securityHeaders },
    { path: '/assets/*', headers: immutable },
    ...[...pagePaths, '/404.html', '/api/*', '/og/*', paths.feed(), '/sw.js'].map((path) => ({
      path,
      headers: revalidate,
    })),
  ]
}

export function headersFile(pagePaths: readonly string[]): string {
  const rules = headerRules(pagePaths).map(({ path, headers }) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  )
  return `# Written by npm run build (src/build/headers-file.ts); see README "Deploy".\n${rules.join('\n')}\n`
}
