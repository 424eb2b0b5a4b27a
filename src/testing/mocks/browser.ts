/** Starts MSW in the browser during `npm run dev`; imported only behind `import.meta.env.DEV`. */
import { network } from 'virtual:msw'
import { contentChangedEvent } from '@/config/dev-content'
import { handlers, takeContentChange } from './handlers'
import { isScenarioName } from './scenario-names'
import { scenarioHandlers } from './scenarios'

/** `?scenario=slow|error|offline|malformed|empty` on the page's address, for this visit. */
function requestedScenario() {
  const name = new URL(window.location.href).searchParams.get('scenario')
  return isScenarioName(name) ? scenarioHandlers(name) : []
}

export async function enableMocking(): Promise<void> {
  // Vite's own modules and assets must reach the dev server untouched.
  network.configure({ handlers: [...requestedScenario(), ...handlers], onUnhandledFrame: 'bypass' })
  await network.enable()
}

// msw/vite turns the worker off for every hot update and back on after it; the app refetches
// only once it is on again, or the refetch would reach the dev server and get a 404.
if (import.meta.hot) {
  import.meta.hot.on('vite:afterUpdate', () => {
    if (!takeContentChange()) return
    void (async () => {
      await network.enable()
      window.dispatchEvent(new Event(contentChangedEvent))
    })()
  })
}
