import type { QueryClient } from '@tanstack/react-query'
import type { ComponentType } from 'react'
import {
  type LoaderFunction,
  type RouteObject,
  type ShouldRevalidateFunction,
  createBrowserRouter,
} from 'react-router'
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
}

// Each route module is its own chunk, loaded when its route is first matched. The glob is keyed by
// file path, which the route table's module names point into.
const routeModules = import.meta.glob<RouteModule>([
  '/src/app/routes/*.tsx',
  '!/src/app/routes/*.test.tsx',
  '!/src/app/routes/root-layout.tsx',
  '!/src/app/routes/not-found-page.tsx',
])

function lazyRoute(queryClient: QueryClient, module: string) {
  const load = routeModules[`/${routeModuleFile(module)}`]
  if (!load) throw new Error(`route table names ${module}, which src/app/routes does not have`)
  return async () => {
    const { default: Component, clientLoader, shouldRevalidate, ErrorBoundary } = await load()
    return {
      Component,
      ...(ErrorBoundary ? { ErrorBoundary } : {}),
      ...(clientLoader ? { loader: clientLoader(queryClient) } : {}),
      ...(shouldRevalidate ? { shouldRevalidate } : {}),
    }
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
            ...pageRoutes.map(({ module, pattern }) =>
              pattern === undefined
                ? { index: true, lazy: lazyRoute(queryClient, module) }
                : { path: pattern, lazy: lazyRoute(queryClient, module) },
            ),
            { path: notFoundRoute.pattern, lazy: lazyRoute(queryClient, notFoundRoute.module) },
          ],
        },
      ],
    },
  ]
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createAppRoutes(queryClient))
}
