/**
 * The production service worker, for offline reading (README "Offline reading"), built from
 * Workbox's modules. build-service-worker.ts bundles it into dist/sw.js once every page is
 * prerendered and has workbox-build fill in `self.__WB_MANIFEST`: the app shell, each file with a
 * revision of its content. It never runs in development, where MSW's worker owns the origin.
 *
 * Routes, first match wins:
 * - /favicon.svg keeps its name across builds: from the network, so it
 *   always match the page, and from the precache only when the network fails.
 * - Pages (navigations) and /api/*.json data change when the site is rebuilt: from the network,
 *   cached on the way through under a name that outlives builds, read from that cache only when
 *   the network fails. A page never cached falls back to the precached "/", so the app starts and
 *   explains that the wiki is offline instead of the browser's own error page.
 * - Hashed /assets never change under the same name: the precache serves its own cache first; a
 *   newer build's assets, which a page fetched online may ask for while this worker is still in
 *   charge, are cached first in a runtime cache, emptied once a newer worker takes over.
 * - Only same-origin 200 responses are cached: errors and redirects are not ours to replay.
 */
import { CacheableResponsePlugin } from 'workbox-cacheable-response'
import { clientsClaim, setCacheNameDetails } from 'workbox-core'
import { type PrecacheEntry, matchPrecache, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { CacheFirst, NetworkFirst, NetworkOnly } from 'workbox-strategies'
import { legacyCacheName, offlineCaches } from '../app/offline-caches.ts'

/** workbox-build replaces `self.__WB_MANIFEST` with the precache list. */
declare const self: typeof globalThis & { __WB_MANIFEST: (PrecacheEntry | string)[] }
/** The activate event: the DOM library this file is checked with has no ExtendableEvent. */
type ExtendableEvent = Event & { waitUntil(promise: Promise<unknown>): void }

const manifest = self.__WB_MANIFEST
/**
 * Servers add `Vary: Origin` (vite preview does, for CORS), and module scripts send an Origin
 * header that a cached request may lack. Nothing this site serves differs by request header.
 */
const matchOptions: CacheQueryOptions = { ignoreVary: true }
const okOnly = new CacheableResponsePlugin({ statuses: [200] })
const unhashedShell = new Set(
  manifest
    .map((entry) => (typeof entry === 'string' ? entry : entry.url))
    .filter((url) => url !== '/' && !url.startsWith('/assets/')),
)

setCacheNameDetails({ prefix: 'trauma-code' })
// No skipWaiting(): a tab still running the previous build may lazy-load its old chunks, which only
// the previous precache holds, so a new worker waits until those tabs are closed. clientsClaim()
// only takes tabs no worker controls, such as the very first visit, so what it reads next is cached.
clientsClaim()

registerRoute(
  ({ url, sameOrigin }) => sameOrigin && unhashedShell.has(url.pathname),
  new NetworkOnly({
    plugins: [{ handlerDidError: ({ request }) => matchPrecache(request.url) }],
  }),
)

registerRoute(
  new NavigationRoute(
    new NetworkFirst({
      cacheName: offlineCaches.pages,
      matchOptions,
      plugins: [
        okOnly,
        {
          // The timeline keeps its filters in the query: any cached copy of the page will do.
          handlerDidError: async ({ request }) =>
            (await caches.match(request.url, {
              ...matchOptions,
              cacheName: offlineCaches.pages,
              ignoreSearch: true,
            })) ?? matchPrecache('/'),
        },
      ],
    }),
  ),
)

registerRoute(
  ({ url, sameOrigin }) =>
    sameOrigin && url.pathname.startsWith('/api/') && url.pathname.endsWith('.json'),
  new NetworkFirst({ cacheName: offlineCaches.data, matchOptions, plugins: [okOnly] }),
)

precacheAndRoute(manifest)

registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
  new CacheFirst({ cacheName: offlineCaches.assets, matchOptions, plugins: [okOnly] }),
)

self.addEventListener('activate', (event) => {
  // This worker's precache now holds its own assets; the hand-written worker's caches are gone.
  const stale = (name: string) => name === offlineCaches.assets || legacyCacheName.test(name)
  ;(event as ExtendableEvent).waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter(stale).map((name) => caches.delete(name)))),
  )
})
