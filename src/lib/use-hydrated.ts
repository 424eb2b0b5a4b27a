import { useSyncExternalStore } from 'react'

const neverChanges = () => () => undefined

/**
 * False while React hydrates a prerendered page, true from the render after (and always when the
 * app renders in the browser from scratch). A component that reads something the prerender could
 * not know, such as the address's query or hash, renders as the prerender did until this is true,
 * so hydration finds the markup it expects.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  )
}
