import { useState, useSyncExternalStore } from 'react'
import { availability, retryDatabase, subscribeAvailability } from './availability'
import { text } from './messages'

/** The database's own name for what went wrong (UnknownError …), for whoever is asked to help. */
function code(e: unknown): string {
  const inner = (e as { inner?: { name?: string } })?.inner?.name
  return inner || ((e as { name?: string })?.name ?? '')
}

/** Said while the database will not open (availability.ts), with 重试; nothing while it opens. */
export function DatabaseUnavailable() {
  const { failure } = useSyncExternalStore(subscribeAvailability, availability)
  const [retrying, setRetrying] = useState(false)
  if (failure === undefined) return null
  const c = code(failure)
  return (
    <div role="alert" className="db-unavailable">
      <p>
        {text.unavailable}
        {c && <span className="db-unavailable-code">{text.unavailableCode(c)}</span>}
      </p>
      <button
        type="button"
        disabled={retrying}
        onClick={() => {
          setRetrying(true)
          void retryDatabase().finally(() => setRetrying(false))
        }}
      >
        {retrying ? text.retrying : text.retry}
      </button>
    </div>
  )
}
