import type { QueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { DataRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { AppProvider } from './provider'

export function App({ queryClient, router }: { queryClient: QueryClient; router: DataRouter }) {
  useEffect(() => {
    // A prerendered page reads before the app runs; this says when its controls work too (the
    // browser tests and the benchmark wait for it, and the performance panel shows the mark).
    document.documentElement.dataset.app = 'ready'
    performance.mark('app-ready')
  }, [])
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  )
}
