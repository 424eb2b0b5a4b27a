/**
 * Fault scenarios for the data URLs: in development `?scenario=<name>` on any page turns one on for
 * that visit; tests call `server.use(...scenarioHandlers(name))`. They sit in front of the normal
 * handlers, and like them never reach the production bundle.
 */
import { HttpResponse, delay, http } from 'msw'
import { apiBasePath } from '@/content/api-paths'
import { documentAt } from './handlers'
import { type ScenarioName, slowResponseMs } from './scenario-names'

const notFound = () => HttpResponse.json({ message: 'Not found' }, { status: 404 })

/**
 * The document as a newly started wiki would serve it: every list empty. A document about one
 * thing (the series, a character) cannot be empty, so it is missing instead.
 */
function emptied(document: unknown): Record<string, unknown[]> | null {
  if (document === null || typeof document !== 'object') return null
  const entries = Object.entries(document)
  if (!entries.every(([, value]) => Array.isArray(value))) return null
  return Object.fromEntries(entries.map(([key]) => [key, []]))
}

export function scenarioHandlers(
  scenario: ScenarioName,
  { slowMs = slowResponseMs }: { slowMs?: number } = {},
) {
  const everyDataUrl = `${apiBasePath}/*`
  switch (scenario) {
    case 'slow':
      // Returning nothing hands the request on to the normal handlers, after the wait.
      return [
        http.get(everyDataUrl, async () => {
          await delay(slowMs)
        }),
      ]
    case 'error':
      return [
        http.get(everyDataUrl, () =>
          HttpResponse.json({ message: 'Scenario "error": the server failed' }, { status: 500 }),
        ),
      ]
    case 'offline':
      return [http.get(everyDataUrl, () => HttpResponse.error())]
    case 'malformed':
      // The real document cut off halfway, as a failed upload or proxy might leave it.
      return [
        http.get(everyDataUrl, ({ request }) => {
          const document = documentAt(new URL(request.url).pathname)
          if (document === undefined) return notFound()
          const text = JSON.stringify(document)
          return new HttpResponse(text.slice(0, Math.floor(text.length / 2)), {
            headers: { 'content-type': 'application/json' },
          })
        }),
      ]
    case 'empty':
      return [
        http.get(everyDataUrl, ({ request }) => {
          const body = emptied(documentAt(new URL(request.url).pathname))
          return body === null ? notFound() : HttpResponse.json(body)
        }),
      ]
  }
}
