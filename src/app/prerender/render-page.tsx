/**
 * The server side of prerendering, bundled by `vite build --ssr` and called by
 * src/build/build-site.ts once per address. It runs the same routes, loaders and components as the
 * browser, so a prerendered page and the hydrated app cannot differ; React renders the whole
 * document around them (page-document.tsx).
 */
import { dehydrate } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { StaticRouterProvider, createStaticHandler, createStaticRouter } from 'react-router'
import { type DocumentReader, readDocumentsWith } from '@/lib/api-client'
import { createQueryClient } from '@/lib/query-client'
import { AppProvider } from '../provider'
import { createAppRoutes } from '../router'
import { type DocumentShell, PageDocument } from './page-document'
import { loadSiteHeader } from '../layout/site-header'

export type { DocumentShell } from './page-document'

export type RenderedPage = {
  /** The complete HTML file. */
  html: string
  /** 200, or 404 when the address is not a page or its document is missing. */
  status: number
}

export async function renderPage({
  origin,
  path,
  readDocument,
  shell,
}: {
  origin: string
  path: string
  /** Answers the loaders' requests for contract URLs; the build reads them from dist/. */
  readDocument: DocumentReader
  shell: DocumentShell
}): Promise<RenderedPage> {
  // The header's search box is a chunk of its own: renderToString cannot wait for it.
  await loadSiteHeader()
  const queryClient = createQueryClient()
  readDocumentsWith(queryClient, readDocument)
  const handler = createStaticHandler(createAppRoutes(queryClient))
  const context = await handler.query(new Request(new URL(path, origin)))
  if (context instanceof Response) throw new Error(`${path} redirected; pages never should`)

  // The loaders have filled the cache; the components read it and fetch nothing more.
  const state = {
    path,
    route: context.matches.at(-1)?.route.id ?? '',
    queries: dehydrate(queryClient),
  }
  const router = createStaticRouter(handler.dataRoutes, context)
  const html = renderToString(
    <PageDocument shell={shell} state={state}>
      <StrictMode>
        <AppProvider queryClient={queryClient}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </AppProvider>
      </StrictMode>
    </PageDocument>,
  )

  // React marks a Suspense boundary it could not render ("<!--$!-->") and leaves it to the
  // browser: a page would then lack part of itself without JavaScript.
  if (html.includes('<!--$!-->')) throw new Error(`${path}: a part of the page did not prerender`)

  const notFound =
    context.matches.some((match) => match.route.path === '*') ||
    Object.values(context.errors ?? {}).some(isNotFound)
  return { html: `<!doctype html>\n${html}`, status: notFound ? 404 : context.statusCode }
}

function isNotFound(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'kind' in error && error.kind === 'not-found'
  )
}
