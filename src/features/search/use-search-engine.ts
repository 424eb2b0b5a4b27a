/**
 * The search box's engine, built in steps once its code and the index are in (decision 036), and
 * built again when the plot texts arrive or the spoiler settings change. An engine built for other
 * settings is never searched: it may hold a fact the reader has since hidden. One built before the
 * plot texts came is, until the new one is ready: it lacks a text, it reveals none.
 */
import { useEffect, useState } from 'react'
import type { SearchIndexResponse, SearchPlotResponse } from '@/content/search-contract'
import type { SpoilerSettings } from '@/lib/spoiler-settings'
import type { SearchEngine, createSearchEngine, withPlotTexts } from './search-engine'

/** The engine's module, loaded on the box's first use (searchQueries.engine). */
type EngineModule = {
  createSearchEngine: typeof createSearchEngine
  withPlotTexts: typeof withPlotTexts
}

export function useSearchEngine(
  engineModule: EngineModule | undefined,
  index: SearchIndexResponse | undefined,
  plot: SearchPlotResponse | undefined,
  settings: SpoilerSettings,
): SearchEngine | undefined {
  const [built, setBuilt] = useState<{ settings: SpoilerSettings; engine?: SearchEngine }>()
  const [failure, setFailure] = useState<{ error: unknown }>()
  // A build that throws is a bug in the engine, not a reader's problem: the app's error page, as
  // when the engine was built during the render.
  if (failure) throw failure.error

  useEffect(() => {
    if (!engineModule || !index) return
    const build = new AbortController()
    const { createSearchEngine, withPlotTexts } = engineModule
    createSearchEngine(withPlotTexts(index, plot), settings, build.signal).then(
      (engine) => setBuilt({ engine, settings }),
      (error: unknown) => {
        if (!build.signal.aborted) setFailure({ error })
      },
    )
    return () => build.abort()
  }, [engineModule, index, plot, settings])

  return built?.settings === settings ? built.engine : undefined
}
