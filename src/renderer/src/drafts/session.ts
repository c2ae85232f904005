// One open draft: the editor's changes are written at most SAVE_DELAY_MS after they happen (not after
// typing stops, so steady typing cannot postpone a save), at once on flush, on hide and on close.
// A failed write keeps the draft in memory, says so, and retries with backoff.
import type { Report } from '@shared/model/report'
import { countFindings } from './counts'
import { database, dexie } from './connection'
import type { Subscription } from './db'
import { addRevision, addRevisionIn, latestRevisionAt, thinHistory } from './history'
import { acquireDraftLock, type DraftLock } from './lock'
import { text } from './messages'
import { registerSession, type LiveSession } from './registry'
import { rescueStore } from './rescue'
import { lastYearIn, pickLastYear, takeStartup } from './startup'
import type { DraftRecord, DraftSession, ImportNote, SaveState } from './types'
import { asLastYear, stillLinked } from './lastYear'

export const SAVE_DELAY_MS = 150
export const SAVE_MEASURE = 'xxgk:drafts.save'
export const AUTO_REVISION_MS = 5 * 60 * 1000
export const RETRY_MS = [500, 1000, 2000, 4000, 8000, 15000, 30000]
const WATCH_DELAY_MS = 50

type Timer = ReturnType<typeof setTimeout>

class NeedsRevisions extends Error {}

/** See pickLastYear: the same agency's most recently edited report on the year before, if any. */
export async function findLastYear(record: Pick<DraftRecord, 'id' | 'report'>): Promise<Report | undefined> {
  const db = await database()
  return pickLastYear(record, await db.drafts.where('deletedAt').equals(0).toArray())
}

/**
 * An error in the words of the person using the app: our own messages as they are, the database's by
 * what they mean (its own message is in English), with its name for whoever helps them.
 */
export function describeError(e: unknown): string {
  const name = (e as { name?: string })?.name ?? ''
  const inner = (e as { inner?: { name?: string } })?.inner?.name ?? ''
  if (/Quota/i.test(name) || /Quota/i.test(inner)) return text.quota
  // Chromium aborts the transaction when the disk is full, rather than say QuotaExceededError.
  if (/Abort/i.test(name) || /Abort/i.test(inner)) return text.aborted
  if (/DatabaseClosed|InvalidState/i.test(name) || /DatabaseClosed|InvalidState/i.test(inner))
    return text.closed
  const message = (e as Error)?.message ?? ''
  if (/[\u4e00-\u9fff]/.test(message)) return message
  // The database's own errors: a DOMException from IndexedDB, or Dexie's, which carry what lay under them.
  const fromDatabase =
    (typeof DOMException !== 'undefined' && e instanceof DOMException) ||
    DEXIE_ERRORS.test(name) ||
    inner !== ''
  const code = [name, inner].filter((n) => n && n !== 'Error').join('/')
  return fromDatabase && code ? text.databaseError(code) : text.unknownError
}

const DEXIE_ERRORS =
  /^(DatabaseClosed|MissingAPI|NoSuchDatabase|Open|Schema|Upgrade|Version|Modify|Bulk)Error$/

export class SessionController implements LiveSession {
  readonly id: string
  readOnly: boolean
  private loaded: Report
  private version = 0
  private latest: Report
  /** Warnings dismissed in this draft (findingKey), as loaded and as they are now. */
  private loadedDismissed: string[]
  private dismissed: string[]
  /** Texts typed and refused, as loaded and as they are now. */
  private loadedInputs: Readonly<Record<string, string>>
  private inputs: Readonly<Record<string, string>>
  private lastYear?: Report
  /** The draft this one was made from (从上年报告新建), watched so that an edit of it reaches the checks. */
  private readonly lastYearId?: string
  private importProblems?: ImportNote[]
  private knownRev: number
  private lastRevisionAt: number
  private dirty = false
  private timer?: Timer
  private writing?: Promise<void>
  private saveState: SaveState = 'saved'
  private saveError?: string
  private retries = 0
  private closed = false
  /** Closed while its last changes could not be written: it keeps trying, then lets go (see close). */
  private closing = false
  private listeners = new Set<() => void>()
  /** What a page gone before its write was done left in the page's storage is here, until it is saved. */
  private rescued = false
  private cached?: DraftSession
  private cleanups: (() => void)[] = []

