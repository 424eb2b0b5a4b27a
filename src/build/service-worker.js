/**
 * The production service worker, for offline reading (README "Offline reading"). Hand-written and
 * free of dependencies so the whole of it can be read here. vite-plugin-service-worker.ts fills in
 * the two build-time values below and emits the result as dist/sw.js; it never runs in development,
 * where MSW's worker owns the origin.
 *
 * Caching rules, and why:
 * - Hashed /assets/* files never change under the same name, so they are served cache-first.
 * - Pages (navigations) and /api/*.json data change when the site is rebuilt, so they come from the
 *   network first and are cached on the way through; the cache answers only when the network
 *   fails. A page never cached falls back to the cached "/", so the app starts and explains that
 *   the wiki is offline instead of the browser's own error page.
 * - Non-GET, cross-origin and error responses are never cached: they are not ours to replay.
 */

/** One cache per build: the plugin puts a hash of the precached files in the name. */
const CACHE_PREFIX = 'trauma-code-'
const CACHE_NAME = `${CACHE_PREFIX}__CACHE_VERSION__`
/** The app shell: the bundle's hashed JS and CSS, the theme script, the icon and "/". */
const PRECACHE_URLS = /* __PRECACHE_URLS__ */ []
/**
 * Servers add `Vary: Origin` (vite preview does, for CORS), and module scripts send an Origin
 * header that the precache requests did not, so an exact match would miss every cached script.
 * Nothing this site serves differs by request header, so matches ignore Vary.
 */
const MATCH = { ignoreVary: true }

self.addEventListener('install', (event) => {
  // No skipWaiting(): a tab still running the previous build may lazy-load its old chunks, which
  // only the previous cache holds, so a new worker waits until those tabs are closed.
  event.waitUntil(caches.open(CACHE_NAME).then((cache) => cache.addAll(PRECACHE_URLS)))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
            .map((name) => caches.delete(name)),
        ),
      )
      // Controls the tab of the very first visit too, so what it reads next is cached.
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return

  if (request.mode === 'navigate') {
    event.respondWith(page(request))
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request))
  } else if (url.pathname.startsWith('/api/') && url.pathname.endsWith('.json')) {
    event.respondWith(networkFirst(request))
  } else if (PRECACHE_URLS.includes(url.pathname)) {
    // /theme.js, /boot.js and /favicon.svg keep their names across builds: fresh when online.
    event.respondWith(networkFirst(request))
  }
  // Anything else goes to the network as if there were no worker.
})

/**
 * The page that first installed the worker loaded before the worker controlled it, so its own
 * HTML and data went past the cache. register-service-worker.ts sends their URLs once the worker
 * takes control, so that first visit can be read offline as well.
 */
self.addEventListener('message', (event) => {
  const data = event.data
  if (data === null || typeof data !== 'object' || data.type !== 'cache-visited') return
  if (!Array.isArray(data.urls)) return
  event.waitUntil(cacheVisited(data.urls.slice(0, 100)))
})

function isCacheable(response) {
  // "basic" means same-origin and readable; a redirect must not be replayed as a navigation.
  return response.ok && response.type === 'basic' && !response.redirected
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE_NAME)
  const cached = await cache.match(request, MATCH)
  if (cached) return cached
  const response = await fetch(request)
  if (isCacheable(response)) await cache.put(request, response.clone())
  return response
}

/**
 * From the network, cached on the way through; from `offlineCopy` only when the connection fails,
 * since a 404 or 500 from a reachable server is the answer.
 */
async function networkFirst(request, offlineCopy = (cache) => cache.match(request, MATCH)) {
  const cache = await caches.open(CACHE_NAME)
  try {
    const response = await fetch(request)
    if (isCacheable(response)) await cache.put(request, response.clone())
    return response
  } catch {
    return (await offlineCopy(cache)) ?? Response.error()
  }
}

/** Each page is cached under its own URL: the build prerenders one HTML file per route. */
function page(request) {
  return networkFirst(
    request,
    async (cache) =>
      (await cache.match(request, MATCH)) ??
      // The timeline keeps its filters in the query; any cached copy of the page will do.
      (await cache.match(request, { ...MATCH, ignoreSearch: true })) ??
      cache.match('/', MATCH),
  )
}

async function cacheVisited(urls) {
  const cache = await caches.open(CACHE_NAME)
  await Promise.all(
    urls.map(async (value) => {
      if (typeof value !== 'string') return
      const url = new URL(value, self.location.origin)
      if (url.origin !== self.location.origin || url.pathname.startsWith('/assets/')) return
      url.hash = ''
      if (await cache.match(url.href, MATCH)) return
      try {
        const response = await fetch(url.href)
        if (isCacheable(response)) await cache.put(url.href, response)
      } catch {
        // Offline already: nothing to cache, and the page keeps working as it is.
      }
    }),
  )
}
