/**
 * Offline reading for the production build: emits dist/sw.js from the hand-written worker in
 * service-worker.js, with the list of files to precache and a cache name that changes whenever
 * that list or the worker changes, so each build starts from a fresh cache and drops the old one.
 * Build only: in development MSW's worker owns the origin (README "Offline reading").
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

const workerSourceFile = fileURLToPath(new URL('./service-worker.js', import.meta.url))

/** Files from public/ the shell needs; copied as they are, so they are not in the bundle. */
const publicShellFiles = ['theme.js', 'boot.js', 'favicon.svg']

/** Replaces `token` exactly once, so a renamed placeholder fails the build instead of the worker. */
function fillIn(source: string, token: string, value: string): string {
  const parts = source.split(token)
  if (parts.length !== 2) throw new Error(`service-worker.js must contain ${token} exactly once`)
  return parts.join(value)
}

/** The worker's source with its precache list and cache version filled in. */
function createServiceWorker(workerSource: string, precacheUrls: string[]): string {
  const version = createHash('sha256')
    .update(JSON.stringify(precacheUrls))
    .update(workerSource)
    .digest('hex')
    .slice(0, 12)
  const withVersion = fillIn(workerSource, '__CACHE_VERSION__', version)
  return fillIn(withVersion, '/* __PRECACHE_URLS__ */ []', JSON.stringify(precacheUrls, null, 2))
}

export function serviceWorkerPlugin(): Plugin {
  let publicDir = ''
  return {
    name: 'trauma-code-service-worker',
    // A server build (the prerender's) is not served to browsers.
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    // After Vite's own plugins, so the bundle already holds the emitted CSS.
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir
    },
    generateBundle(_options, bundle) {
      const hashedFiles = Object.values(bundle)
        .map((output) => output.fileName)
        .filter((fileName) => fileName.startsWith('assets/') && /\.(js|css)$/.test(fileName))
        .sort()
      const shellFiles = publicShellFiles.filter(
        (file) => publicDir !== '' && existsSync(path.join(publicDir, file)),
      )
      const precacheUrls = ['/', ...shellFiles, ...hashedFiles].map((file) =>
        file.startsWith('/') ? file : `/${file}`,
      )
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: createServiceWorker(readFileSync(workerSourceFile, 'utf8'), precacheUrls),
      })
    },
  }
}
