import { StrictMode, startTransition } from 'react'
import type { DataRouter } from 'react-router'
import { App } from '@/app/app'
import { loadSiteHeader } from '@/app/layout/site-header'
import { registerServiceWorker } from '@/app/register-service-worker'
import { readPrerenderedState, restorePrerenderedQueries } from '@/app/prerendered-state'
import { createAppRouter, createHydratingRouter } from '@/app/router'
import { createQueryClient } from '@/lib/query-client'
import { revealsAnything, readSpoilerSettings } from '@/lib/spoiler-settings'
import { deferPageHydration, startPageHydration } from '@/app/page-hydration'
import { yieldToBrowser } from '@/lib/yield-to-browser'
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

async function start() {
  // Out of the task that evaluated the bundle: evaluating it is a task's worth of work already.
  await yieldToBrowser()
  if (import.meta.env.DEV) {
    const { enableMocking } = await import('@/testing/mocks/browser')
    await enableMocking()
  }
  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')
  // React DOM's renderer runs its module body when first imported, the largest single piece of
  // start-up: imported here, it runs in a task of its own instead of in the one that evaluates the
  // bundle, which left that task over 50 ms at a phone's speed (docs/decisions/027).
  const { createRoot, hydrateRoot } = await import('react-dom/client')
  await yieldToBrowser()

  const queryClient = createQueryClient()
  const prerendered = readPrerenderedState()
  if (prerendered) restorePrerenderedQueries(queryClient, prerendered)
  await yieldToBrowser()
  // A static host serves its 404 page for any unknown address: that markup belongs to no route.
  const hydrateFrom = prerendered?.path === location.pathname ? prerendered : null
  const router = hydrateFrom
    ? await createHydratingRouter(queryClient, hydrateFrom.route)
    : createAppRouter(queryClient)
  if (import.meta.env.DEV) {
    // A saved fixture: show the new content in place, keeping the reader's scroll and state.
    window.addEventListener(contentChangedEvent, () => void queryClient.invalidateQueries())
  }
  const app = (
    <StrictMode>
      <App queryClient={queryClient} router={router} />
    </StrictMode>
  )
  if (!hydrateFrom) {
    // Rendered in full at once, as a prerendered page shows it: the header's search box too.
    await loadSiteHeader()
    createRoot(container).render(app)
    if (import.meta.env.PROD) registerServiceWorker()
    return
  }
  // The prerendered page is what this reader sees, so its content's code can wait for them to act
  // (decision 023). A query string (the timeline's filters) or a spoiler setting that reveals plot
  // changes what the page shows, and then it hydrates at once.
  const main = container.querySelector('main')
  if (main && !location.search && !revealsAnything(readSpoilerSettings())) deferPageHydration(main)
  // The hydrating router starts initialized, so this resolves at once; should a route ever need
  // its loader at start-up, hydrating before it would render the skeleton over the page.
  await whenRouterReady(router)
  await yieldToBrowser()
  // In a transition, hydration is interruptible: React yields to the browser every few
  // milliseconds instead of hydrating the whole page in one long task. The page is already on
  // screen, so nothing waits for it but the controls. No prefetch of the data contract (zod and
  // the schemas) follows: the first fetch loads it beside its request (docs/decisions/017).
  startPageHydration()
  startTransition(() => {
    hydrateRoot(container, app)
  })
  // Last, in a task of its own: it waits for the page's load event anyway, so it need not add to
  // the tasks that evaluate the bundle, restore the cache or start hydrating.
  await yieldToBrowser()
  if (import.meta.env.PROD) registerServiceWorker()
}

void start()
