/**
 * Offline reading (README "Offline reading"): registers the worker the production build emits as
 * /sw.js. main.tsx calls it only in production; in development MSW's worker owns the origin.
 */
import { offlineCaches } from '@/app/offline-caches'

/** Adds each URL to the cache unless it holds a copy already; a failed request is skipped. */
async function addMissing(cacheName: string, urls: string[]): Promise<void> {
  const cache = await caches.open(cacheName)
  await Promise.all(
    urls.map(async (url) => {
      if (await cache.match(url, { ignoreVary: true })) return
      // Rejects on anything but a 2xx response, or offline: the page keeps working as it is.
      await cache.add(url).catch(() => undefined)
    }),
  )
}

/**
 * The page that first installs the worker loaded before the worker controlled it, so its own HTML
 * and data went past the worker's caches. Once it takes control, this puts them in the same
 * caches, so that first visit can be read offline as well.
 */
function cacheThisVisit(): Promise<unknown> {
  const page = new URL(location.href)
  page.hash = ''
  const data = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && url.pathname.startsWith('/api/'))
    .map((url) => url.href)
  return Promise.all([
    addMissing(offlineCaches.pages, [page.href]),
    addMissing(offlineCaches.data, [...new Set(data)]),
  ])
}

function register() {
  const { serviceWorker } = navigator
  if (!serviceWorker.controller) {
    serviceWorker.addEventListener('controllerchange', () => void cacheThisVisit(), { once: true })
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