  private constructor(
    record: DraftRecord,
    lock: DraftLock,
    lastYear: Report | undefined,
    lastRevisionAt: number
  ) {
    this.id = record.id
    this.loaded = this.latest = record.report
    this.loadedDismissed = this.dismissed = record.dismissed ?? []
    this.loadedInputs = this.inputs = record.inputs ?? {}
    this.knownRev = record.rev
    this.readOnly = !lock.held
    if (!this.readOnly) this.takeRescue(record.rev)
    this.lastYear = lastYear
    this.lastYearId = record.lastYearId
    // a level not kept (an older version) is read as to be checked; notes closed with 知道了 stay closed
    this.importProblems = (record.importNotesClosed ? undefined : record.importProblems)?.map((p) =>
      typeof p === 'string' ? { level: 'warning', message: p } : p
    )
    this.lastRevisionAt = lastRevisionAt
    this.cleanups.push(() => lock.release())
    if (this.readOnly) void lock.later.then(() => this.becomeWriter())
  }

  static async open(id: string): Promise<SessionController> {
    // A draft named in the address at startup has its lock and stored state on the way already.
    const startup = takeStartup(id)
    const lock = await (startup?.lock ?? acquireDraftLock(id))
    try {
      const early = await startup?.read
      if (early) {
        const c = new SessionController(early.record, lock, early.lastYear, early.lastRevisionAt)
        c.start()
        return c
      }
      const db = await database()
      const record = await db.drafts.get(id)
      if (!record) throw new Error(text.notFound)
      // Opened from an address kept from before it was deleted (a tab reopened, a bookmark): edited there,
      // it would change a draft off the home list, purged with the trash.
      if (record.deletedAt) throw new Error(text.inTrash)
      const lastYear = await lastYearIn(db, record)
      const lastRevisionAt = (await latestRevisionAt(id)) ?? 0
      const c = new SessionController(record, lock, lastYear, lastRevisionAt)
      c.start()
      return c
    } catch (e) {
      lock.release()
      throw e
    }
  }

  private start(): void {
    this.cleanups.push(registerSession(this.id, this))
    if (this.rescued) this.changed()
    // Watching for other windows' writes loads and opens Dexie, which can wait until the editor is on
    // screen: the first answer is the stored record, and any newer one is adopted whenever it arrives.
    let sub: Subscription | undefined
    let lastYearSub: Subscription | undefined
    const watch = setTimeout(() => {
      void dexie().then(({ db, liveQuery }) => {
        if (this.closed) return
        sub = liveQuery(() => db.drafts.get(this.id)).subscribe({
          next: (rec) => this.onStored(rec),
          error: () => {}
        })
        // Last year's report edited in another window (its 结转下年度): the cross-year checks follow.
        const lastYearId = this.lastYearId
        if (lastYearId)
          lastYearSub = liveQuery(() => db.drafts.get(lastYearId)).subscribe({
            next: (rec) => {
              const linked = stillLinked(rec)
              // Moved to the trash while this report is open: another of the agency's serves, if any.
              if (linked) this.onLastYear(asLastYear(linked))
              else
                void findLastYear({ id: this.id, report: this.current() }).then(
                  (r) => this.onLastYear(r),
                  () => {}
                )
            },
            error: () => {}
          })
      })
    }, WATCH_DELAY_MS)
    this.cleanups.push(() => {
      clearTimeout(watch)
      sub?.unsubscribe()
      lastYearSub?.unsubscribe()
    })
    if (typeof document !== 'undefined' && typeof window !== 'undefined') {
      const onHide = () => {
        if (document.visibilityState !== 'hidden') return
        this.keepUnsaved()
        void this.flush()
      }
      const onLeave = () => {
        this.keepUnsaved()
        void this.flush()
      }
      // A write begun as the page goes may not finish before it is gone: while anything is unsaved the
      // page asks to stay (the browser's own question; in Electron, main's dialog), and the write goes on.
      // In Chromium it makes no progress while the question is shown, so what it holds is also kept where a
      // write is done at once (keepUnsaved).
      const onBeforeUnload = (e: BeforeUnloadEvent) => {
        if (this.unsaved()) {
          this.keepUnsaved()
          e.preventDefault()
          e.returnValue = ''
        }
        void this.flush()
      }
      document.addEventListener('visibilitychange', onHide)
      window.addEventListener('pagehide', onLeave)
      window.addEventListener('beforeunload', onBeforeUnload)
      this.cleanups.push(() => {
        document.removeEventListener('visibilitychange', onHide)
        window.removeEventListener('pagehide', onLeave)
        window.removeEventListener('beforeunload', onBeforeUnload)
      })
    }
  }

