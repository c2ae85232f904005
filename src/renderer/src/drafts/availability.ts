// The database can refuse to open for a while: another process still holds it (this app's last window,
// still closing on a loaded machine; a backup or antivirus program). Chromium then answers UnknownError,
// Dexie gives up after a few tries, and every later query fails with DatabaseClosedError. Rather than wait
// on 正在读取 for ever, the screens say so (DatabaseUnavailable), and the database is opened again every few
// seconds and at 重试; once it opens, every live list and the editor's opening start again.
import { dexie } from './connection'
import type { DraftsDb } from './db'

export const RETRY_MS = 3000

export interface Availability {
  /** The database's error while it cannot be opened; `undefined` while it can. */
  readonly failure?: unknown
  /** Counts the times it opened again after failing: what waited for it starts again. */
  readonly reopened: number
}

let state: Availability = { reopened: 0 }
const listeners = new Set<() => void>()
let timer: ReturnType<typeof setTimeout> | undefined
let attempt: Promise<boolean> | undefined

function set(next: Availability): void {
  state = next
  for (const fn of listeners) fn()
}

export function subscribeAvailability(fn: () => void): () => void {
  listeners.add(fn)
  return () => listeners.delete(fn)
}

export function availability(): Availability {
  return state
}

/**
 * The database, opened; `undefined` while it will not open, which is then said and tried again. Live
 * queries start here: Dexie's liveQuery keeps a failed opening to itself (DatabaseClosedError never
 * reaches its subscriber), so a list that merely subscribed would wait for ever.
 */
export async function openedDatabase(): Promise<DraftsDb | undefined> {
  const { db } = await dexie()
  try {
    await db.open()
    return db
  } catch (e) {
    await failedToOpen(e)
    return undefined
  }
}

/**
 * After `e` from a query or an opening: is it the database failing to open (rather than, say, a draft not
 * found)? If so, it is said and tried again.
 */
export async function failedToOpen(e: unknown): Promise<boolean> {
  const { db } = await dexie()
  if (!db.hasFailed()) return false
  set({ ...state, failure: e })
  timer ??= setTimeout(() => void retryDatabase(), RETRY_MS)
  return true
}

/** Open the database again now; true once it is open. One attempt at a time. */
export function retryDatabase(): Promise<boolean> {
  clearTimeout(timer)
  timer = undefined
  return (attempt ??= (async () => {
    const { db } = await dexie()
    try {
      if (!db.isOpen()) await db.open()
      if (state.failure !== undefined) set({ reopened: state.reopened + 1 })
      return true
    } catch (e) {
      set({ ...state, failure: e })
      timer = setTimeout(() => void retryDatabase(), RETRY_MS)
      return false
    } finally {
      attempt = undefined
    }
  })())
}
