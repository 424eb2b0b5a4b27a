/**
 * Offline reading (README "Offline reading"): registers the worker the production build emits as
 * /sw.js. main.tsx calls it only in production; in development MSW's worker owns the origin.
 */

/** What the worker needs to cache the page that installed it (see service-worker.js). */
type CacheVisitedMessage = { type: 'cache-visited'; urls: string[] }

/** This page's URL and the data it fetched, all of which loaded before the worker controlled it. */
function visitedUrls(): string[] {
  const data = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && url.pathname.startsWith('/api/'))
    .map((url) => url.href)
  return [location.href, ...new Set(data)]
}

function register() {
  const { serviceWorker } = navigator
  if (!serviceWorker.controller) {
    // The first visit: once the new worker takes control, hand it what this page already loaded.
    serviceWorker.addEventListener(
      'controllerchange',
      () => {
        const message: CacheVisitedMessage = { type: 'cache-visited', urls: visitedUrls() }
        serviceWorker.controller?.postMessage(message)
      },
      { once: true },
    )
  }
  serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => {
    // The wiki works without it, only not offline; a private window may refuse workers.
    console.warn('Offline reading is not available:', error)
  })
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return
  // After the load event, so installing (and precaching the whole shell) never competes with the
  // first page for bandwidth.
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register, { once: true })
}
