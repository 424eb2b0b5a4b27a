import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it } from 'vitest'
import { renderApp } from '@/testing/render-app'

afterEach(() => {
  localStorage.clear()
  delete document.documentElement.dataset.theme
})

it('follows the system until the reader picks a theme, then remembers it', async () => {
  const first = renderApp('/')
  const select = await screen.findByRole('combobox', { name: 'Theme' })
  expect(select).toHaveValue('system')
  expect(document.documentElement).not.toHaveAttribute('data-theme')

  await userEvent.selectOptions(select, 'Dark')
  expect(document.documentElement).toHaveAttribute('data-theme', 'dark')
  first.unmount()

  renderApp('/characters')
  expect(await screen.findByRole('combobox', { name: 'Theme' })).toHaveValue('dark')
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'System')
  expect(document.documentElement).not.toHaveAttribute('data-theme')
  expect(localStorage.getItem('theme')).toBeNull()
})
