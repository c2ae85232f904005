import { useId, useState } from 'react'
import { text } from './messages'
import type { ImportNote } from './types'
import './import-problems.css'

/**
 * The importer's notes kept with an imported draft, shown until dismissed in this window: what could not be
 * read (left blank) apart from what was read or done and is to be checked.
 */
export function ImportProblems({ session }: { session: { importProblems?: readonly ImportNote[] } }) {
  const [hidden, setHidden] = useState(false)
  // Folded to its one line of counts, it leaves the editor the room while the notes are worked through.
  const [folded, setFolded] = useState(false)
  const bodyId = useId()
  const notes = session.importProblems
  if (!notes?.length || hidden) return null
  const unread = notes.filter((n) => n.level === 'error')
  // Warnings before notices, each in the importer's order.
  const toCheck = [
    ...notes.filter((n) => n.level === 'warning'),
    ...notes.filter((n) => n.level === 'notice')
  ]
  const group = (kind: 'unread' | 'check', items: readonly ImportNote[]) =>
    items.length > 0 && (
      <div className={`import-problems-group is-${kind}`}>
        <h3>{kind === 'unread' ? text.importUnread : text.importToCheck}</h3>
        <ul aria-label={kind === 'unread' ? text.importUnread : text.importToCheck}>
          {items.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
      </div>
    )
  return (
    <section className="import-problems" role="region" aria-label={text.importProblemsTitle}>
      <div className="import-problems-head">
        <h2>{text.importProblemsTitle}</h2>
        <p>{text.importProblemsHint(unread.length, toCheck.length)}</p>
        <button
          type="button"
          aria-expanded={!folded}
          aria-controls={bodyId}
          onClick={() => setFolded((f) => !f)}
        >
          {folded ? text.unfold : text.fold}
        </button>
        <button type="button" onClick={() => setHidden(true)}>
          {text.dismiss}
        </button>
      </div>
      <div className="import-problems-body" id={bodyId} hidden={folded}>
        {group('unread', unread)}
        {group('check', toCheck)}
      </div>
    </section>
  )
}
