import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { useHydrated } from './use-hydrated'

/** What the address says, which only the browser knows; the prerender shows the unfiltered view. */
function AddressView() {
  return <p>{useHydrated() ? 'filtered by the address' : 'as prerendered'}</p>
}

afterEach(() => {
  delete document.documentElement.dataset.hydrating
})

describe('useHydrated', () => {
  it('hydrates as the prerender rendered, then shows what the browser knows', async () => {
    const container = document.createElement('div')
    document.body.append(container)
    // The prerender: jsdom has a document, so the server's case is the app's mark.
    document.documentElement.dataset.hydrating = ''
    const prerendered = new DOMParser().parseFromString(
      renderToString(<AddressView />),
      'text/html',
    )
    container.append(...prerendered.body.childNodes)
    expect(container).toHaveTextContent('as prerendered')

    const recoverableErrors: unknown[] = []
    const root = await act(() =>
      hydrateRoot(container, <AddressView />, {
        onRecoverableError: (error) => recoverableErrors.push(error),
      }),
    )
    delete document.documentElement.dataset.hydrating
    await act(() => Promise.resolve())

    expect(recoverableErrors).toEqual([])
    expect(container).toHaveTextContent('filtered by the address')
    act(() => {
      root.unmount()
    })
    container.remove()
  })

  it('shows what the browser knows from the first render when nothing is hydrating', () => {
    let firstRender: string | undefined
    function FirstRender() {
      const hydrated = useHydrated()
      firstRender ??= hydrated ? 'browser' : 'prerender'
      return <AddressView />
    }
    render(<FirstRender />)
    expect(firstRender).toBe('browser')
    expect(screen.getByText('filtered by the address')).toBeInTheDocument()
  })
})
