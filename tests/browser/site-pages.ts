import { type Page, expect } from '@playwright/test'

/** Fetches a contract URL from inside the page, so in dev the MSW worker answers it. */
export async function api<T>(page: Page, url: string): Promise<T> {
  const body: unknown = await page.evaluate(async (target) => {
    const response = await fetch(target)
    return (await response.json()) as unknown
  }, url)
  return body as T
}

/** Every page the wiki has, read from the data the site itself serves. */
export async function everyPage(page: Page): Promise<string[]> {
  await page.goto('/')
  // In dev the MSW worker starts before the app renders, so a heading means it is answering.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const [characters, people, sources] = await Promise.all([
    api<{ characters: { slug: string }[] }>(page, '/api/characters.json'),
    api<{ people: { slug: string }[] }>(page, '/api/people.json'),
    api<{ sources: { id: string }[] }>(page, '/api/sources.json'),
  ])
  return pagePaths({
    characters: characters.characters.map(({ slug }) => slug),
    people: people.people.map(({ slug }) => slug),
    sources: sources.sources.map(({ id }) => id),
  })
}

/** The section pages plus one page per character, person and source. */
export function pagePaths(slugs: {
  characters: string[]
  people: string[]
  sources: string[]
}): string[] {
  return [
    '/',
    '/characters',
    '/people',
    '/origin',
    '/timeline',
    '/sources',
    '/disagreements',
    ...slugs.characters.map((slug) => `/characters/${slug}`),
    ...slugs.people.map((slug) => `/people/${slug}`),
    ...slugs.sources.map((id) => `/sources/${id}`),
  ]
}
