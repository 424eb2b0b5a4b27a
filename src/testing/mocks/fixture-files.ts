/** The fixtures as Vite bundles them, for the MSW handlers in the browser and in Vitest. */
import type { FixtureFile } from '@/content/content-problems'

const fixtureTexts = import.meta.glob<string>(
  ['/src/fixtures/*/*.json', '!/src/fixtures/schemas/*.json'],
  { eager: true, query: '?raw', import: 'default' },
)

export const fixtureFiles: FixtureFile[] = Object.entries(fixtureTexts).map(([path, text]) => ({
  path: path.replace(/^\//, ''),
  text,
}))