  /** Another window (or a restore) wrote this draft. Adopt it unless we hold unsaved changes. */
  private onLastYear(report: Report | undefined): void {
    if (this.closed || JSON.stringify(report) === JSON.stringify(this.lastYear)) return
    this.lastYear = report
    // The stored counts follow on the home list, which recounts; this draft itself is not edited.
    this.emit()
  }

  private onStored(rec: DraftRecord | undefined): void {
    if (!rec || rec.rev <= this.knownRev || this.closed) return
    if (this.readOnly || (!this.dirty && !this.writing)) this.adopt(rec)
  }

  private async becomeWriter(): Promise<void> {
    if (this.closed) return
    const rec = await (await database()).drafts.get(this.id)
    this.readOnly = false
    if (rec) this.adopt(rec)
    else this.emit()
    // The window that held the draft may have gone before its last write was done.
    if (rec && this.takeRescue(rec.rev)) {
      this.version++
      this.changed()
      this.emit()
    }
  }

  /**
   * Kept in the page's storage, whose writes are done at once, as the page goes with changes not yet on the
   * disk: the next window on this draft takes them (takeRescue), and they are dropped once saved.
   */
  keepUnsaved(): void {
    if (this.readOnly || !this.unsaved()) return
    rescueStore.put(this.id, {
      base: this.knownRev + (this.writing ? 1 : 0),
      report: this.latest,
      dismissed: this.dismissed,
      inputs: this.inputs
    })
    this.rescued = true
  }

  /**
   * What a page on this draft left unsaved (keepUnsaved), taken as the content when the draft on the disk
   * is no newer than what it was typed over (`base`: the write it had begun may have been done or not).
   */
  private takeRescue(rev: number): boolean {
    const left = rescueStore.get(this.id)
    if (!left) return false
    if (rev > left.base) {
      rescueStore.drop(this.id)
      return false
    }
    this.loaded = this.latest = left.report
    this.loadedDismissed = this.dismissed = left.dismissed
    this.loadedInputs = this.inputs = left.inputs
    this.rescued = true
    return true
  }

  adopt(rec: DraftRecord): void {
    if (rec.rev < this.knownRev) return
    clearTimeout(this.timer)
    this.timer = undefined
    this.loaded = this.latest = rec.report
    this.loadedDismissed = this.dismissed = rec.dismissed ?? []
    this.loadedInputs = this.inputs = rec.inputs ?? {}
    this.knownRev = rec.rev
    this.dirty = false
    this.version++
    this.emit()
  }

  /**
   * An editor opening now starts from the content as it is (saved or not), not as it was loaded: the
   * session outlives an editor that let go of it a moment ago (50 ms) or is still held from startup, and
   * one opened on its old content would write that back over what was typed since.
   */
  rebase(): void {
    if (
      this.loaded === this.latest &&
      this.loadedDismissed === this.dismissed &&
      this.loadedInputs === this.inputs
    )
      return
    this.loaded = this.latest
    this.loadedDismissed = this.dismissed
    this.loadedInputs = this.inputs
    this.version++
    this.emit()
  }

