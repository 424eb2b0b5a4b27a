/**
 * Makes `vite preview` send the headers dist/_headers declares, read with Netlify's own parser, so
 * local checks and the browser tests see what the hosts will send.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseAllHeaders } from 'netlify-headers-parser'
import type { Plugin } from 'vite'

type ParsedRule = { for: string; forRegExp?: RegExp; values: Record<string, string> }

async function readHeadersFile(file: string): Promise<ParsedRule[]> {
  // The package's types declare its file list as never[]; it takes paths.
  const { headers, errors } = await parseAllHeaders({
    headersFiles: [file] as never[],
    netlifyConfigPath: undefined,
    minimal: false,
  })
  if (errors.length > 0) throw new Error(`${file}: ${errors.map(String).join('; ')}`)
  return headers
}

export function previewHeadersPlugin(): Plugin {
  return {
    name: 'trauma-code-preview-headers',
    async configurePreviewServer(server) {
      const file = path.join(server.config.root, server.config.build.outDir, '_headers')
      const rules = existsSync(file) ? await readHeadersFile(file) : []
      server.middlewares.use((request, response, next) => {
        const pathname = new URL(request.url ?? '/', 'http://preview').pathname
        for (const rule of rules) {
          if (!rule.forRegExp?.test(pathname)) continue
          for (const [name, value] of Object.entries(rule.values)) response.setHeader(name, value)
        }
        next()
      })
    },
  }
}
