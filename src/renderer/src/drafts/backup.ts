// All drafts with their history in one file, and back. Restoring merges: a draft already here is never
// changed; one that differs from the file's copy is kept and the file's copy added beside it. The whole
// file is validated before anything is written, and the write is one transaction, so a damaged or
// foreign file leaves the database exactly as it was.
import { BACKUP_FORMAT, checksum, looksLikeBackup } from '@shared/import/json'
import { bare } from '@shared/model/agency'
import { reportFromJsonValue, reportToJsonValue } from '@shared/model/json'
import { isIsoDate, isMonthDay } from '@shared/model/publication'
import { isReportYear, REPORT_SCHEMA, type Report } from '@shared/model/report'
import { countFindings } from './counts'
import { database } from './connection'
import { newId } from './ids'
import { recountStale, trashExpired } from './store'
import { text } from './messages'
import type { DraftRecord, RevisionKind, RevisionRecord } from './types'

// 2: reports may carry published/publishBy/overviewLimit beside their report-json keys (version 1 files read as before).
export const BACKUP_VERSION = 2

const REVISION_KINDS: readonly RevisionKind[] = [
  'auto',
  'snapshot',
  'before-import',
  'before-sum',
  'before-restore',
  'before-rename',
  'conflict'
]

export { checksum }

/** The whole backup file as one string: for tests and small databases; the app saves exportBackupParts. */
export async function exportBackup(now = new Date()): Promise<string> {
  return (await exportBackupParts(now)).join('')
}

/** Drafts whose history is read and written out at a time, the page let go between. */
const BACKUP_BATCH = 10

/**
 * The backup file in parts, one a draft or version, which joined are the file: years of a city's drafts
 * and their history make hundreds of megabytes, more than one string may hold, and written at once they
 * held the page for half a minute. The history is read a few drafts at a time, the page answering between;
 * the checksum is made as the parts are. The file is as it always was (JSON indented by one space).
 */
export async function exportBackupParts(now = new Date()): Promise<string[]> {
  const db = await database()
  const drafts = await db.drafts.toArray()
  const inFile = new Set(drafts.map((d) => d.id))
  const sum = new Checksum()
  const draftParts: string[] = []
  const revisionParts: string[] = []
  const add = (parts: string[], item: Record<string, unknown>): void => {
    sum.update(parts.length ? ',' : '')
    sum.update(JSON.stringify(item))
    parts.push((parts.length ? ',' : '') + '\n   ' + JSON.stringify(item, null, 1).replace(/\n/g, '\n   '))
  }
  sum.update('{"drafts":[')
  for (const d of drafts) add(draftParts, draftOut(d))
  sum.update('],"revisions":[')
  let revisions = 0
  for (let i = 0; i < drafts.length; i += BACKUP_BATCH) {
    if (i) await new Promise((go) => setTimeout(go))
    const ids = drafts.slice(i, i + BACKUP_BATCH).map((d) => d.id)
    for (const r of await db.revisions.where('draftId').anyOf(ids).toArray()) {
      // (a version of a draft made since the drafts were read has no draft in the file)
      if (!inFile.has(r.draftId)) continue
      add(revisionParts, revisionOut(r))
      revisions++
    }
  }
  sum.update(']}')
  const head = JSON.stringify(
    {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      app: '信息公开年报编辑器',
      createdAt: now.toISOString(),
      drafts: drafts.length,
      revisions,
      checksum: sum.digest()
    },
    null,
    1
  )
  const list = (parts: string[]) => (parts.length ? [...parts, '\n  ]'] : [']'])
  return [
    head.slice(0, -2) + ',\n "payload": {\n  "drafts": [',
    ...list(draftParts),
    ',\n  "revisions": [',
    ...list(revisionParts),
    '\n }\n}'
  ]
}

function draftOut(d: DraftRecord): Record<string, unknown> {
  return {
    id: d.id,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    deletedAt: d.deletedAt,
    sample: d.sample,
    ...(d.lastYearId ? { lastYearId: d.lastYearId } : {}),
    ...(d.origin ? { origin: d.origin } : {}),
    ...(d.importProblems ? { importProblems: d.importProblems } : {}),
    ...(d.importNotesClosed ? { importNotesClosed: true } : {}),
    ...(d.dismissed?.length ? { dismissed: d.dismissed } : {}),
    ...(d.inputs && Object.keys(d.inputs).length ? { inputs: d.inputs } : {}),
    report: writeReport(d.report)
  }
}

