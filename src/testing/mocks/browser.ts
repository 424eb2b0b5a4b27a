/** Starts MSW in the browser during `npm run dev`; imported only behind `import.meta.env.DEV`. */
import { network } from 'virtual:msw'
import { handlers } from './handlers'
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
