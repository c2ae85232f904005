// Opening a draft named in the address is the whole cold start, so it begins before anything else runs:
// its lock and one read-only transaction with plain IndexedDB (no Dexie, whose database is opened later
// for writes), while the browser is still evaluating React and the editor. The session picks both up.
// Anything unusual (no database yet, an older schema that Dexie must upgrade first) is left to the
// ordinary path: this is a shortcut, never a second way of storing drafts.
import { agencyMatch, bare } from '@shared/model/agency'
import type { Report } from '@shared/model/report'
import { acquireDraftLock, type DraftLock } from './lock'
import { DB_NAME } from './schema'
import type { DraftsDb } from './db'
import type { DraftRecord } from './types'
import { asLastYear, stillLinked } from './lastYear'

export interface StartupRead {
  record: DraftRecord
  lastYear?: Report
  lastRevisionAt: number
}

export interface Startup {
  id: string
  lock: Promise<DraftLock>
  read: Promise<StartupRead | undefined>
}

let started: Startup | undefined

/**
 * A draft not made from last year's still gets the same agency's report on the year before, when there is
 * one (the most recently edited), so last year's values and the cross-year checks show anyway. The same
 * agency is the same name, or the same under the city or province it was written with one year and not the
 * other (淮安市洪泽区人民政府 / 洪泽区人民政府, as the district itself titled its 2024 and 2023 reports).
 */
export function pickLastYear(
  record: Pick<DraftRecord, 'id' | 'report'>,
  live: readonly DraftRecord[]
): Report | undefined {
  return asLastYear(pickLastYearRecord(record, live))
}

/** The draft pickLastYear reads last year's report from. */
export function pickLastYearRecord(
  record: Pick<DraftRecord, 'id' | 'report'>,
  live: readonly DraftRecord[]
): DraftRecord | undefined {
  const { agency, year } = record.report
  if (!agency.trim()) return undefined
  const own = bareOf(agency)
  const candidates = live.flatMap((d) => {
    if (d.id === record.id || d.deletedAt !== 0 || d.report.year !== year - 1) return []
    // agencyMatch's regular expressions, run for each of hundreds of drafts, cost more than the checks:
    // a name that is neither the other nor ends with it (nor it with the name) is no match.
    const theirs = bareOf(d.report.agency)
    if (theirs !== own && !theirs.endsWith(own) && !own.endsWith(theirs)) return []
    const match = agencyMatch(d.report.agency, agency)
    return match === undefined ? [] : [{ d, match }]
  })
  // The name as written this year first, then the most recently edited.
  candidates.sort((a, b) => a.match - b.match || b.d.updatedAt - a.d.updatedAt)
  return candidates[0]?.d
}

// Agencies' names as compared, kept: a city's drafts name a few hundred agencies.
const bared = new Map<string, string>()
function bareOf(agency: string): string {
  let b = bared.get(agency)
  if (b === undefined) {
    if (bared.size > 10_000) bared.clear()
    bared.set(agency, (b = bare(agency)))
  }
  return b
}

/**
 * The draft last year's report for `record` is read from, as the session reads it: the draft it was made
 * from while that is not deleted, else the agency's live report on the year before. `live`, when the
 * caller has the list already.
 */
export async function lastYearRecordIn(
  db: DraftsDb,
  record: Pick<DraftRecord, 'id' | 'report' | 'lastYearId'>,
  live?: readonly DraftRecord[]
): Promise<DraftRecord | undefined> {
  const linked = record.lastYearId ? stillLinked(await db.drafts.get(record.lastYearId)) : undefined
  if (linked) return linked
  return pickLastYearRecord(record, live ?? (await db.drafts.where('deletedAt').equals(0).toArray()))
}

/** lastYearRecordIn's report, as it is checked. */
export async function lastYearIn(
  db: DraftsDb,
  record: Pick<DraftRecord, 'id' | 'report' | 'lastYearId'>,
  live?: readonly DraftRecord[]
): Promise<Report | undefined> {
  return asLastYear(await lastYearRecordIn(db, record, live))
}

// The indexes this read uses, as Dexie names them from the schema (schema.ts); a database without them
// (an older schema) is left to Dexie.
const DELETED_INDEX = 'deletedAt'
const REVISION_INDEX = '[draftId+at]'

function readDraft(id: string, locked: Promise<unknown>): Promise<StartupRead | undefined> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(undefined)
  return new Promise((resolve) => {
    const request = indexedDB.open(DB_NAME)
    // No database yet: undo the empty one this open would create, so Dexie creates (and fills) it.
    request.onupgradeneeded = () => request.transaction?.abort()
    request.onerror = () => resolve(undefined)
    request.onblocked = () => resolve(undefined)
    request.onsuccess = () => {
      const idb = request.result
      idb.onversionchange = () => idb.close()
      // Read once the lock has answered, as the ordinary path does: a window that held it has by then
      // started its last write, which this read then sees.
      void locked.then(read, read)
    }
    const read = (): void => {
      const idb = request.result
      let record: DraftRecord | undefined
      let lastYear: Report | undefined
      let lastRevisionAt = 0
      try {
        const tx = idb.transaction(['drafts', 'revisions'], 'readonly')
        const drafts = tx.objectStore('drafts')
        const revisions = tx.objectStore('revisions')
        if (!drafts.indexNames.contains(DELETED_INDEX) || !revisions.indexNames.contains(REVISION_INDEX)) {
          // An older schema: Dexie upgrades it when it opens.
          tx.abort()
          idb.close()
          return resolve(undefined)
        }
        const get = drafts.get(id)
        get.onsuccess = () => {
          record = get.result as DraftRecord | undefined
          // One in the trash is not opened (session.ts says why).
          if (record?.deletedAt) record = undefined
          if (!record) return
          const own = record
          const find = (): void => {
            const q = drafts.index(DELETED_INDEX).getAll(0)
            q.onsuccess = () => (lastYear = pickLastYear(own, q.result as DraftRecord[]))
          }
          if (own.lastYearId) {
            const q = drafts.get(own.lastYearId)
            q.onsuccess = () => {
              const linked = stillLinked(q.result as DraftRecord | undefined)
              if (linked) lastYear = asLastYear(linked)
              else find()
            }
          } else find()
        }
        // The index key is [draftId, at]: the time is read from it, without loading the revision's report.
        const last = revisions
          .index(REVISION_INDEX)
          .openKeyCursor(IDBKeyRange.bound([id, -Infinity], [id, Infinity]), 'prev')
        last.onsuccess = () => (lastRevisionAt = (last.result?.key as [string, number] | undefined)?.[1] ?? 0)
        tx.oncomplete = () => {
          idb.close()
          resolve(record && { record, lastYear, lastRevisionAt })
        }
        tx.onabort = () => {
          idb.close()
          resolve(undefined)
        }
      } catch {
        idb.close()
        resolve(undefined)
      }
    }
  })
}

/** Start opening the draft named in the address (once, at startup). */
export function startOpening(id: string): Startup {
  const lock = acquireDraftLock(id)
  started = { id, lock, read: readDraft(id, lock).catch(() => undefined) }
  return started
}

/** The startup work for this draft, handed over once to the session that opens it. */
export function takeStartup(id: string): Startup | undefined {
  if (started?.id !== id) return undefined
  const s = started
  started = undefined
  return s
}
