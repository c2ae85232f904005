// Sessions open in this window, so history and rename can reach the editor's in-memory state.
import type { Report } from '@shared/model/report'
import type { DraftRecord } from './types'

export interface LiveSession {
  readOnly: boolean
  flush(): Promise<boolean>
  /** Take a record written outside the session (restore) as the new content: `version` bumps. */
  adopt(record: DraftRecord): void
  /** What was typed and is not yet on its way to the database; `undefined` when nothing is. */
  pending(): { report: Report; inputs: Readonly<Record<string, string>> } | undefined
}

const sessions = new Map<string, LiveSession>()

export const liveSession = (draftId: string): LiveSession | undefined => sessions.get(draftId)

export function registerSession(draftId: string, session: LiveSession): () => void {
  sessions.set(draftId, session)
  return () => {
    if (sessions.get(draftId) === session) sessions.delete(draftId)
  }
}
