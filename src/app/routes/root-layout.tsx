import { type ReactNode, Suspense } from 'react'
import {
  Link,
  Outlet,
  ScrollRestoration,
  isRouteErrorResponse,
  useNavigation,
  useRevalidator,
  useRouteError,
} from 'react-router'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageSkeleton } from '@/components/page-skeleton'
import { ThemeSelect } from '@/components/theme-select'
import { PageHead } from '@/components/page-head'
import { isApiError } from '@/lib/api-client'
import { paths } from '@/config/paths'
import { RegionHydrated } from '../app-ready'
import { SiteHeader } from '../layout/site-header'
import { NotFoundPage } from './not-found-page'
import './root-layout.css'

/**
 * The header hydrates with the layout, first; the main content and the footer are Suspense
 * boundaries of their own, so on a prerendered page React hydrates them afterwards, each in its own
 * pass that yields to the browser, and the header's controls work before the rest has hydrated.
 */
function Shell({ children }: { children: ReactNode }) {
  return (
    <>
      <RegionHydrated region="layout" />
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader />
      <main id="main" className="site-main" tabIndex={-1}>
        <Suspense fallback={<PageSkeleton />}>
          {children}
          <RegionHydrated region="main" />
        </Suspense>
      </main>
      <Suspense>
        <SiteFooter />
      </Suspense>
    </>
  )
}

function SiteFooter() {
  return (
    <>
      <RegionHydrated region="footer" />
      <footer className="site-footer">
        <p>
          A fan wiki for the Netflix drama <cite>The Trauma Code: Heroes on Call</cite> (2025).
          Every fact cites the news article it comes from; where articles disagree, both versions
          are shown.
        </p>
        <p>
          <Link to={paths.sources()}>The articles we cite</Link>
          {' · '}
          <Link to={paths.disagreements()}>Where the sources disagree</Link>
        </p>
        <ThemeSelect />
      </footer>
    </>
  )
}

function NavigationProgress() {
  const navigation = useNavigation()
  return navigation.state === 'loading' ? (
    <div className="navigation-progress" role="progressbar" aria-label="Loading page" />
  ) : null
}

export function RootLayout() {
  return (
    <Shell>
      <NavigationProgress />
      <Outlet />
    </Shell>
  )
}

/**
 * Where every page renders. Scroll handling lives here rather than in the layout, because this
 * mounts only once the first page's data is in: a link's #target exists by then to scroll to.
 */
export function PageOutlet() {
  return (
    <>
      {/* A new page starts at its top, or at the element its #hash names; Back restores. */}
      <ScrollRestoration />
      <Outlet />
    </>
  )
}

export function PageHydrateFallback() {
  return <PageSkeleton />
}

function isNotFound(error: unknown): boolean {
  return (
    (isApiError(error) && error.kind === 'not-found') ||
    (isRouteErrorResponse(error) && error.status === 404)
  )
}

/**
 * For a section made of one document (home, origin): that document missing means the section has
 * no content yet, not that the address is wrong. Route modules export it as their ErrorBoundary.
 */
export function SectionErrorBoundary() {
  if (!isNotFound(useRouteError())) return <RouteErrorBoundary />
  return (
    <>
      <PageHead title="Nothing here yet" />
      <h1>Nothing here yet</h1>
      <EmptyState title="This section has no content yet" />
    </>
  )
}

/** Errors from a page's data, shown inside the site's layout with a retry. */
export function RouteErrorBoundary() {
  const error = useRouteError()
  const revalidator = useRevalidator()
  if (isNotFound(error)) return <NotFoundPage />
  return (
    <>
      <PageHead title="Error" />
      <ErrorState error={error} onRetry={() => void revalidator.revalidate()} />
    </>
  )
}

/** Last resort when the layout itself fails: still a page, never a white screen. */
export function RootErrorBoundary() {
  const error = useRouteError()
  return (
    <Shell>
      <ErrorState error={error} onRetry={() => window.location.reload()} />
    </Shell>
  )
}
