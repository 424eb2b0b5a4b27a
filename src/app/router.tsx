import type { QueryClient } from '@tanstack/react-query'
import type { ComponentType } from 'react'
import {
  type DataRouter,
  type LoaderFunction,
  type RouteObject,
  type ShouldRevalidateFunction,
  createBrowserRouter,
} from 'react-router'
import { yieldToBrowser } from '@/lib/yield-to-browser'
import { notFoundRoute, pageRoutes, routeModuleFile } from './route-table'
import {
  RootErrorBoundary,
  RootLayout,
  PageHydrateFallback,
  PageOutlet,
  RouteErrorBoundary,
} from './routes/root-layout'

/** What every lazily loaded route module exports. */
type RouteModule = {
  default: ComponentType
  clientLoader?: (queryClient: QueryClient) => LoaderFunction
  shouldRevalidate?: ShouldRevalidateFunction
  /** In place of the page routes' shared boundary, for a page that explains its errors its own way. */
  ErrorBoundary?: ComponentType
  /** Loads the page component's own chunk (src/app/lazy-component.tsx). */
  loadPage?: () => Promise<unknown>
}

// Each route module is its own chunk, loaded when its route is first matched. The glob is keyed by
// file path, which the route table's module names point into.
const routeModules = import.meta.glob<RouteModule>([
  '/src/app/routes/*.tsx',
  '!/src/app/routes/*.test.tsx',
  '!/src/app/routes/root-layout.tsx',
  '!/src/app/routes/not-found-page.tsx',
])

/**
 * A route's module as React Router's route properties. With `page`, the page component's chunk is
 * loaded too, so that a page the router navigates to renders at once; the first page of a
 * prerendered visit leaves it to `pageHydrationTrigger`.
 */
async function loadRoute(queryClient: QueryClient, module: string, { page }: { page: boolean }) {
  const load = routeModules[`/${routeModuleFile(module)}`]
  if (!load) throw new Error(`route table names ${module}, which src/app/routes does not have`)
  const {
    default: Component,
    clientLoader,
    shouldRevalidate,
    ErrorBoundary,
    loadPage,
  } = await load()
  if (page) await loadPage?.()
  return {
    Component,
    ...(ErrorBoundary ? { ErrorBoundary } : {}),
    ...(clientLoader ? { loader: clientLoader(queryClient) } : {}),
    ...(shouldRevalidate ? { shouldRevalidate } : {}),
  }
}

function lazyRoute(queryClient: QueryClient, module: string) {
  return async () => {
    // The router's start-up (matching, loading this module, its loader) is one chain of promises,
    // so one task unless it yields: loading the module starts a new one.
    await yieldToBrowser()
    return loadRoute(queryClient, module, { page: true })
  }
}

/** Route data is loaded through `queryClient`, so it can be prefetched outside React as well. */
export function createAppRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      Component: RootLayout,
      ErrorBoundary: RootErrorBoundary,
      children: [
        {
          // The first load shows the skeleton inside the one header and footer, which stay
          // mounted when the page arrives (so an open menu or typed search is not reset).
          Component: PageOutlet,
          HydrateFallback: PageHydrateFallback,
          ErrorBoundary: RouteErrorBoundary,
          children: [
            // Ids name the module, so a prerendered page's router can say whose data it holds.
            ...pageRoutes.map(({ module, pattern }) =>
              pattern === undefined
                ? { id: module, index: true, lazy: lazyRoute(queryClient, module) }
                : { id: module, path: pattern, lazy: lazyRoute(queryClient, module) },
            ),
            {
              id: notFoundRoute.module,
              path: notFoundRoute.pattern,
              lazy: lazyRoute(queryClient, notFoundRoute.module),
            },
          ],
        },
      ],
    },
  ]
}

/** The router for a page the app renders itself (an unknown address, the 404 page's markup). */
export function createAppRouter(queryClient: QueryClient): DataRouter {
  return createBrowserRouter(createAppRoutes(queryClient))
}

function findRoute(routes: RouteObject[], id: string): RouteObject | undefined {
  for (const route of routes) {
    const found = route.id === id ? route : findRoute(route.children ?? [], id)
    if (found) return found
  }
  return undefined
}

/**
 * The router for a prerendered page of route `pageRouteId`, whose data is already in
 * `queryClient`. The page route's module is loaded first and its loader's result given as
 * hydration data, so the router starts initialized: it neither runs a loader nor loads a module
 * while it starts, work that would otherwise run as one long task before hydration (issue 15).
 * The page names its route, so nothing is matched twice. Other routes stay lazy.
 */
export async function createHydratingRouter(
  queryClient: QueryClient,
  pageRouteId: string,
): Promise<DataRouter> {
  const routes = createAppRoutes(queryClient)
  const page = findRoute(routes, pageRouteId)
  if (page?.lazy) {
    Object.assign(page, await loadRoute(queryClient, pageRouteId, { page: false }))
    delete page.lazy
  }
  await yieldToBrowser()
  // Every loader resolves to null once its query is cached (src/lib/query-client.ts). Should the
  // page name no route of ours, the router loads and matches as on any other start.
  const loaderData = page?.loader ? { [pageRouteId]: null } : {}
  return createBrowserRouter(routes, { hydrationData: { loaderData } })
}
