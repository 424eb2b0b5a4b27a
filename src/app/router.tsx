import type { QueryClient } from '@tanstack/react-query'
import type { ComponentType } from 'react'
import {
  type LoaderFunction,
  type RouteObject,
  type ShouldRevalidateFunction,
  createBrowserRouter,
} from 'react-router'
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

function lazyRoute(queryClient: QueryClient, load: () => Promise<RouteModule>) {
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

/** Every page but home and not-found; each module is its own chunk. */
const pageRoutes: { path: string; load: () => Promise<RouteModule> }[] = [
  { path: 'characters', load: () => import('./routes/characters') },
  { path: 'characters/:slug', load: () => import('./routes/character') },
  { path: 'people', load: () => import('./routes/people') },
  { path: 'people/:slug', load: () => import('./routes/person') },
  { path: 'origin', load: () => import('./routes/origin') },
  { path: 'timeline', load: () => import('./routes/timeline') },
  { path: 'sources', load: () => import('./routes/sources') },
  { path: 'sources/:id', load: () => import('./routes/source') },
  { path: 'disagreements', load: () => import('./routes/disagreements') },
]

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
            { index: true, lazy: lazyRoute(queryClient, () => import('./routes/home')) },
            ...pageRoutes.map(({ path, load }) => ({ path, lazy: lazyRoute(queryClient, load) })),
            { path: '*', lazy: lazyRoute(queryClient, () => import('./routes/not-found')) },
          ],
        },
      ],
    },
  ]
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createAppRoutes(queryClient))
}
