/**
 * The built site's Content-Security-Policy. Every script is a file from the site itself except the
 * theme script each page's head carries inline (src/app/prerender/theme-script.ts), which its hash
 * allows; no other inline script runs, and data is read from the same origin only. Development is
 * left alone: Vite's dev server injects inline scripts for hot reload, and MSW's worker runs there.
 */
import { createHash } from 'node:crypto'
import { themeScript } from '../app/prerender/theme-script.ts'

const themeScriptSource = `'sha256-${createHash('sha256').update(themeScript).digest('base64')}'`

const policy = {
  'default-src': ["'self'"],
  'script-src': ["'self'", themeScriptSource],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
}

function serialize(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}

/** The policy as each prerendered page's <meta> carries it (src/app/prerender/page-document.tsx). */
export const contentSecurityPolicy = serialize(policy)

/**
 * The same policy as an HTTP header, which may also forbid framing (a <meta> policy cannot), with
 * the other headers a static host should send. dist/_headers declares them (headers-file.ts).
 */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': serialize({ ...policy, 'frame-ancestors': ["'none'"] }),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
}
