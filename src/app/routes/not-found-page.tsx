import { Link } from 'react-router'
import { PageHead } from '@/components/page-head'
import { paths } from '@/config/paths'

export function NotFoundPage() {
  return (
    <section className="not-found" aria-labelledby="not-found-heading">
      <PageHead title="Page not found" description="This page is not in The Trauma Code wiki." />
      <h1 id="not-found-heading">Page not found</h1>
      <p>There is no page at this address in the wiki.</p>
      <p>
        <Link to={paths.home()}>Back to the home page</Link> or{' '}
        <Link to={paths.characters()}>browse the characters</Link>.
      </p>
    </section>
  )
}
