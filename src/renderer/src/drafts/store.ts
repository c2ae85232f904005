// Draft records: create, list, rename, duplicate, trash. The session (session.ts) does the saving.
import { getFormat, splitRef } from '@shared/formats'
import { carriedFromLastYear } from '@shared/formats/carried'
import { bare } from '@shared/model/agency'
import { publicationDeadline } from '@shared/model/publication'
import { emptyReport, followedTitle, type Report } from '@shared/model/report'
import { CHECKS_VERSION } from '@shared/checks'
import { countedFor, countFindings, type FindingCounts } from './counts'
import { addRevisionIn } from './history'
import { database } from './connection'
import type { DraftsDb } from './db'
import { newId } from './ids'
import { draftFreeWithin } from './lock'
import { text } from './messages'
import { pickLastYearRecord } from './startup'
import type { AgencyKind, DraftRecord, DraftSummary, FormatId, ImportNote, TrashedDraft } from './types'
import { asLastYear } from './lastYear'

export const TRASH_DAYS = 30
const DAY = 24 * 60 * 60 * 1000

/** In the trash for longer than it keeps a draft: purged at the next start (purgeTrash). */
export const trashExpired = (deletedAt: number, now = Date.now()): boolean =>
  deletedAt !== 0 && deletedAt <= now - TRASH_DAYS * DAY

export function summaryOf(d: DraftRecord): DraftSummary {
  return {
    id: d.id,
    agency: d.report.agency,
    year: d.report.year,
    format: d.report.format,
    agencyKind: d.report.agencyKind,
    title: d.report.title,
    updatedAt: d.updatedAt,
    errorCount: d.errorCount,
    warningCount: d.warningCount,
    sample: d.sample,
    origin: d.origin,
    lastYearId: d.lastYearId,
    published: d.report.published,
    deadline: publicationDeadline(d.report)?.date
  }
}

/**
 * Live drafts, most recently edited first. Given the database, so that a live query (hooks.ts) waits on
 * Dexie's own promises only.
 */
export async function listDrafts(db: DraftsDb): Promise<DraftSummary[]> {
  const rows = await db.drafts.where('deletedAt').equals(0).toArray()
  return rows.sort((a, b) => b.updatedAt - a.updatedAt).map(summaryOf)
}

export async function listTrash(db: DraftsDb, now = Date.now()): Promise<TrashedDraft[]> {
  const rows = await db.drafts.where('deletedAt').above(0).toArray()
  return rows
    .sort((a, b) => b.deletedAt - a.deletedAt)
    .map((d) => ({
      ...summaryOf(d),
      deletedAt: d.deletedAt,
      daysLeft: Math.max(0, Math.ceil((d.deletedAt + TRASH_DAYS * DAY - now) / DAY))
    }))
}

async function insert(report: Report, extra: Partial<DraftRecord>): Promise<string> {
  return insertInto(await database(), report, extra)
}

/** Given the database, so that it can run inside a transaction (Dexie's promises only). */
async function insertInto(db: DraftsDb, report: Report, extra: Partial<DraftRecord>): Promise<string> {
  const now = Date.now()
  const id = newId()
  let lastYear: Report | undefined
  if (extra.lastYearId) lastYear = asLastYear(await db.drafts.get(extra.lastYearId))
  await db.drafts.add({
    id,
    report,
    createdAt: now,
    updatedAt: now,
    deletedAt: 0,
    rev: 1,
    sample: false,
    ...countFindings(report, lastYear, extra.dismissed, extra.inputs),
    ...extra
  })
  return id
}

/**
 * The cells last year's report settles are filled from it: 上年结转 of table 三 is last year's 结转下年度 (XY-01),
 * column by column; the 2019 format's 上一年项目数量 last year's count and change (XY-03). The local rules
 * (deadline, 总体情况 limit) are the agency's, so they hold this year too.
 */
export function carryOver(report: Report, lastYear: Report): Report {
  const tables = structuredClone(report.tables)
  for (const [ref, { value }] of carriedFromLastYear(getFormat(report.format), lastYear)) {
    const [table, key = ''] = splitRef(ref)
    const cells = tables[table as keyof Report['tables']]
    if (key in cells) cells[key] = value
  }
  return {
    ...report,
    tables,
    ...(lastYear.publishBy ? { publishBy: lastYear.publishBy } : {}),
    ...(lastYear.overviewLimit ? { overviewLimit: lastYear.overviewLimit } : {})
  }
}

export async function createDraft(init: {
  agency: string
  year: number
  agencyKind: AgencyKind
  format?: FormatId
  lastYearId?: string
}): Promise<string> {
  const db = await database()
  let report = emptyReport(init.format, init.year, init.agency.trim(), init.agencyKind)
  if (init.lastYearId) {
    const last = await db.drafts.get(init.lastYearId)
    if (!last) throw new Error(text.notFound)
    report = carryOver(report, asLastYear(last))
    return insert(report, { lastYearId: init.lastYearId, origin: text.originLastYear })
  }
  return insert(report, { origin: text.originNew })
}

