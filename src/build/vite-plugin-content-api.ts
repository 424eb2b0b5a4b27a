/**
 * Build side of the data contract: `vite build` validates the fixtures (failing the build on any
 * problem) and writes every contract URL into dist as a static JSON file. `vite preview` answers an
 * unknown data URL with a real 404 instead of the SPA's index.html.
 */
import path from 'node:path'
import type { Connect, Plugin } from 'vite'
import { builtFile, isFile, requestPath } from './built-file.ts'
import { apiBasePath } from '../content/api-paths.ts'
import { createApiDocuments } from '../content/api-documents.ts'
import { contentRoot } from '../content/node/content-root.ts'
import { readFixtureFiles } from '../content/node/read-fixture-files.ts'
import { formatProblem } from '../content/content-problems.ts'
import { validateFixtureFiles } from '../content/validate-content.ts'

function apiNotFound(isServed: (pathname: string) => boolean): Connect.NextHandleFunction {
  return (request, response, next) => {
    const pathname = requestPath(request.url) ?? request.url ?? ''
    if (!pathname.startsWith(`${apiBasePath}/`) || isServed(pathname)) {
      next()
      return
    }
    response.statusCode = 404
    response.setHeader('content-type', 'application/json; charset=utf-8')
    response.end(JSON.stringify({ message: 'Not found' }))
  }
}

export function contentApiPlugin(): Plugin {
  let root = process.cwd()
  let outDir = path.join(root, 'dist')
  return {
    name: 'trauma-code-content-api',
    // The prerender's server build (build-site.ts) reads the data this plugin wrote for the client.
    apply: (_config, env) => !env.isSsrBuild,
    configResolved(config) {
      root = config.root
      outDir = path.resolve(config.root, config.build.outDir)
    },
    async generateBundle() {
      const fixturesRoot = contentRoot(root)
      const files = await readFixtureFiles(fixturesRoot)
      for (const file of files) this.addWatchFile(path.join(fixturesRoot, file.path))
      const result = validateFixtureFiles(files)
      if (!result.ok) {
        this.error(`The content has problems:\n${result.problems.map(formatProblem).join('\n')}`)
      }
      for (const [url, body] of createApiDocuments(result.content)) {
        this.emitFile({ type: 'asset', fileName: url.slice(1), source: JSON.stringify(body) })
      }
    },
    configureServer(server) {
      // In development MSW answers data URLs inside the browser; a request that reaches the
      // server (no worker yet, or a tool like curl) gets a 404 rather than the SPA page.
      server.middlewares.use(apiNotFound(() => false))
    },
    configurePreviewServer(server) {
      server.middlewares.use(
        apiNotFound((pathname) => {
          const file = builtFile(outDir, pathname)
          return file !== null && isFile(file)
        }),
      )
    },
  }
}
