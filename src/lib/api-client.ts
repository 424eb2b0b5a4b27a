/**
 * The one way the app reads data: fetch a contract URL, check the body against its schema, and turn
 * every failure into an `ApiError` a page can explain to the reader.
 */
import type { QueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import type { apiRoutes } from '@/content/api-contract'
import { apiPaths } from '@/content/api-paths'
import { yieldToBrowser } from './yield-to-browser'

type ApiErrorKind = 'not-found' | 'http' | 'network' | 'invalid-data'

export class ApiError extends Error {
  override readonly name = 'ApiError'

  constructor(
    readonly kind: ApiErrorKind,
    readonly url: string,
    message: string,
    readonly details: { status?: number; issues?: string[] } = {},
  ) {
    super(message)
  }

  /** Only a failed connection is worth trying again on its own; bad data and 404s will not change. */
  get isTransient(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && (this.details.status ?? 0) >= 500)
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
  return `$${path}: ${issue.message}`
}

/** What checks a document: a zod schema, or one that checks in steps and answers as it would. */
export type DocumentCheck<Body> = {
  safeParse: (json: unknown) => z.ZodSafeParseResult<Body> | Promise<z.ZodSafeParseResult<Body>>
}

/** How a query reads a contract URL: `fetch` in the browser and in tests. */
export type DocumentReader = (url: string, init: RequestInit) => Promise<Response>

const documentReaders = new WeakMap<QueryClient, DocumentReader>()

/**
 * Makes every query of this client read its documents through `read`. The prerender gives its
 * client one that reads the built files in memory, so rendering a page touches no global `fetch`.
 */
export function readDocumentsWith(client: QueryClient, read: DocumentReader): void {
  documentReaders.set(client, read)
}

/**
 * Fetches `url` and checks its body with `check`, which may still be loading (a promise):
 * the request goes out at once and only the check waits for it.
 */
export async function fetchJson<Body>(
  url: string,
  check: DocumentCheck<Body> | Promise<DocumentCheck<Body>>,
  { signal, read = fetch }: { signal?: AbortSignal; read?: DocumentReader } = {},
): Promise<Body> {
  const loadingCheck = Promise.resolve(check)
  // A request that fails first never awaits the check; its own failure must not go unhandled.
  loadingCheck.catch(() => undefined)
  let response: Response
  try {
    // Resolved against the page so the same call works in the browser and in jsdom tests.
    const absoluteUrl = new URL(
      url,
      typeof location === 'undefined' ? 'http://localhost/' : location.href,
    ).href
    response = await read(absoluteUrl, {
      signal: signal ?? null,
      headers: { accept: 'application/json' },
    })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new ApiError('network', url, 'The wiki could not reach its data. Check your connection.')
  }
  if (response.status === 404) {
    throw new ApiError('not-found', url, 'This page does not exist in the wiki.', { status: 404 })
  }
  if (!response.ok) {
    throw new ApiError(
      'http',
      url,
      `The wiki's data server answered with an error (${response.status}).`,
      {
        status: response.status,
      },
    )
  }
  let json: unknown
  try {
    json = await response.json()
  } catch {
    throw new ApiError('invalid-data', url, 'The data for this page is not valid JSON.', {
      status: response.status,
    })
  }
  const parsed = await (await loadingCheck).safeParse(json)
  if (!parsed.success) {
    throw new ApiError(
      'invalid-data',
      url,
      "The data for this page does not match the wiki's content model.",
      {
        status: response.status,
        issues: parsed.error.issues.slice(0, 5).map(describeIssue),
      },
    )
  }
  return parsed.data
}

type ApiRoutes = typeof apiRoutes
type ApiRouteName = keyof ApiRoutes
type RouteArgs<Name extends ApiRouteName> = Parameters<ApiRoutes[Name]['path']>
type RouteBody<Name extends ApiRouteName> = z.infer<ApiRoutes[Name]['schema']>

/**
 * The contract, with zod, as a chunk of its own, loaded by the first fetch: a prerendered page
 * hydrates from its own data, so a first visit that fetches nothing never downloads it.
 */
export function loadApiContract() {
  return import('@/content/api-contract')
}

/**
 * Reads one contract URL by its route name, validating the body against the route's schema. The
 * address comes from `apiPaths`, which carries no zod, so the request and the contract's chunk
 * (on the first fetch) load side by side. `context` is the query function's: its signal, and the
 * client whose document reader applies.
 */
export async function fetchApi<Name extends ApiRouteName>(
  name: Name,
  args: RouteArgs<Name>,
  { signal, client }: { signal?: AbortSignal; client?: QueryClient } = {},
): Promise<RouteBody<Name>> {
  // TypeScript cannot narrow an indexed union by a generic key; each entry does match its name.
  const path = apiPaths[name] as unknown as (...routeArgs: RouteArgs<Name>) => string
  // A long list is checked in steps, each its own task (decision 037).
  const check = loadApiContract().then(({ apiRoutes, checkInSteps }) => {
    const route = apiRoutes[name] as unknown as { schema: z.ZodType<RouteBody<Name>> }
    return {
      safeParse: (json: unknown) => checkInSteps(route.schema, json, { nextStep: yieldToBrowser }),
    }
  })
  const read = client === undefined ? undefined : documentReaders.get(client)
  return fetchJson(path(...args), check, read === undefined ? { signal } : { signal, read })
}