  update = (report: Report): void => {
    if (this.readOnly || this.closed) return
    this.latest = report
    this.changed()
  }

  /** 导入说明 closed with 知道了: kept with the draft (a backup has them), not shown again. */
  closeImportNotes = (): void => {
    this.importProblems = undefined
    this.emit()
    // A read-only window leaves the draft to the one editing it. Beside the report, not in it: a save
    // keeps what the record holds besides, so no rev is spent on it.
    if (this.readOnly || this.closed) return
    // Should the write fail, the notes come back when the draft is next opened: nothing else is lost.
    database()
      .then((db) => db.drafts.update(this.id, { importNotesClosed: true }))
      .catch(() => {})
  }

  setDismissed = (keys: readonly string[]): void => {
    if (this.readOnly || this.closed) return
    this.dismissed = [...keys]
    this.changed()
  }

  setInputs = (inputs: Readonly<Record<string, string>>): void => {
    if (this.readOnly || this.closed) return
    this.inputs = { ...inputs }
    this.changed()
  }

  private changed(): void {
    this.dirty = true
    if (this.saveState === 'saved') this.setState('saving')
    // In error the retry timer is armed and will write `latest`; while writing, the loop picks it up.
    if (!this.timer && !this.writing) this.timer = setTimeout(() => this.kick(), SAVE_DELAY_MS)
  }

  /** Whether anything typed is not yet written (waiting, being written, or failed). */
  unsaved = (): boolean => !this.readOnly && (this.dirty || this.writing !== undefined)

  /** Writes what is pending now; true when everything is stored, false while a write keeps failing. */
  flush = async (): Promise<boolean> => {
    if (this.readOnly) return true
    if (this.dirty || this.writing) await this.kick()
    return !this.dirty
  }

  snapshot = async (name?: string): Promise<void> => {
    await this.flush()
    await addRevision(this.id, this.latest, 'snapshot', name?.trim() || undefined, Date.now(), this.inputs)
    this.lastRevisionAt = Date.now()
  }

  /** The latest content in memory (saved or not). */
  current = (): Report => this.latest

  /** The entries holding refused text (`<table>:<key>`, `fees:<key>`, `meta:<key>`): blank to the checks. */
  refused = (): string[] => Object.keys(this.inputs)

  pending = (): { report: Report; inputs: Readonly<Record<string, string>> } | undefined =>
    this.dirty && !this.readOnly ? { report: this.latest, inputs: this.inputs } : undefined

  private kick(): Promise<void> {
    clearTimeout(this.timer)
    this.timer = undefined
    if (this.writing) return this.writing
    this.writing = (async () => {
      try {
        while (this.dirty) {
          const [report, dismissed, inputs] = [this.latest, this.dismissed, this.inputs]
          this.dirty = false
          try {
            await this.persist(report, dismissed, inputs)
          } catch (e) {
            this.dirty = true
            this.fail(e)
            return
          }
        }
        this.retries = 0
        if (this.rescued) {
          rescueStore.drop(this.id)
          this.rescued = false
        }
        this.setState('saved')
      } finally {
        this.writing = undefined
      }
      if (this.closing && !this.dirty) this.release()
    })()
    return this.writing
  }

  private fail(e: unknown): void {
    const delay = RETRY_MS[Math.min(this.retries, RETRY_MS.length - 1)]
    this.retries++
    this.saveError = text.saveFailed(describeError(e))
    this.setState('error')
    if (!this.closed || this.closing) this.timer = setTimeout(() => this.kick(), delay)
  }

