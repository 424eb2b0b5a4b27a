/**
 * The built site's Content-Security-Policy. Every script is a file from the site itself except the
 * two each page's head carries inline (src/app/prerender/theme-script.ts and boot-script.js),
 * which their hashes allow; no other inline script runs, and data is read from the same origin
 * only. Development is left alone: Vite's dev server injects inline scripts for hot reload, and
 * MSW's worker runs there.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { themeScript } from '../app/prerender/theme-script.ts'

/** The CSP source that allows one inline script: the sha256 of its exact text. */
const hashSource = (script: string) =>
  `'sha256-${createHash('sha256').update(script).digest('base64')}'`

// The page document inlines the boot script's file as it is (a `?raw` import), so its hash is of
// the same bytes.
const bootScript = readFileSync(new URL('../app/prerender/boot-script.js', import.meta.url), 'utf8')

const policy = {
  'default-src': ["'self'"],
  'script-src': ["'self'", hashSource(themeScript), hashSource(bootScript)],
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
