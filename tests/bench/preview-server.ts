/**
 * `vite preview` of a build on a port of the benchmark's own, for the Lighthouse run
 * (tests/bench/lighthouse.ts) and the content scale run (tests/bench/scale.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

const repositoryRoot = path.resolve(import.meta.dirname, '../..')

export type PreviewServer = {
  /** The site's root, ending in a slash: `http://localhost:<port>/`. */
  url: string
  server: ChildProcess
  /** Stops the server and waits for it to exit, so the port is free again. */
  stop: () => Promise<void>
}

/**
 * Serves `outDir` (the repository's dist/ by default) and resolves once its home page answers.
 * `--strictPort`: a port already in use is an error, never a silent move to the next one.
 */
export async function startPreviewServer({
  port,
  outDir = path.join(repositoryRoot, 'dist'),
  timeoutMs = 30_000,
}: {
  port: number
  outDir?: string
  timeoutMs?: number
}): Promise<PreviewServer> {
  if (!existsSync(path.join(outDir, 'index.html')))
    throw new Error(`No ${path.join(outDir, 'index.html')}: run \`npm run build\` first.`)
  const server = spawn(
    path.join(repositoryRoot, 'node_modules/.bin/vite'),
    ['preview', '--port', String(port), '--strictPort', '--outDir', outDir],
    { cwd: repositoryRoot, stdio: ['ignore', 'ignore', 'inherit'] },
  )
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return
    const exited = new Promise((resolve) => server.once('exit', resolve))
    server.kill()
    await exited
  }
  const url = `http://localhost:${port}/`
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`vite preview exited with ${server.exitCode} (port ${port} in use?)`)
    try {
      if ((await fetch(url)).ok) return { url, server, stop }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await stop()
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs / 1000} s`)
}
