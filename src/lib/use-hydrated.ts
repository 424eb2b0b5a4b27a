import { startTransition, useEffect, useState } from 'react'

/**
 * Whether a component mounting now hydrates the prerendered page. The app marks the document while
 * React hydrates the page's content (`data-hydrating` on <html>, src/app/page-hydration.ts): a mark
 * in the page, not a variable here, because a module the entry imported would be split by the
 * bundler into a chunk of its own, one more request on every first visit. On the server every
 * render is the prerender.
 */
function mountsByHydration(): boolean {
  return typeof document === 'undefined' || 'hydrating' in document.documentElement.dataset
}

/**
 * False while React hydrates a prerendered page, true from the render after (and always when the
 * app renders in the browser from scratch). A component that reads something the prerender could
 * not know, such as the address's query or hash, renders as the prerender did until this is true,
 * so hydration finds the markup it expects.
 *
 * The render after hydration is a transition, so React yields to the browser while it renders. A
 * store whose server snapshot differs from the browser's (`useSyncExternalStore`) would tell the
 * two apart without the app's help, but React catches such a store up with a synchronous render,
 * in the task that runs the hydrated page's effects: on the timeline at a phone's speed, one task
 * of 50 to 66 ms (docs/decisions/026).
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(() => !mountsByHydration())
  useEffect(() => {
    if (hydrated) return
    startTransition(() => {
      setHydrated(true)
    })
  }, [hydrated])
  return hydrated
}
