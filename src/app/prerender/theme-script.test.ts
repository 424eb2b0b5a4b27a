import { afterEach, describe, expect, it, vi } from 'vitest'
import { themeScript } from './theme-script'

const root = document.documentElement

function runThemeScript() {
  // The very text each page's head carries, run as the browser runs it: that text is under test.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function(themeScript) as () => void
  run()
}

describe('the theme script in every page head', () => {
  afterEach(() => {
    root.classList.remove('js')
    delete root.dataset.theme
    localStorage.clear()
  })

  it('marks the page as scripted and applies a saved dark theme', () => {
    localStorage.setItem('theme', 'dark')
    runThemeScript()
    expect(root.classList.contains('js')).toBe(true)
    expect(root.dataset.theme).toBe('dark')
  })

  it('leaves the system theme when nothing, or something unknown, is saved', () => {
    runThemeScript()
    expect(root.dataset.theme).toBeUndefined()
    localStorage.setItem('theme', 'sepia')
    runThemeScript()
    expect(root.dataset.theme).toBeUndefined()
  })

  it('still marks the page when storage is blocked', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    runThemeScript()
    expect(root.classList.contains('js')).toBe(true)
    expect(root.dataset.theme).toBeUndefined()
  })
})
