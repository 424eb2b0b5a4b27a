import { type Page, expect, test } from './fixtures'
import { expectReferencesAsCited } from './reference-numbers'
import { everyPage, gatedFacts } from './site-pages'

async function pageText(page: Page, path: string): Promise<string> {
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // textContent, not innerText: a fact hidden with CSS would still be a leak.
  return page.evaluate(() => document.documentElement.textContent)
}

test('a first-time reader sees no gated fact on any page, only a placeholder saying what is hidden', async ({
  page,
}) => {
  test.setTimeout(300_000)
  const facts = await gatedFacts(page)
  expect(facts.some((fact) => fact.spoiler.kind === 'episode')).toBe(true)
  expect(facts.some((fact) => fact.spoiler.kind === 'webtoon')).toBe(true)
  await expect(page.getByRole('button', { name: 'Spoilers: no plot' })).toBeVisible()

  for (const path of await everyPage(page)) {
    const text = await pageText(page, path)
    for (const fact of facts) expect(text, `${path} shows "${fact.text}"`).not.toContain(fact.text)
    if (facts.some((fact) => fact.path === path)) {
      await expect(page.getByRole('note', { name: 'Hidden spoilers' }).first()).toBeVisible()
    }
  }
})

test('unlocking from the header shows every gated fact, and the choice survives a reload', async ({
  page,
}) => {
  // Visits every page with plot; the dev server can be slow while other tests crawl it.
  test.setTimeout(90_000)
  const facts = await gatedFacts(page)
  await page.goto('/origin')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.getByRole('button', { name: 'Spoilers: no plot' }).click()
  await page.getByLabel('I have watched season 1 up to').selectOption('8')
  await expect(page.getByRole('button', { name: 'Spoilers: up to ep. 8' })).toBeVisible()
  // Episode 8 alone keeps webtoon plot back.
  for (const fact of facts.filter((entry) => entry.path === '/origin')) {
    const shown = page.getByText(fact.text)
    if (fact.spoiler.kind === 'webtoon') await expect(shown).toHaveCount(0)
    else await expect(shown).toBeVisible()
  }
  await page.getByRole('checkbox', { name: 'Show webtoon plot beyond the drama' }).check()
  await page.keyboard.press('Escape')

  await page.reload()
  await expect(page.getByRole('button', { name: 'Spoilers: up to ep. 8 + webtoon' })).toBeVisible()
  for (const path of new Set(facts.map((fact) => fact.path))) {
    await page.goto(path)
    for (const fact of facts.filter((entry) => entry.path === path)) {
      await expect(page.getByText(fact.text, { exact: false }).first()).toBeVisible()
    }
    await expect(page.getByRole('note', { name: 'Hidden spoilers' })).toHaveCount(0)
  }
})

test("the placeholder's own button reveals that plot in one click", async ({ page }) => {
  await page.goto('/characters/yang-jae-won')
  const summary = page.getByRole('region', { name: 'Summary' })
  await summary.getByRole('button', { name: 'I’ve watched episode 8: show it' }).click()
  await expect(summary).toContainText("accepted as Baek Kang-hyuk's first disciple")
  await expect(page.getByRole('button', { name: 'Spoilers: up to ep. 8' })).toBeVisible()
  // The plot's markers render after the page has: the references still list exactly what the
  // markers cite, numbered as first cited (decision 034).
  expect(await expectReferencesAsCited(page)).toBeGreaterThan(0)
})
