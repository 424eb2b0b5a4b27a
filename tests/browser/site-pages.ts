import { type ConsoleMessage, type Page, expect } from '@playwright/test'
import { allPageAddresses } from '../../src/app/route-table.ts'
import { paths } from '../../src/config/paths.ts'
import { apiPaths } from '../../src/content/api-paths.ts'

/** Fetches a contract URL from inside the page, so in dev the MSW worker answers it. */
export async function api<T>(page: Page, url: string): Promise<T> {
  const body: unknown = await page.evaluate(async (target) => {
    const response = await fetch(target)
    return (await response.json()) as unknown
  }, url)
  return body as T
}

/** Opens a page and waits for its heading: in dev, that means the MSW worker is answering. */
export async function open(page: Page, path: string) {
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
}

/** Collects the page's console errors and uncaught exceptions until `stop` is called. */
export function collectErrors(page: Page): { errors: string[]; stop: () => void } {
  const errors: string[] = []
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text())
  }
  const onPageError = (error: Error) => errors.push(error.message)
  page.on('console', onConsole)
  page.on('pageerror', onPageError)
  return {
    errors,
    stop: () => {
      page.off('console', onConsole)
      page.off('pageerror', onPageError)
    },
  }
}

/** Every page the wiki has: the route table's addresses, read from the data the site serves. */
export async function everyPage(page: Page): Promise<string[]> {
  await open(page, '/')
  return allPageAddresses((apiPath) => api(page, apiPath))
}

type Spoiler = { kind: 'episode'; episode: number } | { kind: 'webtoon' }
export type GatedFact = { path: string; text: string; spoiler: Spoiler }
type PlotList = { value?: string; description?: string; spoiler?: Spoiler }[]

/** Every spoiler-marked fact the site serves, read from its plot documents, with the page that shows it. */
export async function gatedFacts(page: Page): Promise<GatedFact[]> {
  const gated = (path: string, list: PlotList): GatedFact[] =>
    list.flatMap((entry) => {
      const text = entry.value ?? entry.description
      return entry.spoiler && text ? [{ path, text, spoiler: entry.spoiler }] : []
    })
  await open(page, '/')
  const { characters } = await api<{ characters: { slug: string }[] }>(
    page,
    apiPaths.characterList(),
  )
  const facts: GatedFact[] = []
  for (const { slug } of characters) {
    const plot = await api<{ summary: PlotList; relationships: PlotList }>(
      page,
      apiPaths.characterPlot(slug),
    )
    facts.push(...gated(paths.character(slug), [...plot.summary, ...plot.relationships]))
  }
  const origin = await api<{ seasonOneAdapted: PlotList; notYetAdapted: PlotList }>(
    page,
    apiPaths.originPlot(),
  )
  facts.push(...gated(paths.origin(), [...origin.seasonOneAdapted, ...origin.notYetAdapted]))
  return facts
}
