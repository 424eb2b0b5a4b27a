/** Set-up for the tests of plain logic (vite.config.ts, project "logic"): no window, no network. */
import { failOnConsoleError } from './fail-on-console-error'

failOnConsoleError()