/**
 * “从上年报告新建”: agency and kind copied, 上年结转 from last year's 结转下年度. Where the agency's report on the
 * next year is there already (the home list opens it, but a second click, or another window, may come
 * before the list shows it), that one is returned, not a second made: `made` says which. One transaction,
 * so that two clicks at once make one.
 */
export async function createFromLastYear(
  lastYearId: string,
  format?: FormatId
): Promise<{ id: string; made: boolean }> {
  const db = await database()
  return db.transaction('rw', db.drafts, async () => {
    const last = await db.drafts.get(lastYearId)
    if (!last) throw new Error(text.notFound)
    const year = last.report.year + 1
    const agency = bare(last.report.agency)
    // Next year's by its agency; a report without a name yet, by the draft it was made from.
    const same = await db.drafts
      .where('deletedAt')
      .equals(0)
      .filter(
        (d) =>
          d.report.year === year && (agency ? bare(d.report.agency) === agency : d.lastYearId === lastYearId)
      )
      .toArray()
    const newest = same.sort((a, b) => b.updatedAt - a.updatedAt)[0]
    if (newest) return { id: newest.id, made: false }
    const { agencyKind } = last.report
    const report = carryOver(
      emptyReport(format, year, last.report.agency.trim(), agencyKind),
      asLastYear(last)
    )
    const id = await insertInto(db, report, { lastYearId, origin: text.originLastYear })
    return { id, made: true }
  })
}

/** A report read from a file becomes a new draft; what the importer could not read is kept with it. */
export async function createDraftFromReport(
  report: Report,
  origin: string,
  importProblems?: readonly ImportNote[]
): Promise<string> {
  return insert(structuredClone(report), {
    origin,
    importProblems: importProblems?.length
      ? importProblems.map(({ level, message, ref }) => (ref ? { level, message, ref } : { level, message }))
      : undefined
  })
}

/**
 * A live draft made from a file of this name that holds exactly this report still (nobody has changed it
 * since): the same file imported twice would otherwise give two rows alike in every column. Another draft
 * that happens to be equal (the one a file was exported from) is not one: the import is what was asked for.
 */
export async function findSameDraft(
  report: Report,
  origin: string
): Promise<{ id: string; createdAt: number } | undefined> {
  const db = await database()
  const wanted = JSON.stringify(report)
  const same = await db.drafts
    .where('deletedAt')
    .equals(0)
    .filter((d) => d.origin === origin && JSON.stringify(d.report) === wanted)
    .first()
  return same && { id: same.id, createdAt: same.createdAt }
}

/** Refuses a change from the home list to a draft an editor has open: its next save would undo it. */
async function notOpen(id: string): Promise<void> {
  if (!(await draftFreeWithin(id, CLOSING_WAIT_MS))) throw new Error(text.openElsewhere)
}
/** Longer than an editor left in this window takes to save and let go, short enough not to seem stuck. */
const CLOSING_WAIT_MS = 1000

export async function renameDraft(id: string, agency: string): Promise<void> {
  const name = agency.trim()
  if (!name) return
  await notOpen(id)
  const db = await database()
  await db.transaction('rw', db.drafts, db.revisions, async () => {
    const d = await db.drafts.get(id)
    if (!d) throw new Error(text.notFound)
    const r = d.report
    // The same name again is no edit: the draft would move up the list as if it had been worked on.
    if (name === r.agency) return
    const title = followedTitle(r, name, r.year)
    const now = Date.now()
    // In the history as any other change of the report: a version restored later shows what it takes back.
    await addRevisionIn(db, id, r, 'before-rename', undefined, now, d.inputs)
    await db.drafts.update(id, {
      report: { ...r, agency: name, title },
      rev: d.rev + 1,
      updatedAt: now
    })
  })
}

export async function duplicateDraft(id: string): Promise<string> {
  const db = await database()
  const d = await db.drafts.get(id)
  if (!d) throw new Error(text.notFound)
  // All that is the draft's own comes along: what was typed and refused, the warnings dismissed.
  return insert(structuredClone(d.report), {
    origin: text.originDuplicate,
    lastYearId: d.lastYearId,
    ...(d.inputs && Object.keys(d.inputs).length ? { inputs: { ...d.inputs } } : {}),
    ...(d.dismissed?.length ? { dismissed: [...d.dismissed] } : {})
  })
}

export async function trashDraft(id: string, now = Date.now()): Promise<void> {
  await notOpen(id)
  const db = await database()
  await db.drafts.update(id, { deletedAt: now })
}

export async function restoreDraft(id: string): Promise<void> {
  const db = await database()
  await db.drafts.update(id, { deletedAt: 0 })
}

/**
 * Drafts of the trash gone for good now, with their history (永久删除, 清空回收站): only those still in it, so a
 * draft restored in another window meanwhile is kept.
 */
