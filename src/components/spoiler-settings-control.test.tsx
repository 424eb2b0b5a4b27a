import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it } from 'vitest'
import { scenarioHandlers } from '@/testing/mocks/scenarios'
import { server } from '@/testing/mocks/server'
import { renderApp } from '@/testing/render-app'

afterEach(() => {
  localStorage.clear()
})

it('opens from the header in one click, changes both settings and closes with Escape', async () => {
  renderApp('/sources')
  await screen.findByRole('heading', { level: 1, name: 'Sources' })
  const toggle = screen.getByRole('button', { name: 'Spoilers: no plot' })
  expect(toggle).toHaveAttribute('aria-expanded', 'false')
  expect(screen.queryByRole('group', { name: 'Spoiler settings' })).toBeNull()

  await userEvent.click(toggle)
  expect(toggle).toHaveAttribute('aria-expanded', 'true')
  const episode = screen.getByRole('combobox', { name: 'I have watched season 1 up to' })
  expect(episode).toHaveValue('0')
  await userEvent.selectOptions(episode, 'Episode 3')
  await userEvent.click(
    screen.getByRole('checkbox', { name: 'Show webtoon plot beyond the drama' }),
  )
  expect(toggle).toHaveTextContent('Spoilers: up to ep. 3 + webtoon')

  await userEvent.keyboard('{Escape}')
  expect(toggle).toHaveAttribute('aria-expanded', 'false')
  expect(toggle).toHaveFocus()
  expect(JSON.parse(localStorage.getItem('spoiler-settings') ?? 'null')).toEqual({
    watchedEpisode: 3,
    showWebtoonPlot: true,
  })
})

it('stays open while the first page loads: the header is not replaced when the page arrives', async () => {
  server.use(...scenarioHandlers('slow', { slowMs: 300 }))
  renderApp('/sources')
  await userEvent.click(await screen.findByRole('button', { name: 'Spoilers: no plot' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Sources' })).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Spoilers: no plot' })).toHaveAttribute(
    'aria-expanded',
    'true',
  )
})
