/**
 * When the app's controls all work: the page hydrates in regions (the header with the layout, then
 * the main content and the footer, each in a Suspense boundary of its own), and each region says
 * when it has committed. Once all have, the document is marked (`data-app="ready"` and an
 * `app-ready` performance mark), which the browser tests and the benchmark wait for.
 */
import { type ReactNode, createContext, useContext, useEffect, useState } from 'react'
import { reportPageHydrated } from './page-hydration'

export type HydratedRegion = 'layout' | 'main' | 'footer'

const regions: readonly HydratedRegion[] = ['layout', 'main', 'footer']

const RegionReport = createContext<(region: HydratedRegion) => void>(() => undefined)

export function AppReadyProvider({ children }: { children: ReactNode }) {
  // One reporter for the app's life, with the regions still to commit.
  const [report] = useState(() => {
    const pending = new Set(regions)
    return (region: HydratedRegion) => {
      if (region === 'main') reportPageHydrated()
      if (!pending.delete(region) || pending.size > 0) return
      document.documentElement.dataset.app = 'ready'
      performance.mark('app-ready')
    }
  })
  return <RegionReport value={report}>{children}</RegionReport>
}

/** Reports this region's first commit; renders nothing. */
export function RegionHydrated({ region }: { region: HydratedRegion }) {
  const report = useContext(RegionReport)
  useEffect(() => {
    report(region)
  }, [report, region])
  return null
}
