/**
 * The built site's Content-Security-Policy. Every script is a file from the site itself (the theme
 * script is public/theme.js for this reason), so no inline script is allowed, and data is read
 * from the same origin only. Development is left alone: Vite's dev server injects inline scripts
 * for hot reload, and MSW's worker runs there.
 */
import type { Plugin } from 'vite'

const policy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
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
 * the other headers a static host should send. `vite preview` sends them; see README "Security".
 */
const securityHeaders: Record<string, string> = {
  'content-security-policy': serialize({ ...policy, 'frame-ancestors': ["'none'"] }),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
}

/** Sends the headers from `vite preview`, so local checks see what production should serve. */
export function previewSecurityHeadersPlugin(): Plugin {
  return {
    name: 'trauma-code-preview-security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((_request, response, next) => {
        for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value)
        next()
      })
    },
  }
}