  private async persist(
    report: Report,
    dismissed: string[],
    inputs: Readonly<Record<string, string>>
  ): Promise<void> {
    const started = performance.now()
    const now = Date.now()
    const counts = countFindings(report, this.lastYear, dismissed, inputs)
    const autoDue = now - this.lastRevisionAt >= AUTO_REVISION_MS
    const db = await database()
    // A full disk makes the engine close the connection; Dexie reopens it once, and if that fails too it
    // answers 数据库已关闭 to every call since. Each retry opens it again, so a save goes through once there
    // is room.
    if (!db.isOpen()) await db.open()
    // The usual save touches the drafts store only; a revision (due, or a conflict found) widens it.
    const write = (withRevisions: boolean) =>
      db.transaction('rw', withRevisions ? [db.drafts, db.revisions] : [db.drafts], async () => {
        const rec = await db.drafts.get(this.id)
        const conflict = rec !== undefined && rec.rev !== this.knownRev
        if ((conflict || (rec && autoDue)) && !withRevisions) throw new NeedsRevisions()
        if (rec && conflict) {
          // Someone else wrote since we loaded: keep their version before ours replaces it.
          await addRevisionIn(db, this.id, rec.report, 'conflict', undefined, now, rec.inputs)
        } else if (rec && autoDue) {
          await addRevisionIn(db, this.id, rec.report, 'auto', undefined, now, rec.inputs)
        }
        const base: DraftRecord = rec ?? {
          id: this.id,
          report,
          createdAt: now,
          updatedAt: now,
          deletedAt: 0,
          rev: 0,
          sample: false,
          errorCount: 0,
          warningCount: 0
        }
        const next: DraftRecord = {
          ...base,
          report,
          dismissed,
          inputs: { ...inputs },
          updatedAt: now,
          rev: base.rev + 1,
          ...counts
        }
        if (!dismissed.length) delete next.dismissed
        if (!Object.keys(inputs).length) delete next.inputs
        await db.drafts.put(next)
        return next.rev
      })
    let rev: number
    try {
      rev = await write(autoDue)
    } catch (e) {
      if (!(e instanceof NeedsRevisions)) throw e
      rev = await write(true)
    }
    const revisionAdded = autoDue
    this.knownRev = rev
    if (revisionAdded) this.lastRevisionAt = now
    // Read by bench/metrics/drafts.mts (drafts.autosave.p95ms); a user timing entry costs next to nothing.
    performance.measure?.(SAVE_MEASURE, { start: started })
  }

  private setState(state: SaveState): void {
    if (state !== 'error') this.saveError = undefined
    if (state === this.saveState && state !== 'error') return
    this.saveState = state
    this.emit()
  }

  private emit(): void {
    this.cached = undefined
    for (const l of this.listeners) l()
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): DraftSession => {
    this.cached ??= {
      report: this.loaded,
      dismissed: this.loadedDismissed,
      inputs: this.loadedInputs,
      version: this.version,
      lastYear: this.lastYear,
      readOnly: this.readOnly,
      importProblems: this.importProblems,
      closeImportNotes: this.closeImportNotes,
      saveState: this.saveState,
      saveError: this.saveError,
      update: this.update,
      setDismissed: this.setDismissed,
      setInputs: this.setInputs,
      flush: this.flush,
      unsaved: this.unsaved,
      snapshot: this.snapshot,
      current: this.current,
      refused: this.refused
    }
    return this.cached
  }

  /**
   * Closed with its last changes still unwritten (the database failing), the session does not drop them:
   * it keeps its lock, so another window opens the draft read-only, and keeps retrying; once written, it
   * lets go, and that window takes the draft as stored.
   */
  async close(): Promise<void> {
    if (this.closed) return
    const saved = await this.flush().catch(() => false)
    this.closed = true
    // Once nobody types in it: reading a long history's versions would hold the editor's page.
    if (saved && !this.readOnly) void thinHistory(this.id).catch(() => {})
    if (saved || this.readOnly) this.release()
    else this.closing = true
  }

  private release(): void {
    this.closing = false
    clearTimeout(this.timer)
    this.timer = undefined
    for (const c of this.cleanups.splice(0)) c()
  }
}
