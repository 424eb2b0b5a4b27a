import { http, HttpResponse, type JsonBodyType } from 'msw'
import { setupServer } from 'msw/node'
import { handlers } from './handlers'

export const server = setupServer(...handlers)

/**
 * Serves `document` at `pathname` for the rest of the test, in place of what the fixtures give:
 * a page tested on content the fixtures do not have.
 */
export function serveDocument(pathname: string, document: JsonBodyType): void {
  server.use(http.get(pathname, () => HttpResponse.json(document)))
}
