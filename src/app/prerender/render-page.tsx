/**
 * The server side of prerendering, bundled by `vite build --ssr` and called by
 * src/build/build-site.ts once per address. It runs the same routes, loaders and components as the
 * browser, so a prerendered page and the hydrated app cannot differ.
 */
import { dehydrate } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { StaticRouterProvider, createStaticHandler, createStaticRouter } from 'react-router'
import { createQueryClient } from '@/lib/query-client'
import type { PrerenderedState } from '../prerendered-state'

/** Where the page's data goes; build-site.ts writes it under this id. */
export { prerenderedStateElementId } from '../prerendered-state'
import { AppProvider } from '../provider'
import { createAppRoutes } from '../router'

export type RenderedPage = {
  /** The markup inside #root. */
  html: string
  /** React hoists each page's <title> and <meta> to the front of its output; they belong in head. */
  head: string
  /** 200, or 404 when the address is not a page or its document is missing. */
  status: number
  state: PrerenderedState
}

const hoistedHead = /^(?:<(?:title|meta|link)\b[^>]*>(?:[^<]*<\/title>)?)+/

export async function renderPage(origin: string, path: string): Promise<RenderedPage> {
  const queryClient = createQueryClient()
  const handler = createStaticHandler(createAppRoutes(queryClient))
  const context = await handler.query(new Request(new URL(path, origin)))
  if (context instanceof Response) throw new Error(`${path} redirected; pages never should`)

  const router = createStaticRouter(handler.dataRoutes, context)
  const markup = renderToString(
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </AppProvider>
    </StrictMode>,
  )
  const head = hoistedHead.exec(markup)?.[0] ?? ''

  const notFound =
    context.matches.some((match) => match.route.path === '*') ||
    Object.values(context.errors ?? {}).some(isNotFound)
  return {
    html: markup.slice(head.length),
    head,
    status: notFound ? 404 : context.statusCode,
    state: { path, queries: dehydrate(queryClient) },
  }
}

function isNotFound(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'kind' in error && error.kind === 'not-found'
  )
}
