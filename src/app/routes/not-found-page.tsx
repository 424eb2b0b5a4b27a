import { Link } from 'react-router'
import { paths } from '@/config/paths'

export function NotFoundPage() {
  return (
    <section className="not-found" aria-labelledby="not-found-heading">
      <title>Page not found · The Trauma Code wiki</title>
      <meta name="description" content="This page is not in The Trauma Code wiki." />
      <h1 id="not-found-heading">Page not found</h1>
      <p>There is no page at this address in the wiki.</p>
      <p>
        <Link to={paths.home()}>Back to the home page</Link> or{' '}
        <Link to={paths.characters()}>browse the characters</Link>.
      </p>
    </section>
  )
}
