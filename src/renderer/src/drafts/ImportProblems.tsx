import { useState } from 'react'
import type { DraftSession } from './types'
import { text } from './messages'

/** What the importer could not read, kept with an imported draft; shown until dismissed in this window. */
export function ImportProblems({ session }: { session: Pick<DraftSession, 'importProblems'> }) {
  const [hidden, setHidden] = useState(false)
  const problems = session.importProblems
  if (!problems?.length || hidden) return null
  return (
    <section className="import-problems" role="region" aria-label={text.importProblemsTitle}>
      <h2>{text.importProblemsTitle}</h2>
      <p>{text.importProblemsHint(problems.length)}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setHidden(true)}>
        {text.dismiss}
      </button>
    </section>
  )
}
