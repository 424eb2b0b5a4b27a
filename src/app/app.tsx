import type { QueryClient } from '@tanstack/react-query'
import type { DataRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { AppReadyProvider } from './app-ready'
import { AppProvider } from './provider'

export function App({ queryClient, router }: { queryClient: QueryClient; router: DataRouter }) {
  // A prerendered page reads before the app runs; AppReadyProvider says when its controls work
  // too (the browser tests and the benchmark wait for it, and the performance panel shows the mark).
  return (
    <AppReadyProvider>
      <AppProvider queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProvider>
    </AppReadyProvider>
  )
}
