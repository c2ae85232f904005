// Revisions: full copies of a draft's report, automatic or named. Restoring one first keeps the current
// state as a revision, so a restore can itself be undone.
import type { Report } from '@shared/model/report'
import { countFindings } from './counts'
import { database } from './connection'
import type { DraftsDb } from './db'
import { newId } from './ids'
import { text } from './messages'
import { liveSession } from './registry'
import type { RevisionKind, RevisionRecord } from './types'
import { lastYearIn } from './startup'

// Two revisions in one millisecond (a save's automatic one, then a snapshot) would list in random
// order; stamps from this window are kept strictly increasing.
let lastStamp = 0

type Inputs = Readonly<Record<string, string>> | undefined

export async function addRevision(
  draftId: string,
  report: Report,
  kind: RevisionKind,
  name?: string,
  when = Date.now(),
  inputs?: Inputs
): Promise<RevisionRecord> {
  return addRevisionIn(await database(), draftId, report, kind, name, when, inputs)
}

/**
 * Within a transaction of `db`, which must not wait for anything but Dexie. `inputs`: the texts typed and
 * refused at that moment, kept with the report so that restoring it brings them back too.
 */
export async function addRevisionIn(
  db: DraftsDb,
  draftId: string,
  report: Report,
  kind: RevisionKind,
  name?: string,
  when = Date.now(),
  inputs?: Inputs
): Promise<RevisionRecord> {
  const at = Math.max(when, lastStamp + 1)
  lastStamp = at
  const rec: RevisionRecord = {
    id: newId(),
    draftId,
    at,
    kind,
    report,
    ...(name ? { name } : {}),
    ...(inputs && Object.keys(inputs).length ? { inputs: { ...inputs } } : {})
  }
  await db.revisions.add(rec)
  return rec
}

/** Newest first. Given the database, so that a live query sees only Dexie's own promises. */
export async function listRevisions(db: DraftsDb, draftId: string): Promise<RevisionRecord[]> {
  const rows = await db.revisions
    .where('[draftId+at]')
    .between([draftId, -Infinity], [draftId, Infinity])
    .toArray()
  return rows.reverse()
}

export async function latestRevisionAt(draftId: string): Promise<number | undefined> {
  const db = await database()
  // From the index key [draftId, at], without loading the revision's report.
  const last = (await db.revisions
    .where('[draftId+at]')
    .between([draftId, -Infinity], [draftId, Infinity])
    .lastKey()) as [string, number] | undefined
  return last?.[1]
}

export async function restoreRevision(draftId: string, revisionId: string): Promise<void> {
  const session = liveSession(draftId)
  if (session?.readOnly) throw new Error(text.readOnlyRestore)
  // The version replaced is kept (恢复前) as stored: changes the database still refuses would be lost.
  if (session && !(await session.flush())) throw new Error(text.unsavedRestore)
  const db = await database()
  const updated = await db.transaction('rw', db.drafts, db.revisions, async () => {
    const [draft, revision] = await Promise.all([db.drafts.get(draftId), db.revisions.get(revisionId)])
    if (!draft) throw new Error(text.notFound)
    if (!revision || revision.draftId !== draftId) throw new Error(text.revisionNotFound)
    const now = Date.now()
    await addRevisionIn(db, draftId, draft.report, 'before-restore', undefined, now, draft.inputs)
    // by the report as restored: its agency or year may be another than the one it replaces (改名前)
    const lastYear = await lastYearIn(db, { ...draft, report: revision.report })
    const next = {
      ...draft,
      report: structuredClone(revision.report),
      rev: draft.rev + 1,
      updatedAt: now,
      ...countFindings(revision.report, lastYear, draft.dismissed, revision.inputs)
    }
    // What was typed and refused belongs to the content: the version's own come back with it.
    if (revision.inputs) next.inputs = { ...revision.inputs }
    else delete next.inputs
    await db.drafts.put(next)
    return next
  })
  // Typed while the restore was on its way (after the flush above), and in neither the draft nor 恢复前:
  // taken now, in the same turn as the restore replaces it on screen, and kept as a 恢复前 of its own.
  const typed = session?.pending()
  session?.adopt(updated)
  if (typed) await addRevision(draftId, typed.report, 'before-restore', undefined, Date.now(), typed.inputs)
}

export const revisionLabel = (kind: RevisionKind): string => text.revision[kind]

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR
/** Automatic versions kept all, this far back; then the last of each hour, then the last of each day. */
export const KEEP_ALL_MS = 2 * HOUR
export const KEEP_HOURLY_MS = 2 * DAY
/** Under this many versions a draft's history is left as it is. */
export const THIN_OVER = 100

/**
 * The automatic versions (one each 5 minutes of editing) to let go of, as a long editing session piles
 * them up by the thousand, slowing 历史版本 and the backup: of those older than KEEP_ALL_MS, the last of
 * each hour is kept up to KEEP_HOURLY_MS back, and the last of each day before that. Every other kind —
 * a named snapshot, the version before an import, a restore, a rename, a sum or another window's — is kept.
 */
export function thinned(
  revisions: readonly Pick<RevisionRecord, 'id' | 'at' | 'kind'>[],
  now: number
): string[] {
  const kept = new Set<string>()
  const out: string[] = []
  // newest first, so that the first of each hour or day met is its last
  for (const r of [...revisions].sort((a, b) => b.at - a.at)) {
    if (r.kind !== 'auto' || now - r.at < KEEP_ALL_MS) continue
    const slot = now - r.at < KEEP_HOURLY_MS ? `h${Math.floor(r.at / HOUR)}` : `d${localDay(r.at)}`
    if (kept.has(slot)) out.push(r.id)
    else kept.add(slot)
  }
  return out
}

/** The day on the official's calendar, as the history panel shows the time. */
const localDay = (at: number): string => {
  const d = new Date(at)
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`
}

/** Versions read at a time while thinning, the page let go between: each holds a whole report. */
const THIN_PAGE = 100

/**
 * Thins a draft's history (thinned) once it holds more than THIN_OVER versions; how many went. Read a
 * page at a time outside any transaction, so that the thousands of a long session do not hold the editor
 * the official is typing in; only the deletion is one transaction.
 */
export async function thinHistory(draftId: string, now = Date.now()): Promise<number> {
  const db = await database()
  const from = (at: number) => db.revisions.where('[draftId+at]').between([draftId, at], [draftId, Infinity])
  if ((await from(-Infinity).count()) <= THIN_OVER) return 0
  const seen = new Map<string, Pick<RevisionRecord, 'id' | 'at' | 'kind'>>()
  // By time from the last one read (itself again, should two share a millisecond), until none is new.
  for (let after = -Infinity, fresh = true; fresh;) {
    if (seen.size) await new Promise((go) => setTimeout(go))
    fresh = false
    for (const { id, at, kind } of await from(after).limit(THIN_PAGE).toArray()) {
      if (seen.has(id)) continue
      seen.set(id, { id, at, kind })
      after = at
      fresh = true
    }
  }
  const gone = thinned([...seen.values()], now)
  await db.revisions.bulkDelete(gone)
  return gone.length
}