function revisionOut(r: RevisionRecord): Record<string, unknown> {
  return {
    id: r.id,
    draftId: r.draftId,
    at: r.at,
    kind: r.kind,
    ...(r.name ? { name: r.name } : {}),
    ...(r.inputs && Object.keys(r.inputs).length ? { inputs: r.inputs } : {}),
    report: writeReport(r.report)
  }
}

/** import/json.ts checksum, made piece by piece: the same hash of the pieces joined. */
export class Checksum {
  private h1 = 0xdeadbeef
  private h2 = 0x41c6ce57
  update(s: string): void {
    let { h1, h2 } = this
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i)
      h1 = Math.imul(h1 ^ ch, 2654435761)
      h2 = Math.imul(h2 ^ ch, 1597334677)
    }
    this.h1 = h1
    this.h2 = h2
  }
  digest(): string {
    let { h1, h2 } = this
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0')
  }
}

export class BackupError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0
const optString = (v: unknown) => v === undefined || typeof v === 'string'
const optStrings = (v: unknown) =>
  v === undefined || (Array.isArray(v) && v.every((p) => typeof p === 'string'))
/** Texts by ref (what was typed and refused). */
const optTexts = (v: unknown) =>
  v === undefined || (isObject(v) && Object.values(v).every((t) => typeof t === 'string'))
const LEVELS: readonly unknown[] = ['error', 'warning', 'notice']
/** The importer's notes: each with its level, or a plain string (kept by a version without levels). */
const optNotes = (v: unknown) =>
  v === undefined ||
  (Array.isArray(v) &&
    v.every(
      (p) =>
        typeof p === 'string' ||
        (isObject(p) &&
          LEVELS.includes(p.level) &&
          typeof p.message === 'string' &&
          (p.ref === undefined || typeof p.ref === 'string') &&
          (p.quote === undefined || typeof p.quote === 'string'))
    ))

// report-json v1 has no key for the agency's local settings (publication dates, the 总体情况 limit): a backup
// keeps them beside the report's own keys.
const isLimit = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v > 0
const LOCAL: { [K in 'published' | 'publishBy' | 'overviewLimit']: (v: unknown) => boolean } = {
  published: (v) => typeof v === 'string' && isIsoDate(v),
  publishBy: (v) => typeof v === 'string' && isMonthDay(v),
  overviewLimit: isLimit
}
const LOCAL_KEYS = Object.keys(LOCAL) as (keyof typeof LOCAL)[]

function writeReport(report: Report): Record<string, unknown> {
  const out = reportToJsonValue(report)
  for (const k of LOCAL_KEYS) if (report[k] !== undefined) out[k] = report[k]
  return out
}

/** A cell's path (tables.requests.new.np, fees.notices): blank when absent, as its table's writer left it. */
const MISSING_CELL = /^(?:tables\.[a-z]+|fees)\../

/**
 * A report of a year no report can be of (2924 for 2024, kept by an app before the editor refused it): the
 * file is sound, the report alone cannot be restored. Left out and said, never the whole file refused.
 */
class YearUnreadable extends Error {}

function readReport(v: unknown, where: string): Report {
  if (isObject(v) && typeof v.year === 'number' && !isReportYear(v.year)) throw new YearUnreadable()
  const local: Partial<Pick<Report, keyof typeof LOCAL>> = {}
  let doc = v
  if (isObject(v)) {
    const rest = { ...v }
    for (const k of LOCAL_KEYS) {
      const d = rest[k]
      delete rest[k]
      if (d === undefined) continue
      if (!LOCAL[k](d)) throw new BackupError(text.backup.damaged(`${where}：${k}`))
      Object.assign(local, { [k]: d })
    }
    doc = rest
  }
  const { report: read, problems } = reportFromJsonValue(doc)
  const report = read && { ...read, ...local }
  // Blank (missing) cells and out-of-domain values are a draft's normal state; anything else is damage,
  // a whole part missing too (its texts, its agency, a table): restored, it would come back blank.
  const bad = problems.find(
    (p) => !(p.kind === 'domain' || (p.kind === 'missing' && MISSING_CELL.test(p.path)))
  )
  if (!report || bad) throw new BackupError(text.backup.damaged(`${where}：${bad?.message ?? ''}`))
  return report
}

