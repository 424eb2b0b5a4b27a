import { isApiError } from '@/lib/api-client'
import './error-state.css'

/** A readable explanation of a failed page load, with a retry that really fetches again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const apiError = isApiError(error) ? error : null
  return (
    <div className="error-state" role="alert">
      <h2>
        {apiError?.kind === 'invalid-data'
          ? 'This page’s data is damaged'
          : apiError?.kind === 'network'
            ? 'The wiki is offline'
            : 'Something went wrong'}
      </h2>
      <p>{apiError ? apiError.message : 'The page could not be shown.'}</p>
      {apiError?.details.issues?.length ? (
        <details>
          <summary>What is wrong with the data</summary>
          <ul>
            {apiError.details.issues.map((issue) => (
              <li key={issue}>
                <code>{issue}</code>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  )
}
