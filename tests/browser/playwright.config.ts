import path from 'node:path'
import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './chromium.ts'
import { previewBuildEnv } from './repository.ts'

const repositoryRoot = path.resolve(import.meta.dirname, '../..')
const isCI = Boolean(process.env.CI)
const bin = (name: string) => path.join(repositoryRoot, 'node_modules/.bin', name)

/** Overridable so that two checkouts on one machine can run their browser tests side by side. */
export const ports = {
  dev: Number(process.env.DEV_PORT ?? 5173),
  preview: Number(process.env.PREVIEW_PORT ?? 4173),
} as const

export default defineConfig({
  testDir: '.',
  outputDir: path.join(repositoryRoot, 'test-results'),
  fullyParallel: true,
  forbidOnly: isCI,
  retries: 0,
  // Twice Playwright's default: on this 2-core CI machine, with both servers and two browsers
  // running, the heaviest tests (four axe scans, or a walk over every page) took up to 28 s of 30.
  timeout: 60_000,
  workers: 2,
  reporter: [['list']],
  use: {
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
    // The built site registers a service worker (offline reading), and requests a controlling
    // worker makes bypass page.route. offline.spec.ts allows it; dev needs MSW's worker.
    serviceWorkers: 'block',
  },
  projects: [
    {
      // What only development has: MSW serving the same documents as the build, the fault
      // scenarios on every route and the offline development check. Every reader feature runs
      // once, on the build readers get (decision 012): the same components render both, and
      // running them twice took CI past its 15 minutes.
      name: 'dev',
      testMatch: /(dev-msw|scenarios|offline-dev)\.spec\.ts$/,
      use: { baseURL: `http://localhost:${ports.dev}`, serviceWorkers: 'allow' },
    },
    {
      name: 'preview',
      testIgnore: /(dev-msw|scenarios|offline-dev|live-content)\.spec\.ts$/,
      use: { baseURL: `http://localhost:${ports.preview}` },
    },
    {
      // Edits a real fixture under the dev server, so it waits for every other test to finish.
      name: 'live-content',
      testMatch: /live-content\.spec\.ts$/,
      dependencies: ['dev', 'preview'],
      use: { baseURL: `http://localhost:${ports.dev}`, serviceWorkers: 'allow' },
    },
  ],
  webServer: [
    {
      command: `${bin('vite')} --port ${ports.dev} --strictPort`,
      cwd: repositoryRoot,
      url: `http://localhost:${ports.dev}`,
      reuseExistingServer: !isCI,
      timeout: 60_000,
    },
    {
      // Builds first, so the preview always serves the code under test.
      command: `${bin('node')} src/build/build-site.ts --quiet && ${bin('vite')} preview --port ${ports.preview} --strictPort`,
      cwd: repositoryRoot,
      url: `http://localhost:${ports.preview}`,
      reuseExistingServer: !isCI,
      timeout: 120_000,
      // The build readers get has edit and report links; dev shows the wiki without them.
      env: previewBuildEnv,
    },
  ],
})