interface Parsed {
  drafts: Omit<DraftRecord, 'rev' | 'errorCount' | 'warningCount' | 'checkedWith'>[]
  revisions: RevisionRecord[]
  /** Versions whose report cannot be read (an earlier app kept a year typed as 2924): left out, and said. */
  unreadable: number
  /** Reports so left out, with their history, as they are named (agency and year). */
  unreadableReports: string[]
}

/** Everything the file holds, or a BackupError with a Chinese message. Touches nothing. */
export function parseBackup(textIn: string): Parsed {
  let doc: unknown
  try {
    doc = JSON.parse(textIn.replace(/^\uFEFF/, ''))
  } catch {
    // Cut short (a download or a copy not finished): the app's backup still, but damaged.
    throw new BackupError(looksLikeBackup(textIn) ? text.backup.damaged('文件不完整') : text.backup.notJson)
  }
  // One report exported as JSON is the file most easily taken for a backup: say which button opens it.
  if (isObject(doc) && doc.schema === REPORT_SCHEMA) throw new BackupError(text.backup.report)
  if (!isObject(doc) || doc.format !== BACKUP_FORMAT) throw new BackupError(text.backup.foreign)
  if (typeof doc.version !== 'number' || !Number.isInteger(doc.version) || doc.version < 1)
    throw new BackupError(text.backup.foreign)
  if (doc.version > BACKUP_VERSION) throw new BackupError(text.backup.newer(doc.version))
  const payload = doc.payload
  if (!isObject(payload) || !Array.isArray(payload.drafts) || !Array.isArray(payload.revisions))
    throw new BackupError(text.backup.damaged('缺少内容'))
  if (doc.checksum !== checksum(JSON.stringify(payload)))
    throw new BackupError(text.backup.damaged('校验值不符'))

  const unreadableReports: string[] = []
  const left = new Set<string>()
  const drafts: Parsed['drafts'] = payload.drafts.flatMap((d: unknown, i: number): Parsed['drafts'] => {
    const where = `第 ${i + 1} 份报告`
    if (
      !isObject(d) ||
      typeof d.id !== 'string' ||
      !d.id ||
      !isTime(d.createdAt) ||
      !isTime(d.updatedAt) ||
      !isTime(d.deletedAt) ||
      typeof d.sample !== 'boolean' ||
      !optString(d.lastYearId) ||
      !optString(d.origin) ||
      !optNotes(d.importProblems) ||
      !(d.importNotesClosed === undefined || typeof d.importNotesClosed === 'boolean') ||
      !optStrings(d.dismissed) ||
      !optTexts(d.inputs)
    )
      throw new BackupError(text.backup.damaged(where))
    let report: Report
    try {
      report = readReport(d.report, where)
    } catch (e) {
      if (!(e instanceof YearUnreadable)) throw e
      const r = d.report as { agency?: unknown; year: number }
      unreadableReports.push(`“${typeof r.agency === 'string' ? r.agency : ''}”${r.year}年度`)
      left.add(d.id)
      return []
    }
    return [
      {
        id: d.id,
        createdAt: d.createdAt,
        updatedAt: d.updatedAt,
        deletedAt: d.deletedAt,
        sample: d.sample,
        ...(d.lastYearId ? { lastYearId: d.lastYearId as string } : {}),
        ...(d.origin ? { origin: d.origin as string } : {}),
        ...(d.importProblems ? { importProblems: d.importProblems as DraftRecord['importProblems'] } : {}),
        ...(d.importNotesClosed === true ? { importNotesClosed: true } : {}),
        ...(d.dismissed ? { dismissed: d.dismissed as string[] } : {}),
        ...(d.inputs ? { inputs: d.inputs as Record<string, string> } : {}),
        report
      }
    ]
  })
  const ids = new Set(drafts.map((d) => d.id))
  if (ids.size !== drafts.length) throw new BackupError(text.backup.damaged('报告编号重复'))
  let unreadable = 0
  const revisions: RevisionRecord[] = payload.revisions.flatMap((r: unknown, i: number): RevisionRecord[] => {
    const where = `第 ${i + 1} 个历史版本`
    // The history of a report left out goes with it.
    if (isObject(r) && typeof r.draftId === 'string' && left.has(r.draftId)) return []
    if (
      !isObject(r) ||
      typeof r.id !== 'string' ||
      !r.id ||
      typeof r.draftId !== 'string' ||
      !ids.has(r.draftId) ||
      !isTime(r.at) ||
      !(REVISION_KINDS as readonly unknown[]).includes(r.kind) ||
      !optString(r.name) ||
      !optTexts(r.inputs)
    )
      throw new BackupError(text.backup.damaged(where))
    let report: Report
    try {
      report = readReport(r.report, where)
    } catch (e) {
      // The checksum held: this app wrote it so. One old version must not cost the whole backup.
      if (!(e instanceof YearUnreadable)) throw e
      unreadable++
      return []
    }
    return [
      {
        id: r.id,
        draftId: r.draftId,
        at: r.at,
        kind: r.kind as RevisionKind,
        ...(r.name ? { name: r.name as string } : {}),
        ...(r.inputs ? { inputs: r.inputs as Record<string, string> } : {}),
        report
      }
    ]
  })
  // Two versions under one id (a file edited by hand): the database would refuse them in its own words.
  if (new Set(revisions.map((r) => r.id)).size !== revisions.length)
    throw new BackupError(text.backup.damaged('历史版本编号重复'))
  return { drafts, revisions, unreadable, unreadableReports }
}

