import type { QueryClient } from '@tanstack/react-query'
import type { ComponentType } from 'react'
import { type LoaderFunction, type RouteObject, createBrowserRouter } from 'react-router'
import {
  RootErrorBoundary,
  RootHydrateFallback,
  RootLayout,
  RouteErrorBoundary,
} from './routes/root-layout'

/** What every lazily loaded route module exports. */
type RouteModule = {
  default: ComponentType
  clientLoader?: (queryClient: QueryClient) => LoaderFunction
}

function lazyRoute(queryClient: QueryClient, load: () => Promise<RouteModule>) {
  return async () => {
    const { default: Component, clientLoader } = await load()
    return clientLoader ? { Component, loader: clientLoader(queryClient) } : { Component }
  }
}

/** Route data is loaded through `queryClient`, so it can be prefetched outside React as well. */
export function createAppRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      Component: RootLayout,
      ErrorBoundary: RootErrorBoundary,
      HydrateFallback: RootHydrateFallback,
      children: [
        {
          ErrorBoundary: RouteErrorBoundary,
          children: [
            { index: true, lazy: lazyRoute(queryClient, () => import('./routes/home')) },
            {
              path: 'characters',
              lazy: lazyRoute(queryClient, () => import('./routes/characters')),
            },
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
