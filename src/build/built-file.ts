/**
 * For `vite preview`'s middlewares: where a request's path points inside the built site. Shared by
 * the 404 page (src/build/vite-plugin-not-found-page.ts) and the data 404s
 * (src/build/vite-plugin-content-api.ts), so both read addresses the same way.
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'

export function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile()
}

/** The request's decoded path, or null when it cannot be decoded (such as `/api/%E0`). */
export function requestPath(url: string | undefined): string | null {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname)
  } catch {
    return null
  }
}

/** The file a path names inside `outDir`, or null when the path would leave it. */
export function builtFile(outDir: string, pathname: string): string | null {
  const file = path.join(outDir, pathname)
  return file === outDir || file.startsWith(outDir + path.sep) ? file : null
}
