import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import type { DataRouter } from 'react-router'
import { App } from '@/app/app'
import { registerServiceWorker } from '@/app/register-service-worker'
import { readPrerenderedState, restorePrerenderedQueries } from '@/app/prerendered-state'
import { createAppRouter } from '@/app/router'
import { createQueryClient } from '@/lib/query-client'
import './styles/global.css'
import { contentChangedEvent } from '@/config/dev-content'

function whenRouterReady(router: DataRouter): Promise<void> {
  if (router.state.initialized) return Promise.resolve()
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return
      unsubscribe()
      resolve()
    })
  })
}

/**
 * Ends the current task: start-up runs as a few short tasks rather than one long one, so a tap or
 * a frame can come in between. `scheduler.yield` keeps the continuation ahead of other tasks where
 * the browser has it.
 */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (scheduler?.yield) return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}

async function start() {
  if (import.meta.env.PROD) registerServiceWorker()
  if (import.meta.env.DEV) {
    const { enableMocking } = await import('@/testing/mocks/browser')
    await enableMocking()
  }
  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')

  const queryClient = createQueryClient()
  const prerendered = readPrerenderedState()
  if (prerendered) restorePrerenderedQueries(queryClient, prerendered)
  await yieldToBrowser()
  // A static host serves its 404 page for any unknown address: that markup belongs to no route.
  const canHydrate = prerendered !== null && prerendered.path === location.pathname
  const router = createAppRouter(queryClient)
  if (import.meta.env.DEV) {
    // A saved fixture: show the new content in place, keeping the reader's scroll and state.
    window.addEventListener(contentChangedEvent, () => void queryClient.invalidateQueries())
  }
  const app = (
    <StrictMode>
      <App queryClient={queryClient} router={router} />
    </StrictMode>
  )
  if (!canHydrate) {
    createRoot(container).render(app)
    return
  }
  // The loaders find their data in the cache, so this resolves without a request; hydrating
  // before it would render the loading skeleton over the prerendered page.
  await whenRouterReady(router)
  await yieldToBrowser()
  // In a transition, hydration is interruptible: React yields to the browser every few
  // milliseconds instead of hydrating the whole page in one long task. The page is already on
  // screen, so nothing waits for it but the controls. No prefetch of the data contract (zod and
  // the schemas) follows: the first fetch loads it beside its request (docs/decisions/017).
  startTransition(() => {
    hydrateRoot(container, app)
  })
}

void start()
