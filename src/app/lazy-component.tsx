import { type ComponentType, use } from 'react'
import { pageHydrationTrigger } from './page-hydration'

export type LazyComponent<Props> = ComponentType<Props> & {
  /** Loads the component's code; the router awaits it before it renders a page it navigates to. */
  load: () => Promise<ComponentType<Props>>
}

/**
 * A component in a chunk of its own: a route's page (so a route module is only its loader) or a
 * control of the header. Once loaded it renders at once; the router loads a page before rendering
 * it. Rendered before its code is in, as on the first page of a prerendered visit, it suspends:
 * React leaves the prerendered HTML of the Suspense boundary around it in place, and the code is
 * asked for only once `pageHydrationTrigger` resolves, that is, when the reader first interacts.
 */
export function lazyComponent<Props extends object>(
  importComponent: () => Promise<ComponentType<Props>>,
): LazyComponent<Props> {
  let Loaded: ComponentType<Props> | undefined
  let loading: Promise<ComponentType<Props>> | undefined
  let deferred: Promise<ComponentType<Props>> | undefined
  const load = () =>
    (loading ??= importComponent().then(
      (component) => (Loaded = component),
      (error: unknown) => {
        // A chunk that failed to load (offline, a new deploy) is asked for again next time.
        loading = deferred = undefined
        throw error
      },
    ))
  function Lazy(props: Props) {
    // One promise for every attempt to render, as `use` needs.
    const Component = Loaded ?? use((deferred ??= pageHydrationTrigger().then(load)))
    return <Component {...props} />
  }
  return Object.assign(Lazy, { load })
}
