/**
 * `vite preview` answers an address that is not a page with the prerendered 404.html and a real
 * 404 status, as a static host configured with a 404 page does. Without this, Vite's SPA fallback
 * would answer every unknown address with the home page and status 200, which search engines index
 * as duplicate content.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'
import { builtFile, isFile, requestPath } from './built-file.ts'

export function notFoundPagePlugin(): Plugin {
  let outDir = ''
  return {
    name: 'trauma-code-not-found-page',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const accept = request.headers.accept ?? ''
        const notFoundPage = path.join(outDir, '404.html')
        if (request.method !== 'GET' || !accept.includes('text/html') || !isFile(notFoundPage)) {
          next()
          return
        }
        const pathname = requestPath(request.url)
        const file = pathname === null ? null : builtFile(outDir, pathname)
        const exists =
          file !== null &&
          (pathname === '/' ||
            isFile(file) ||
            isFile(`${file}.html`) ||
            isFile(path.join(file, 'index.html')))
        if (exists) {
          next()
          return
        }
        response.statusCode = 404
        response.setHeader('content-type', 'text/html; charset=utf-8')
        response.end(readFileSync(notFoundPage))
      })
    },
  }
}
