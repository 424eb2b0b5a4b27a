import { expect, test } from './fixtures'
import { testRepositoryUrl } from './repository'

test('the home page shows how the renewal status moved, each step linking to its event', async ({
  page,
}) => {
  await page.goto('/')
  const history = page.getByRole('region', { name: 'How the status moved' })
  const steps = history.getByRole('listitem')
  await expect(steps.first()).toBeVisible()
  expect(await steps.count()).toBeGreaterThanOrEqual(3)
  for (const step of await steps.all()) {
    await expect(step.locator('time')).toHaveAttribute('datetime', /^\d{4}(-\d{2}){0,2}$/)
    await expect(step.locator('a[href^="/timeline/"]').first()).toBeVisible()
  }
  await expect(history.getByText('Status now')).toHaveCount(1)

  const first = steps.first().locator('a[href^="/timeline/"]').first()
  const text = await first.textContent()
  const [pagePath = '', anchor = ''] = (await first.getAttribute('href'))?.split('#') ?? []
  expect(pagePath).toMatch(/^\/timeline\/\d{4}(\/page-\d+)?$/)
  await first.click()
  await expect(page).toHaveURL(`${pagePath}#${anchor}`)
  await expect(page.locator(`[id="${anchor}"]`)).toContainText(text ?? '')
})

test('home and timeline link the Atom feed, and the timeline names its latest news', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'Follow the news' })).toHaveAttribute(
    'href',
    '/feed.xml',
  )
  await page.goto('/timeline')
  await expect(page.getByRole('link', { name: 'Follow the news' })).toHaveAttribute(
    'href',
    '/feed.xml',
  )
  // The newest event is Netflix's statement, not a press report: the line does not call it one.
  await expect(page.locator('p', { hasText: 'Latest news:' })).toHaveText(
    'Latest news: 22 June 2026, Netflix: positively in talks, nothing confirmed yet',
  )
})

test('a page says when its facts were last updated, with edit links only in a build given the repository', async ({
  page,
}, testInfo) => {
  await page.goto('/outlets/xports-news')
  await expect(page.getByRole('heading', { level: 1, name: 'Xports News' })).toBeVisible()
  // Its claims stand where Netflix's statement of 22 June 2026 put them: the page draws on that
  // article, though no marker there cites it (decision 034).
  await expect(
    page.getByText('Last updated 22 June 2026, the date of the newest article this page draws on.'),
  ).toBeVisible()
  const edit = page.getByRole('link', { name: 'Edit this page' })
  if (testInfo.project.name === 'dev') {
    await expect(edit).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Report an error' })).toHaveCount(0)
  } else {
    await expect(edit).toHaveAttribute(
      'href',
      `${testRepositoryUrl}/edit/main/src/fixtures/outlets/xports-news.json`,
    )
  }
})
