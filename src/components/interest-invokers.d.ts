// Interest invokers (`interestfor`): hover or keyboard focus on the element shows the popover it
// names, where the browser supports them (Chromium does). React passes the attribute through;
// its types do not know it yet.
import 'react'

declare module 'react' {
  // Declaration merging needs an interface, with React's own type parameter.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-unused-vars
  interface ButtonHTMLAttributes<T> {
    interestfor?: string
  }
}
