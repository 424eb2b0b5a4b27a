/** Starts MSW in the browser during `npm run dev`; imported only behind `import.meta.env.DEV`. */
import { network } from 'virtual:msw'
import { handlers } from './handlers'

export async function enableMocking(): Promise<void> {
  // Vite's own modules and assets must reach the dev server untouched.
  network.configure({ handlers, onUnhandledFrame: 'bypass' })
  await network.enable()
}
