/**
 * Read-only MSW handlers, one per contract route, that serve the documents built from the fixtures.
 * An unknown data URL gets a 404, as the production build does.
 */
import { http, HttpResponse } from 'msw'
import { apiRoutes } from '@/content/api-contract'
import { apiBasePath } from '@/content/api-paths'
import { createApiDocuments } from '@/content/api-documents'
import { formatProblem } from '@/content/content-problems'
import { validateFixtureFiles } from '@/content/validate-content'
import { fixtureFiles } from './fixture-files'

function loadDocuments(): Map<string, unknown> | { problems: string[] } {
  const result = validateFixtureFiles(fixtureFiles)
  return result.ok
    ? createApiDocuments(result.content)
    : { problems: result.problems.map(formatProblem) }
}

const documents = loadDocuments()

/** The MSW path pattern of a route: its path with `:param` where the path builder takes an argument. */
function routePattern(path: (parameter: string) => string): string {
  return path(':resource').replace(encodeURIComponent(':resource'), ':resource')
}

/** The document the fixtures give for a URL path, or undefined for an unknown path or bad fixtures. */
export function documentAt(pathname: string): unknown {
  return documents instanceof Map ? documents.get(pathname) : undefined
}

function serve(request: Request) {
  if (!(documents instanceof Map)) {
    return HttpResponse.json(
      {
        message: 'The fixtures do not validate; run npm run validate.',
        problems: documents.problems,
      },
      { status: 500 },
    )
  }
  const body = documentAt(new URL(request.url).pathname)
  return body === undefined
    ? HttpResponse.json({ message: 'Not found' }, { status: 404 })
    : HttpResponse.json(body)
}

export const handlers = [
  ...Object.values(apiRoutes).map((route) =>
    http.get(routePattern(route.path), ({ request }) => serve(request)),
  ),
  http.get(`${apiBasePath}/*`, () => HttpResponse.json({ message: 'Not found' }, { status: 404 })),
]
