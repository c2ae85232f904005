// React access to drafts. Components use these hooks and the functions in index.ts, never Dexie.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import { availability, failedToOpen, openedDatabase, subscribeAvailability } from './availability'
import { dexie, requestPersistence } from './connection'
import type { DraftsDb } from './db'
import { listRevisions } from './history'
import { text } from './messages'
import { describeError, SessionController } from './session'
import { listDrafts, listTrash, purgeTrash, recountStale } from './store'
import type { DraftSession, DraftSummary, RevisionRecord, TrashedDraft } from './types'

let purged = false

/**
 * The latest answer of `query`, re-run whenever what it read changes (Dexie's liveQuery, loaded on first
 * use); `undefined` until the first answer. `query` must be stable (a module function or a useCallback).
 */
function useLive<T>(query: (db: DraftsDb) => Promise<T>): T | undefined {
  const [value, setValue] = useState<T>()
  // A query that waits for the database to open (availability.ts) starts once it opens.
  const reopened = useSyncExternalStore(subscribeAvailability, () => availability().reopened)
  useEffect(() => {
    let alive = true
    let unsubscribe = (): void => {}
    void Promise.all([dexie(), openedDatabase()]).then(([{ liveQuery }, db]) => {
      if (!alive || !db) return
      const sub = liveQuery(() => query(db)).subscribe({
        next: (v) => setValue(() => v),
        error: (e: unknown) => console.error(e)
      })
      unsubscribe = () => sub.unsubscribe()
    })
    return () => {
      alive = false
      unsubscribe()
    }
  }, [query, reopened])
  return value
}

/**
 * Live drafts, most recently edited first; `undefined` while loading. Whenever the list is shown or
 * changes (another window saving), the counts are made again where they have gone stale: a report edited
 * there may be last year's of another. A recount that changes nothing writes nothing, so this settles.
 * Once per page, the old trash is purged.
 */
export function useDraftList(): DraftSummary[] | undefined {
  useEffect(() => {
    if (purged) return
    purged = true
    requestPersistence()
    void purgeTrash().catch(() => {})
  }, [])
  const list = useLive(listDrafts)
  useEffect(() => {
    void recountStale().catch(() => {})
  }, [list])
  return list
}

const trashOf = (db: DraftsDb): Promise<TrashedDraft[]> => listTrash(db)

export function useTrash(): TrashedDraft[] | undefined {
  return useLive(trashOf)
}

/** Newest first. */
export function useRevisions(draftId: string): RevisionRecord[] | undefined {
  return useLive(useCallback((db: DraftsDb) => listRevisions(db, draftId), [draftId]))
}

// Sessions are shared within the window and closed a moment after the last user lets go, so React's
// mount–unmount–mount in development does not drop and retake the lock (which would read as another window).
interface Shared {
  promise: Promise<SessionController>
  /** Set once open, so a component mounting later starts with it rather than a loading frame. */
  opened?: SessionController
  /** Editors holding it. */
  refs: number
  /** Held from startup for the editor about to ask for it (preopenDraftSession). */
  held: boolean
  closeTimer?: ReturnType<typeof setTimeout>
}
const shared = new Map<string, Shared>()

function entryFor(id: string): Shared {
  let entry = shared.get(id)
  if (!entry) {
    const e: Shared = { promise: SessionController.open(id), refs: 0, held: false }
    e.promise.then(
      (c) => (e.opened = c),
      () => shared.delete(id)
    )
    shared.set(id, (entry = e))
  }
  clearTimeout(entry.closeTimer)
  return entry
}

function retain(id: string): Promise<SessionController> {
  const entry = entryFor(id)
  // An editor takes over the startup hold: once it lets go, the draft is free (重命名 and 删除 on the
  // home list wait on its lock), not held for the rest of the startup's seconds.
  entry.held = false
  entry.refs++
  return entry.promise
}

function releaseRef(id: string): void {
  const entry = shared.get(id)
  if (!entry) return
  entry.refs--
  if (entry.refs > 0) return
  // No editor holds it now: whoever takes it next (the same draft reopened at once, while the session
  // lingers) starts from what was typed, not from what it first loaded.
  entry.opened?.rebase()
  closeIfUnheld(id, entry)
}

function closeIfUnheld(id: string, entry: Shared): void {
  if (entry.refs > 0 || entry.held) return
  entry.closeTimer = setTimeout(() => {
    if (shared.get(id) === entry) shared.delete(id)
    void entry.promise.then((c) => c.close()).catch(() => {})
  }, 50)
}

/**
 * Open a draft before any component asks for it (the draft named in the address at startup), so its
 * editor can be the first thing drawn. Resolves once it is open, has failed, or `waitMs` have passed.
 * Held for a few seconds; the editor's own hold takes over.
 */
export function preopenDraftSession(id: string, waitMs: number): Promise<void> {
  const entry = entryFor(id)
  entry.held = true
  setTimeout(() => {
    entry.held = false
    closeIfUnheld(id, entry)
  }, 5000)
  return new Promise((done) => {
    setTimeout(done, waitMs)
    entry.promise.then(
      () => done(),
      () => done()
    )
  })
}

const noSubscribe = () => () => {}
const none = () => undefined

export interface DraftOpening {
  /** The open draft; `undefined` while it opens, or when it could not be. */
  session?: DraftSession
  /** Why it could not be opened, in Chinese (a draft not found). */
  failure?: string
  /** It waits for the database, which is tried again (DatabaseUnavailable says so); it then opens. */
  waiting: boolean
}

export function useDraftOpening(id: string): DraftOpening {
  const [opened, setOpened] = useState(() => shared.get(id)?.opened)
  const [failure, setFailure] = useState<{ id: string; text?: string; waiting: boolean }>()
  const reopened = useSyncExternalStore(subscribeAvailability, () => availability().reopened)
  useEffect(() => {
    let alive = true
    retain(id).then(
      (c) => {
        if (!alive) return
        setOpened(c)
        setFailure(undefined)
      },
      async (e: unknown) => {
        const waiting = await failedToOpen(e)
        if (!alive) return
        const said = waiting ? undefined : describeError(e)
        if (said === text.unknownError) console.error(e)
        setFailure({ id, waiting, text: said })
      }
    )
    return () => {
      alive = false
      releaseRef(id)
    }
  }, [id, reopened])
  const controller = opened?.id === id ? opened : undefined
  const session = useSyncExternalStore(controller?.subscribe ?? noSubscribe, controller?.getSnapshot ?? none)
  const failed = !session && failure?.id === id ? failure : undefined
  return { session, failure: failed?.text, waiting: failed?.waiting ?? false }
}

/** The open draft; `undefined` while it opens (or when it does not exist). */
export function useDraftSession(id: string): DraftSession | undefined {
  return useDraftOpening(id).session
}
