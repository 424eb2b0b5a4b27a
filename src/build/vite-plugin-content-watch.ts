/**
 * The contributor's loop under `npm run dev`: every time a fixture is saved, the whole content is
 * validated again here, in Node, as `npm run validate` does. A problem prints in the terminal and
 * opens Vite's error overlay in the browser with the file, the JSON path and the message; a page
 * opened while the content is broken gets the overlay too. The pages keep working meanwhile: MSW
 * serves every document the remaining valid files make (src/testing/mocks/usable-documents.ts), and
 * a valid save reaches the open page without a reload (src/testing/mocks/handlers.ts).
 */
import path from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import { type ContentProblem, formatProblem } from '../content/content-problems.ts'
import { fixturesFolder } from '../content/collections.ts'
import { contentRoot } from '../content/node/content-root.ts'
import { readFixtureFiles } from '../content/node/read-fixture-files.ts'
import { validateFixtureFiles } from '../content/validate-content.ts'

/** Sent when the content is valid again, so the page closes the overlay before the update lands. */
export const contentValidEvent = 'wiki:content-valid'

function problemsText(problems: readonly ContentProblem[]): string {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`
  return `The content has ${count}. Pages that need these files leave them out until they are fixed.\n\n${problems.map(formatProblem).join('\n')}`
}

function errorPayload(problems: readonly ContentProblem[]) {
  const [first] = problems
  return {
    type: 'error' as const,
    err: {
      message: problemsText(problems),
      stack: '',
      plugin: 'trauma-code-content',
      ...(first ? { id: first.file } : {}),
    },
  }
}

export function contentWatchPlugin(): Plugin {
  let root = process.cwd()
  let problems: ContentProblem[] = []

  async function check(): Promise<ContentProblem[]> {
    return validateFixtureFiles(await readFixtureFiles(contentRoot(root))).problems
  }
  function isFixture(file: string): boolean {
    const folder = path.join(contentRoot(root), fixturesFolder)
    const relative = path.relative(folder, file)
    return file.endsWith('.json') && !relative.startsWith('..') && !relative.startsWith('schemas')
  }
  function print(server: ViteDevServer) {
    server.config.logger.error(problemsText(problems), { timestamp: true })
  }

  return {
    name: 'trauma-code-content-watch',
    apply: 'serve',
    configResolved(config) {
      root = config.root
    },
    async configureServer(server) {
      problems = await check()
      if (problems.length > 0) print(server)
      server.ws.on('connection', () => {
        if (problems.length > 0) server.ws.send(errorPayload(problems))
      })
    },
    async hotUpdate({ file, server }) {
      if (this.environment.name !== 'client' || !isFixture(file)) return
      const hadProblems = problems.length > 0
      problems = await check()
      if (problems.length === 0) {
        if (hadProblems) {
          server.config.logger.info('The content is valid again.', { timestamp: true })
          server.ws.send({ type: 'custom', event: contentValidEvent })
        }
        return
      }
      print(server)
      // After the update this save sends: an overlay open when the first update of a page
      // arrives makes Vite reload the page instead of updating it.
      setTimeout(() => server.ws.send(errorPayload(problems)), 200)
    },
  }
}
