/**
 * Read-only MSW handlers, one per contract route, that serve the documents built from the fixtures.
 * An unknown data URL gets a 404, as the production build does.
 */
import { http, HttpResponse } from 'msw'
import { apiRoutes } from '@/content/api-contract'
import { apiBasePath } from '@/content/api-paths'
import { formatProblem } from '@/content/content-problems'
import { fixtureFiles } from './fixture-files'
import type * as FixtureFilesModule from './fixture-files'
import { usableDocuments } from './usable-documents'

let served = usableDocuments(fixtureFiles)

let contentChanged = false

/** True once after a saved fixture changed the documents (browser.ts then tells the app). */
export function takeContentChange(): boolean {
  const changed = contentChanged
  contentChanged = false
  return changed
}

// A saved fixture reaches the page without a reload: the new files replace the documents here,
// and once MSW is back on after the update, the app refetches what it shows (browser.ts).
if (import.meta.hot) {
  import.meta.hot.accept('./fixture-files', (module) => {
    if (!module) return
    const next = module as unknown as typeof FixtureFilesModule
    served = usableDocuments(next.fixtureFiles)
    contentChanged = true
  })
  // The content is valid again (src/build/vite-plugin-content-watch.ts): close the overlay that
  // named the problem.
  import.meta.hot.on('wiki:content-valid', () => {
    document.querySelectorAll('vite-error-overlay').forEach((overlay) => {
      overlay.remove()
    })
  })
}

/** The MSW path pattern of a route: its path with `:param` where the path builder takes an argument. */
function routePattern(path: (parameter: string) => string): string {
  return path(':resource').replace(encodeURIComponent(':resource'), ':resource')
}

/** The document the fixtures give for a URL path, or undefined for an unknown path or bad fixtures. */
export function documentAt(pathname: string): unknown {
  return served.documents?.get(pathname)
}

function serve(request: Request) {
  if (served.documents === null) {
    return HttpResponse.json(
      {
        message: 'The fixtures do not validate; run npm run validate.',
        problems: served.problems.map(formatProblem),
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
