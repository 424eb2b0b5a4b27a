import { expect, test } from './fixtures'
import { stanceLabels } from '../../src/content/labels'
import type { Disagreement, DisagreementValue } from '../../src/content/disagreements'
import { formatPartialDate } from '../../src/lib/format-date'
import { api } from './site-pages'

function valueText(value: DisagreementValue): string {
  switch (value.kind) {
    case 'text':
    case 'link':
      return value.text
    case 'date':
      return formatPartialDate(value.date)
    case 'stance':
      return stanceLabels[value.stance]
  }
}

test('every disagreement of substance is flagged on its page, each value cited; variants read "also written"', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.goto('/disagreements')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Where the sources disagree' }),
  ).toBeVisible()
  const { disagreements } = await api<{ disagreements: Disagreement[] }>(
    page,
    '/api/disagreements.json',
  )
  const topics = disagreements.map((entry) => entry.topic)
  // The four the articles are known to disagree on; the rest are read from the data.
  for (const topic of [
    'Role',
    'Start of filming',
    'Chart position on Netflix',
    'How Netflix’s reply was described',
  ]) {
    expect(topics).toContain(topic)
  }
  await expect(page.getByRole('heading', { level: 4 })).toHaveCount(disagreements.length)

  for (const entry of disagreements) {
    await page.goto(entry.page.path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    if (entry.weight === 'wording') {
      // The same thing in other words: no alarm, every wording shown after "also written".
      // Only what the reader sees: the timeline keeps other pages' entries mounted, hidden
      // (decision 021), and they may carry the same values.
      let quiet = page
        .locator('.also-written')
        .filter({ visible: true })
        .filter({ hasText: 'also written' })
      for (const value of entry.values) quiet = quiet.filter({ hasText: valueText(value.value) })
      await expect(quiet.first(), `${entry.page.path}: ${entry.topic}`).toBeVisible()
      await expect(quiet.first()).not.toContainText('Sources disagree')
      continue
    }
    let flag = page
      .locator('.disagreement')
      .filter({ visible: true })
      .filter({ hasText: /Sources disagree|Described differently/ })
    for (const value of entry.values) flag = flag.filter({ hasText: valueText(value.value) })
    await expect(flag.first(), `${entry.page.path}: ${entry.topic}`).toBeVisible()
    // Each value carries its own citation marker.
    const citations = await flag
      .first()
      .getByRole('button', { name: /^Sources? \d/ })
      .count()
    expect(citations).toBeGreaterThanOrEqual(entry.values.length)
  }
})