const sameReport = (a: Report, b: Report) => JSON.stringify(writeReport(a)) === JSON.stringify(writeReport(b))
// Each draft written out once, however many it is compared with (every draft of the file against every one here).
const draftKeys = new WeakMap<object, string>()
/** What makes a draft the same one: its report, and what was typed and refused or dismissed in it. */
function draftKey(d: Parsed['drafts'][number]): string {
  let key = draftKeys.get(d)
  if (key === undefined) {
    key = JSON.stringify([
      writeReport(d.report),
      Object.entries(d.inputs ?? {}).sort(),
      [...(d.dismissed ?? [])].sort()
    ])
    draftKeys.set(d, key)
  }
  return key
}
const sameDraft = (a: Parsed['drafts'][number], b: Parsed['drafts'][number]) => draftKey(a) === draftKey(b)
const sameRevision = (a: RevisionRecord, b: RevisionRecord) =>
  a.at === b.at && a.kind === b.kind && a.name === b.name && sameReport(a.report, b.report)
// The agency as the home list pairs twins: 丁局(一) and 丁局（一） are one.
const twinKey = (r: Report) => `${bare(r.agency)}|${r.year}`

/** What a restore did, counted by draft (`merged`: history versions joined to a draft already here). */
export interface BackupResult {
  added: number
  trashed: number
  skipped: number
  copies: number
  merged: number
  untrashed: number
  /** Versions left out, their report unreadable. */
  unreadable: number
  /** Reports left out so, by name. */
  unreadableReports: string[]
}

/**
 * Merges a backup file into the database. Throws BackupError (database untouched) when it is refused.
 * The counts are then made again for every draft: one restored may be another's last year's report.
 */
