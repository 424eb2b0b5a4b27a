import { axeScan } from './axe'
import { type Page, expect, test } from './fixtures'
import { api, open } from './site-pages'

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search the wiki' })
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' })

async function search(page: Page, query: string) {
  await searchBox(page).fill(query)
  await expect(results(page).getByRole('option').first()).toBeVisible()
}

const words = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 7)

test('every spelling of a name finds the same page', async ({ page }) => {
  await open(page, '/')
  const expectations: [string, RegExp, string][] = [
    ['joo ji hoon', /^Ju Ji-hoon/, '/people/ju-ji-hoon'],
    ['gang-hyeok', /^Baek Kang-hyuk/, '/characters/baek-kang-hyuk'],
    ['baek kang-hyok', /^Baek Kang-hyuk/, '/characters/baek-kang-hyuk'],
    ['jeong jae kwang', /^Jeong Jae-kwang/, '/people/jeong-jae-kwang'],
    ['jung jae-kwang', /^Jeong Jae-kwang/, '/people/jeong-jae-kwang'],
    ['hansanleega', /^Lee Nak-jun/, '/people/lee-nak-jun'],
    ['han san-i', /^Lee Nak-jun/, '/people/lee-nak-jun'],
    [
      'xsportnews',
      /^Report: seasons 2 and 3 confirmed, to be made back to back/,
      '/timeline/2025#2025-09-23-xports-news-seasons-2-3-report',
    ],
  ]
  for (const [query, title, path] of expectations) {
    await search(page, query)
    await expect(results(page).getByRole('option').first(), query).toHaveAccessibleName(title)
    await page.keyboard.press('Enter')
    await expect(page, query).toHaveURL(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  }
  await expect(
    page.getByRole('heading', { level: 2, name: /^Report: seasons 2 and 3/ }),
  ).toBeInViewport()
})

test('"joo ji hoon" and Enter land on Ju Ji-hoon\'s page, from the "/" shortcut', async ({
  page,
}) => {
  await open(page, '/characters')
  await page.keyboard.press('/')
  await expect(searchBox(page)).toBeFocused()
  await page.keyboard.type('joo ji hoon')
  await expect(results(page).getByRole('option').first()).toContainText('also written Joo Ji-hoon')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Ju Ji-hoon' })).toBeVisible()
})

test('arrow keys move through the results and Enter opens the active one', async ({ page }) => {
  await open(page, '/')
  await search(page, 'lee nak-jun')
  const options = results(page).getByRole('option')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  const second = options.nth(1)
  await expect(second).toHaveAttribute('aria-selected', 'true')
  await expect(searchBox(page)).toHaveAttribute(
    'aria-activedescendant',
    (await second.getAttribute('id')) ?? 'missing',
  )
  const secondName = (await second.textContent()) ?? ''
  await page.keyboard.press('ArrowUp')
  await expect(options.first()).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(secondName).not.toBe('')
  await expect(page).not.toHaveURL('/')
  await page.keyboard.press('/')
  await page.keyboard.type('baek')
  await page.keyboard.press('Escape')
  await expect(results(page)).toBeHidden()
  await expect(searchBox(page)).toHaveValue('baek')
  await page.keyboard.press('Escape')
  await expect(searchBox(page)).toHaveValue('')
})

test('plot held back by the spoiler settings is never found, until the reader reveals it', async ({
  page,
}) => {
  await open(page, '/')
  type Plot = { value: string; spoiler?: unknown }
  const origin = await api<{ seasonOneAdapted: Plot[]; notYetAdapted: Plot[] }>(
    page,
    '/api/plot/origin.json',
  )
  const index = await api<{
    entries: { names: { value: string }[]; texts: { text: string; spoiler?: unknown }[] }[]
  }>(page, '/api/search.json')
  const openWords = new Set(
    index.entries.flatMap((entry) => [
      ...entry.names.flatMap((name) => words(name.value)),
      ...entry.texts.filter((text) => !text.spoiler).flatMap((text) => words(text.text)),
    ]),
  )
  const gatedOnly = [...origin.seasonOneAdapted, ...origin.notYetAdapted]
    .filter((fact) => fact.spoiler)
    .flatMap((fact) => words(fact.value))
    .filter((word) => !openWords.has(word))
  const word = gatedOnly.includes('helicopter') ? 'helicopter' : gatedOnly[0]
  if (word === undefined) throw new Error('the origin has no plot word to test with')

  await searchBox(page).fill(word)
  await expect(page.getByText(`No results for “${word}”.`)).toBeVisible()
  await expect(results(page).getByRole('option')).toHaveCount(0)
  await expect(page.locator('header')).not.toContainText(new RegExp(`${word}[^”]`, 'i'))

  await page.evaluate(() =>
    localStorage.setItem(
      'spoiler-settings',
      JSON.stringify({ watchedEpisode: 8, showWebtoonPlot: true }),
    ),
  )
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await search(page, word)
  const origins = results(page).getByRole('group', { name: 'Origin' }).getByRole('option')
  await expect(origins).toHaveCount(1)
  await expect(origins).toContainText(new RegExp(word, 'i'))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL('/origin')
})

test('the open search popup has no axe violations in light and dark, at 375 and 1280 px', async ({
  page,
}) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 })
    await open(page, '/characters')
    await search(page, 'park')
    await page.keyboard.press('ArrowDown')
    const popup = await results(page).boundingBox()
    expect(popup && popup.x >= 0 && popup.x + popup.width <= width, `fits at ${width}`).toBe(true)
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      const scan = await axeScan(page).analyze()
      expect(scan.violations, `${colorScheme} at ${width} px`).toEqual([])
    }
  }
})
