/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { msw } from 'msw/vite'
import { defineConfig } from 'vite'
import { notFoundPagePlugin } from './src/build/vite-plugin-not-found-page.ts'
import { previewHeadersPlugin } from './src/build/vite-plugin-preview-headers.ts'
import { contentApiPlugin } from './src/build/vite-plugin-content-api.ts'
import { contentWatchPlugin } from './src/build/vite-plugin-content-watch.ts'
import { themeScriptPlugin } from './src/build/vite-plugin-theme-script.ts'

/** React, React Router and TanStack Query: the chunk every page runs at start-up, with the entry. */
const frameworkChunk = 'framework'
/** src/features/search/search-engine.ts and MiniSearch, loaded when a reader first reaches for search. */
const searchEngineChunk = 'search-engine'

/** Tests of plain logic, run in Node (below); every other test file runs in jsdom. */
const nodeTestFiles = [
  'src/build/**/*.test.ts',
  'src/content/**/*.test.ts',
  'src/features/search/*.test.ts',
  'src/lib/{compare-strings,english,format-number,format-ordinal,query-client}.test.ts',
  'src/testing/**/*.test.ts',
  'tests/unit/**/*.test.ts',
]

export default defineConfig({
  plugins: [
    react(),
    msw(),
    contentApiPlugin(),
    contentWatchPlugin(),
    previewHeadersPlugin(),
    notFoundPagePlugin(),
    themeScriptPlugin(),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // MSW is imported only behind import.meta.env.DEV, which the dependency scan does not follow;
  // listing it avoids a full reload on the first page view of a fresh dev server. msw/experimental
  // is what msw/vite's runtime imports: unlisted, the browser fetched its 40-odd modules one by one
  // on every page load.
  optimizeDeps: { include: ['msw/browser', 'msw/experimental'] },
  // WIKI_REPOSITORY_URL (and _BRANCH) turn on the pages' edit and report links at build time.
  envPrefix: ['VITE_', 'WIKI_'],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  // The manifest maps each route module to its chunks, for the size benchmark (npm run bench).
  build: {
    target: 'es2023',
    // Every browser the es2023 target reaches supports <link rel="modulepreload">: the polyfill
    // would be half a kilobyte of every first visit for none of them (issue 15).
    // A dynamic import's JavaScript dependencies are left to the browser, which fetches a module's
    // imports as soon as it has the module: Vite's preload helper would insert a modulepreload
    // link for each in one task, and each insertion costs 1 to 12 ms at a phone's speed (decision
    // 022), 55 to 85 ms together on a reader's first act (decision 023). Stylesheets are still
    // loaded before the module runs, so a page never shows unstyled.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, dependencies) =>
        dependencies.filter((dependency) => dependency.endsWith('.css')),
    },
    sourcemap: true,
    manifest: true,
    rolldownOptions: {
      output: {
        // V8's explicit compile hint (Chrome 136 and later; other engines read a comment): every
        // function of the two chunks every page runs at start-up, and of the search engine, which
        // a reader's first keystroke runs, is compiled on the thread that streams the file in,
        // instead of one by one on the main thread as each is first called. Added after
        // minification, which would drop it (docs/decisions/027 and 038).
        postBanner: (chunk) =>
          chunk.isEntry || [frameworkChunk, searchEngineChunk].includes(chunk.name)
            ? '//# allFunctionsCalledOnLoad'
            : '',
        // React, React Router and TanStack Query in one chunk every page loads, rather than
        // spread over the entry and shared chunks by how the routes import them: one request,
        // and 0.8 KB less gzip on every first visit than split (issue 15, decision 022).
        codeSplitting: {
          groups: [
            {
              name: frameworkChunk,
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|cookie|set-cookie-parser)[\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    restoreMocks: true,
    // Three times Vitest's default: on this shared 2-core machine, with other checkouts testing,
    // the heaviest page tests (a whole route rendered and typed into) took over 5 s. A limit, not
    // a speed check: speed lives in the benchmark.
    testTimeout: 15_000,
    projects: [
      {
        // Content, build, search and formatting logic: no page, no network. A jsdom window (0.8 s
        // a file) and the page tests' set-up (the header's chunk, MSW) cost these 30 files more
        // than their tests do; in Node, sharing one module graph per worker, they take about 15 s
        // (decision 033).
        extends: true,
        test: {
          name: 'logic',
          environment: 'node',
          include: nodeTestFiles,
          setupFiles: ['./src/testing/setup-logic-tests.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'pages',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
          exclude: nodeTestFiles,
          setupFiles: ['./src/testing/setup-tests.ts'],
        },
      },
    ],
  },
})