export async function importBackup(fileText: string): Promise<BackupResult> {
  const parsed = parseBackup(fileText)
  const db = await database()
  const result = await db.transaction('rw', db.drafts, db.revisions, async () => {
    let added = 0
    let trashed = 0
    let skipped = 0
    let copies = 0
    let untrashed = 0
    // The file's id of a draft → the id it has here: a copy added under a new id because its own is
    // taken (its history follows it), or the same draft already here under another id (its history is
    // merged into that one's, and last year's links are pointed at it).
    const renamed = new Map<string, string>()
    const sameAs = new Map<string, string>()
    const existing = new Map(
      (await db.drafts.bulkGet(parsed.drafts.map((d) => d.id))).map((d, i) => [parsed.drafts[i].id, d])
    )
    const toAdd: DraftRecord[] = []
    // The same draft already here under another id is not added again: a copy brought in by an earlier
    // restore, or the sample, which each installation makes afresh (restored on a new computer, it would
    // be doubled).
    const all = await db.drafts.toArray()
    const names = new Set(all.filter((x) => x.deletedAt === 0).map((x) => twinKey(x.report)))
    // One draft here stands for one of the file's at most (a copy made with 复制 is a draft of its own),
    // and one whose id the file holds stands for that one only. A draft in the trash is no match for a
    // live one: the restored one would stay out of sight.
    const inFile = new Set(parsed.drafts.map((d) => d.id))
    const claimed = new Set<string>()
    const matchOf = (d: Parsed['drafts'][number]): DraftRecord | undefined => {
      const here = existing.get(d.id)
      if (here && sameDraft(here, d) && (here.deletedAt === 0) === (d.deletedAt === 0)) return here
      return all.find(
        (x) =>
          !claimed.has(x.id) &&
          !inFile.has(x.id) &&
          (x.deletedAt === 0) === (d.deletedAt === 0) &&
          // the sample made afresh stands for the sample, not for a copy of it
          x.sample === d.sample &&
          sameDraft(x, d)
      )
    }
    for (const d of parsed.drafts) {
      const here = existing.get(d.id)
      // Deleted here since the backup, and live in it: the restore brings that same draft back out of the
      // trash (a copy beside it would leave the trash holding a second one).
      if (here && here.deletedAt !== 0 && d.deletedAt === 0 && sameDraft(here, d)) {
        await db.drafts.update(here.id, { deletedAt: 0 })
        claimed.add(here.id)
        untrashed++
        continue
      }
      const same = matchOf(d)
      if (same) {
        claimed.add(same.id)
        if (same.id !== d.id) sameAs.set(d.id, same.id)
        skipped++
        continue
      }
      const id = here ? newId() : d.id
      if (here) renamed.set(d.id, id)
      // Beside a report of the same agency and year, it is marked as the copy from the backup.
      // (Two reports without a name are no pair: nothing says they are the same report.)
      const beside = d.deletedAt === 0 && d.report.agency.trim() !== '' && names.has(twinKey(d.report))
      // One in the trash when the backup was made goes back to the trash, as it was dated; one whose days
      // there are over by now is dated now: it would be purged at the next start, unseen, after the
      // restore had counted it.
      const inTrash = d.deletedAt !== 0
      if ((here || beside) && !inTrash) copies++
      toAdd.push({
        ...d,
        id,
        rev: 1,
        ...(trashExpired(d.deletedAt) ? { deletedAt: Date.now() } : {}),
        ...countFindings(d.report, undefined, d.dismissed, d.inputs),
        ...(here || beside ? { origin: text.originBackup } : {})
      })
      if (inTrash) trashed++
      else added++
    }
    for (const d of toAdd) {
      const link = d.lastYearId && (renamed.get(d.lastYearId) ?? sameAs.get(d.lastYearId))
      if (link) d.lastYearId = link
    }
    await db.drafts.bulkAdd(toAdd)
    const known = new Set(
      (await db.revisions.bulkGet(parsed.revisions.map((r) => r.id))).flatMap((r) => (r ? [r.id] : []))
    )
    const historyOf = new Map<string, RevisionRecord[]>()
    for (const id of new Set(sameAs.values()))
      historyOf.set(id, await db.revisions.where('draftId').equals(id).toArray())
    let merged = 0
    const revisions = parsed.revisions.flatMap((r): RevisionRecord[] => {
      const draftId = renamed.get(r.draftId)
      if (draftId) return [{ ...r, id: newId(), draftId }]
      const mergedInto = sameAs.get(r.draftId)
      if (mergedInto) {
        const there = historyOf.get(mergedInto) ?? []
        if (there.some((x) => sameRevision(x, r))) return []
        merged++
        return [{ ...r, id: newId(), draftId: mergedInto }]
      }
      if (known.has(r.id)) return []
      // history the file holds of a draft here, made since the draft's last backup here
      if (!toAdd.some((d) => d.id === r.draftId)) merged++
      return [r]
    })
    await db.revisions.bulkAdd(revisions)
    const { unreadable, unreadableReports } = parsed
    return { added, trashed, skipped, copies, merged, untrashed, unreadable, unreadableReports }
  })
  await recountStale()
  return result
}