export async function deleteForever(ids: readonly string[]): Promise<number> {
  const db = await database()
  return db.transaction('rw', db.drafts, db.revisions, async () => {
    const trashed = (await db.drafts.bulkGet([...ids])).flatMap((d) => (d && d.deletedAt ? [d.id] : []))
    if (!trashed.length) return 0
    await db.revisions.where('draftId').anyOf(trashed).delete()
    await db.drafts.bulkDelete(trashed)
    return trashed.length
  })
}

/** Drafts in the trash longer than 30 days go for good, with their history. */
export async function purgeTrash(now = Date.now()): Promise<number> {
  const db = await database()
  return db.transaction('rw', db.drafts, db.revisions, async () => {
    const old = await db.drafts
      .where('deletedAt')
      .between(1, now - TRASH_DAYS * DAY, true, true)
      .primaryKeys()
    if (!old.length) return 0
    await db.revisions.where('draftId').anyOf(old).delete()
    await db.drafts.bulkDelete(old)
    return old.length
  })
}

/**
 * Every live draft whose counts have gone stale counted again, with last year's report as the session
 * would find it; those whose counts differ are written, and their number returned. Counts go stale without
 * the draft being touched: made by older checks (another CHECKS_VERSION, or none), or against a last
 * year's report that has since been edited, restored from a backup or deleted. Which are stale is told by
 * what each was counted from (counts.ts countedFor), so a visit of the home list with hundreds of drafts
 * runs the checks on none but those. The checks run outside any transaction, a few drafts at a time with
 * the page let go between, so that after an update that recounts them all the list stays usable and saves
 * are not held; a draft written meanwhile is left to its writer. Only the counts change: not `rev` or
 * `updatedAt`. Calls while one runs are answered by one more run after it.
 */
export function recountStale(): Promise<number> {
  if (!recounting) {
    recounting = recountOnce().finally(() => (recounting = undefined))
    return recounting
  }
  recountAgain ??= recounting
    .catch(() => 0)
    .then(() => {
      recountAgain = undefined
      return recountStale()
    })
  return recountAgain
}
let recounting: Promise<number> | undefined
let recountAgain: Promise<number> | undefined
/** About 50 ms of checks on reports as long as published ones: the page answers between. */
const RECOUNT_CHUNK = 25

/** The meta record holding what each draft's counts were made from (counts.ts countedFor), by id. */
const COUNTED = 'countedFor'

async function recountOnce(): Promise<number> {
  const db = await database()
  const [live, stamps] = await Promise.all([
    db.drafts.where('deletedAt').equals(0).toArray(),
    db.meta.get(COUNTED).then((m) => (m?.value ?? {}) as Record<string, string>)
  ])
  const byId = new Map(live.map((d) => [d.id, d]))
  const byYear = new Map<number, DraftRecord[]>()
  for (const d of live) {
    const same = byYear.get(d.report.year)
    if (same) same.push(d)
    else byYear.set(d.report.year, [d])
  }
  const due: { d: DraftRecord; key: string; last?: DraftRecord }[] = []
  for (const d of live) {
    // as lastYearIn reads it, from the drafts in hand: one deleted or gone is not among them
    const linked = d.lastYearId ? byId.get(d.lastYearId) : undefined
    const last = linked ?? pickLastYearRecord(d, byYear.get(d.report.year - 1) ?? [])
    const key = countedFor(d, last)
    if (stamps[d.id] !== key || d.checkedWith !== CHECKS_VERSION) due.push({ d, key, last })
  }
  // Made a few at a time with the page let go between; written at once, so the list is drawn again once.
  const made: { d: DraftRecord; key: string; counts: FindingCounts }[] = []
  for (let i = 0; i < due.length; i += RECOUNT_CHUNK) {
    if (i) await new Promise((go) => setTimeout(go))
    for (const { d, key, last } of due.slice(i, i + RECOUNT_CHUNK))
      made.push({ d, key, counts: countFindings(d.report, asLastYear(last), d.dismissed, d.inputs) })
  }
  if (!made.length) return 0
  return db.transaction('rw', db.drafts, db.meta, async () => {
    const changed: DraftRecord[] = []
    const kept = ((await db.meta.get(COUNTED))?.value ?? {}) as Record<string, string>
    const now = await db.drafts.bulkGet(made.map(({ d }) => d.id))
    for (const [i, { d, key, counts }] of made.entries()) {
      const stored = now[i]
      if (!stored || stored.rev !== d.rev || stored.deletedAt) continue
      kept[d.id] = key
      if (
        counts.errorCount === stored.errorCount &&
        counts.warningCount === stored.warningCount &&
        counts.checkedWith === stored.checkedWith
      )
        continue
      changed.push({ ...stored, ...counts })
    }
    await db.drafts.bulkPut(changed)
    // Only the live drafts' stamps are kept: those deleted for good would pile up.
    const value = Object.fromEntries(Object.entries(kept).filter(([id]) => byId.has(id)))
    await db.meta.put({ key: COUNTED, value })
    return changed.length
  })
}

export async function getDraft(id: string): Promise<DraftRecord | undefined> {
  const db = await database()
  return db.drafts.get(id)
}
