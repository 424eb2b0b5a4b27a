/**
 * Offline reading for the production build (README "Offline reading"): writes dist/sw.js, the
 * Workbox worker in service-worker.ts bundled into one classic script, with its precache list.
 * build-site.ts calls it last, once every page is prerendered, so the revision of "/" is that of
 * the home page readers get (Vite's own index.html is only its template). Only the build calls it:
 * in development MSW's worker owns the origin, and the prerender's server build needs none.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { type LogLevel, build } from 'vite'
import { injectManifest } from 'workbox-build'

const workerSource = fileURLToPath(new URL('./service-worker.ts', import.meta.url))

/**
 * The app shell: "/" (the prerendered home page, which starts the app at any address), the
 * icon from public/, and the bundle's hashed JS and CSS. Not every page, nor the
 * source maps: pages are cached as the reader visits them.
 */
const shellPatterns = ['index.html', 'favicon.svg', 'assets/*.{js,css}']

export async function writeServiceWorker(
  dist: string,
  logLevel: LogLevel,
): Promise<{ count: number; size: number }> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'trauma-code-sw-'))
  try {
    await build({
      configFile: false,
      logLevel,
      publicDir: false,
      build: {
        outDir: scratch,
        emptyOutDir: true,
        target: 'es2023',
        rolldownOptions: {
          input: workerSource,
          output: { format: 'iife', entryFileNames: 'sw.js' },
        },
      },
    })
    const { count, size, warnings } = await injectManifest({
      swSrc: path.join(scratch, 'sw.js'),
      swDest: path.join(dist, 'sw.js'),
      globDirectory: dist,
      globPatterns: shellPatterns,
      // Their names carry a hash of their content already.
      dontCacheBustURLsMatching: /^assets\//,
      manifestTransforms: [
        (entries) => ({
          manifest: entries.map((entry) => ({
            ...entry,
            url: entry.url === 'index.html' ? '/' : `/${entry.url}`,
          })),
          warnings: [],
        }),
      ],
    })
    if (warnings.length > 0) throw new Error(`sw.js: ${warnings.join('; ')}`)
    return { count, size }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}
