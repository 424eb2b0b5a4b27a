/**
 * The names of the service worker's runtime caches (README "Offline reading"), shared by the worker
 * (src/build/service-worker.ts) and the page that registers it (register-service-worker.ts). They
 * stay the same from build to build, so what a reader has visited outlives a new deployment; only
 * the precache, which Workbox revisions file by file, changes with the build.
 */
export const offlineCaches = {
  /** Pages, under their own URL, as the reader visited them. */
  pages: 'trauma-code-pages',
  /** The /api/*.json documents those pages fetched. */
  data: 'trauma-code-data',
  /** Hashed /assets of a newer build, fetched while an older worker was in charge. */
  assets: 'trauma-code-assets',
} as const

/** The hand-written worker before Workbox kept one cache per build, named with a 12-digit hash. */
export const legacyCacheName = /^trauma-code-[0-9a-f]{12}$/
