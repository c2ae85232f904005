import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@renderer/drafts/db'
import { todayIso } from '@shared/model/publication'
import { sampleYear } from '@shared/sample'
import {
  createDraft,
  createDraftFromReport,
  createFromLastYear,
  deleteForever,
  duplicateDraft,
  listDrafts,
  listTrash,
  purgeTrash,
  recountStale,
  renameDraft,
  restoreDraft,
  trashDraft
} from '@renderer/drafts/store'
import { addRevision } from '@renderer/drafts/history'
import { SessionController } from '@renderer/drafts/session'
import { acquireDraftLock } from '@renderer/drafts/lock'
import { CHECKS_VERSION, checkReport } from '@shared/checks'
import { emptyReport } from '@shared/model/report'
import { countFindings } from '@renderer/drafts/counts'
import { freshDb } from './helpers'

const DAY = 24 * 60 * 60 * 1000

beforeEach(freshDb)

describe('drafts store', () => {
  it('seeds one sample report, marked 示例, on first start, with its two errors counted', async () => {
    const list = await listDrafts(db)
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({
      sample: true,
      year: sampleYear(todayIso()),
      format: '2021',
      errorCount: 2,
      warningCount: 0
    })
  })

  it('does not seed the sample again once the database exists (deleting it keeps it gone)', async () => {
    const [sample] = await listDrafts(db)
    await db.drafts.delete(sample.id)
    db.close()
    await db.open()
    expect(await listDrafts(db)).toHaveLength(0)
  })

  it('creates a draft and lists it first with agency, year, format and counts', async () => {
    const id = await createDraft({ agency: '某某市某某局', year: 2020, agencyKind: 'department' })
    const list = await listDrafts(db)
    expect(list[0]).toMatchObject({ id, agency: '某某市某某局', year: 2020, format: '2019', sample: false })
    // A blank report is full of problems (blank cells, empty sections); the count is stored, not 0.
    expect(list[0].errorCount + list[0].warningCount).toBeGreaterThan(0)
    expect((await db.drafts.get(id))?.report.title).toBe('某某市某某局2020年政府信息公开工作年度报告')
  })

  it('keeps the name before a rename in the history; the same name again changes nothing', async () => {
    const id = await createDraft({ agency: '甲局', year: 2024, agencyKind: 'department' })
    const before = (await db.drafts.get(id))!
    await renameDraft(id, ' 甲局 ')
    expect(await db.drafts.get(id)).toEqual(before)
    expect(await db.revisions.where('draftId').equals(id).count()).toBe(0)
    await renameDraft(id, '某某市甲局')
    const revisions = await db.revisions.where('draftId').equals(id).toArray()
    expect(revisions.map((r) => [r.kind, r.report.agency, r.report.title])).toEqual([
      ['before-rename', '甲局', before.report.title]
    ])
  })

  it('renames (and the default title follows) and duplicates', async () => {
    const id = await createDraft({ agency: '甲局', year: 2024, agencyKind: 'department' })
    await renameDraft(id, '乙局')
    const renamed = await db.drafts.get(id)
    expect(renamed?.report.agency).toBe('乙局')
    expect(renamed?.report.title).toBe('乙局2024年政府信息公开工作年度报告')
    const copy = await duplicateDraft(id)
    expect(copy).not.toBe(id)
    expect((await db.drafts.get(copy))?.report).toEqual(renamed?.report)
    expect((await listDrafts(db)).filter((d) => d.agency === '乙局')).toHaveLength(2)
  })

  it('复制 copies what is the draft’s own: what was typed and refused, the warnings dismissed, and the counts', async () => {
    const id = await createDraft({ agency: '甲局', year: 2024, agencyKind: 'department' })
    await db.drafts.update(id, {
      inputs: { 'active:reg.made': '12a' },
      dismissed: ['some.warning|key'],
      ...countFindings((await db.drafts.get(id))!.report, undefined, ['some.warning|key'], {
        'active:reg.made': '12a'
      })
    })
    const original = (await db.drafts.get(id))!
    const copy = (await db.drafts.get(await duplicateDraft(id)))!
    expect(copy.inputs).toEqual({ 'active:reg.made': '12a' })
    expect(copy.dismissed).toEqual(['some.warning|key'])
    expect([copy.errorCount, copy.warningCount]).toEqual([original.errorCount, original.warningCount])
  })

  it('从上年报告新建 twice at once (a double click) makes one report on the next year, returned to both', async () => {
    const lastId = await createDraft({ agency: '某某县教育局', year: 2024, agencyKind: 'department' })
    const [a, b] = await Promise.all([createFromLastYear(lastId), createFromLastYear(lastId)])
    expect(a.id).toBe(b.id)
    expect([a.made, b.made].sort()).toEqual([false, true])
    expect((await listDrafts(db)).filter((d) => d.year === 2025)).toHaveLength(1)
    // and once more later, from the same agency written with a space: the same one, not made again
    await renameDraft(lastId, '某某县 教育局')
    expect(await createFromLastYear(lastId)).toEqual({ id: a.id, made: false })
  })

  it('deletes for good only what is still in the trash (a report restored meanwhile in another window stays)', async () => {
    const b = await createDraft({ agency: '乙局', year: 2024, agencyKind: 'department' })
    const c = await createDraft({ agency: '丙局', year: 2024, agencyKind: 'department' })
    await trashDraft(b)
    await trashDraft(c)
    await restoreDraft(b)
    expect(await deleteForever([b, c])).toBe(1)
    expect((await db.drafts.get(b))?.deletedAt).toBe(0)
    expect(await db.drafts.get(c)).toBeUndefined()
  })

  it('从上年报告新建 from a report with no name yet, clicked again, opens the one it made', async () => {
    const lastId = await createDraft({ agency: '', year: 2024, agencyKind: 'department' })
    const other = await createDraft({ agency: '', year: 2024, agencyKind: 'department' })
    const first = await createFromLastYear(lastId)
    expect(first.made).toBe(true)
    expect(await createFromLastYear(lastId)).toEqual({ id: first.id, made: false })
    // another nameless report's next year is its own
    expect((await createFromLastYear(other)).made).toBe(true)
  })

  it('refuses to rename or delete a draft an editor holds (its next save would undo it), and does once it is let go', async () => {
    const id = await createDraft({ agency: '编辑中局', year: 2024, agencyKind: 'department' })
    const lock = await acquireDraftLock(id)
    await expect(renameDraft(id, '改名局')).rejects.toThrow('正在另一个窗口中编辑')
    await expect(trashDraft(id)).rejects.toThrow('正在另一个窗口中编辑')
    const d = await db.drafts.get(id)
    expect([d?.report.agency, d?.deletedAt]).toEqual(['编辑中局', 0])
    lock.release()
    await renameDraft(id, '改名局')
    await trashDraft(id)
    expect((await db.drafts.get(id))?.report.agency).toBe('改名局')
    expect((await db.drafts.get(id))?.deletedAt).toBeGreaterThan(0)
    await restoreDraft(id)
    // an editor that lets go soon after (its last save going in as the list comes back) is waited for
    const closing = await acquireDraftLock(id)
    setTimeout(() => closing.release(), 200)
    await renameDraft(id, '改名局二')
    expect((await db.drafts.get(id))?.report.agency).toBe('改名局二')
  })

  it('deletes to a trash restorable for 30 days, then purges the draft with its history', async () => {
    const keep = await createDraft({ agency: '留下局', year: 2024, agencyKind: 'department' })
    const gone = await createDraft({ agency: '删除局', year: 2024, agencyKind: 'department' })
    await addRevision(gone, emptyReport('2021', 2024, '删除局', 'department'), 'snapshot', '一稿')
    const now = Date.now()
    await trashDraft(keep, now - 10 * DAY)
    await trashDraft(gone, now - 31 * DAY)
    expect((await listDrafts(db)).map((d) => d.agency)).not.toContain('留下局')
    const trash = await listTrash(db, now)
    expect(trash.map((d) => [d.agency, d.daysLeft])).toEqual([
      ['留下局', 20],
      ['删除局', 0]
    ])
    expect(await purgeTrash(now)).toBe(1)
    expect(await db.drafts.get(gone)).toBeUndefined()
    expect(await db.revisions.where('draftId').equals(gone).count()).toBe(0)
    await restoreDraft(keep)
    expect((await listDrafts(db)).map((d) => d.agency)).toContain('留下局')
    expect(await listTrash(db, now)).toHaveLength(0)
  })

  it('从上年报告新建: agency, kind and local deadline copied, 上年结转 prefilled from 结转下年度 (X1)', async () => {
    const last = {
      ...emptyReport('2021', 2023, '某某区人民政府', 'government'),
      published: '2024-02-18',
      publishBy: '02-20',
      overviewLimit: 1000
    }
    const next = { np: 4, biz: 1, sci: 0, npo: 0, law: 2, oth: 0, tot: 7 }
    for (const [c, v] of Object.entries(next)) last.tables.requests[`next.${c}`] = v
    const lastId = await createDraftFromReport(last, '导入 2023年报告.docx', [
      { level: 'error', message: '表四 未能识别' }
    ])
    const { id } = await createFromLastYear(lastId)
    const rec = await db.drafts.get(id)
    expect(rec?.lastYearId).toBe(lastId)
    expect(rec?.report).toMatchObject({ agency: '某某区人民政府', agencyKind: 'government', year: 2024 })
    for (const [c, v] of Object.entries(next)) expect(rec?.report.tables.requests[`carry.${c}`]).toBe(v)
    expect(rec?.report.tables.requests['new.np']).toBeNull()
    // The local rule is the agency's; last year's publication date is not this year's.
    expect(rec?.report.publishBy).toBe('02-20')
    expect(rec?.report.overviewLimit).toBe(1000)
    expect(rec?.report.published).toBeUndefined()
  })

  it('从上年报告新建 on a 2019-format report: 上一年项目数量 is last year’s count plus its 本年增/减 (XY-03)', async () => {
    const last = emptyReport('2019', 2019, '某某局', 'department')
    last.tables.active['licence.lastYear'] = 100
    last.tables.active['licence.change'] = -5
    last.tables.active['fees.lastYear'] = 3
    last.tables.active['fees.change'] = 0
    const { id } = await createFromLastYear(await createDraftFromReport(last, '测试'))
    const report = (await db.drafts.get(id))!.report
    expect(report.format).toBe('2019')
    expect(report.tables.active['licence.lastYear']).toBe(95)
    expect(report.tables.active['fees.lastYear']).toBe(3)
    expect(report.tables.active['licence.change']).toBeNull()
    expect(report.tables.active['penalty.lastYear']).toBeNull()
  })

  it('从上年报告新建 carries no figure last year’s draft holds under a refused entry: that cell is blank', async () => {
    const last = emptyReport('2021', 2023, '某某区人民政府', 'government')
    last.tables.requests['next.np'] = 9
    last.tables.requests['next.biz'] = 1
    const lastId = await createDraftFromReport(last, '测试')
    // 9 corrected to “l2” (a letter l for the 1): refused, the draft keeps 9 under it
    await db.drafts.update(lastId, { inputs: { 'requests:next.np': 'l2' } })
    const { id } = await createFromLastYear(lastId)
    const report = (await db.drafts.get(id))!.report
    expect(report.tables.requests['carry.np']).toBeNull()
    expect(report.tables.requests['carry.biz']).toBe(1)
    // and the cross-year checks of the new report do not hold it to 9
    report.tables.requests['carry.np'] = 12
    await db.drafts.update(id, { report })
    const s = await SessionController.open(id)
    try {
      expect(s.getSnapshot().lastYear?.tables.requests['next.np']).toBeNull()
    } finally {
      await s.close()
    }
  })

  it('keeps what the importer said with the imported draft, each at its level', async () => {
    const notes = [
      { level: 'error' as const, message: '表三 第5行无法识别' },
      { level: 'notice' as const, message: '原文为繁体字，已转换为简体字' }
    ]
    const id = await createDraftFromReport(emptyReport('2021', 2023, '某局', 'department'), '导入', notes)
    expect((await db.drafts.get(id))?.importProblems).toEqual(notes)
  })

  it('recounts the drafts whose counts older checks made, with last year, and changes nothing else', async () => {
    const last = await createDraft({ agency: '丙局', year: 2023, agencyKind: 'department' })
    const { id } = await createFromLastYear(last)
    const counted = (await db.drafts.toArray()).map((d) => [d.id, d.errorCount, d.warningCount])
    expect((await db.drafts.toArray()).every((d) => d.checkedWith === CHECKS_VERSION)).toBe(true)
    // As an older app left them: no stamp, and counts that today's checks no longer give.
    await db.drafts.toCollection().modify((d) => {
      delete d.checkedWith
      d.errorCount = 0
      d.warningCount = 0
    })
    const before = await db.drafts.get(id)
    expect(await recountStale()).toBe(3) // the sample, last year's and this year's
    expect((await db.drafts.toArray()).map((d) => [d.id, d.errorCount, d.warningCount])).toEqual(counted)
    const after = await db.drafts.get(id)
    expect([after?.rev, after?.updatedAt, after?.checkedWith]).toEqual([
      before?.rev,
      before?.updatedAt,
      CHECKS_VERSION
    ])
    expect(await recountStale()).toBe(0)
  })

  it('recounts a report made from last year’s once that is deleted, against the agency’s live one', async () => {
    const last = emptyReport('2021', 2023, '丁局', 'department')
    last.tables.requests['next.np'] = 5
    const lastId = await createDraftFromReport(last, '导入')
    const { id } = await createFromLastYear(lastId)
    const carried = await db.drafts.get(id)
    expect(carried?.report.tables.requests['carry.np']).toBe(5)
    await trashDraft(lastId)
    const again = structuredClone(last)
    again.tables.requests['next.np'] = 9
    await createDraftFromReport(again, '导入')
    await recountStale()
    const d = (await db.drafts.get(id))!
    const expected = checkReport(d.report, again).filter((f) => f.severity === 'error')
    expect(expected.some((f) => f.rule === 'requests.carryOver')).toBe(true)
    expect(d.errorCount).toBe(expected.length)
  })

  it('recounts a report whose last year’s report changed since it was counted', async () => {
    const [sample] = await db.drafts.toArray()
    const { id } = await createFromLastYear(sample.id)
    const before = (await db.drafts.get(id))!
    // Last year's 结转下年度 edited (elsewhere, with its own counts made): this year's 上年结转 no longer
    // matches it, though this year's report was not touched.
    const edited = structuredClone(sample.report)
    edited.tables.requests['next.np'] = (edited.tables.requests['next.np'] ?? 0) + 1
    await db.drafts.update(sample.id, { report: edited, ...countFindings(edited) })
    expect(await recountStale()).toBe(1)
    const after = (await db.drafts.get(id))!
    expect(after.errorCount).toBe(countFindings(after.report, edited).errorCount)
    expect(after.errorCount).toBeGreaterThan(before.errorCount)
    expect([after.rev, after.updatedAt]).toEqual([before.rev, before.updatedAt])
    expect(await recountStale()).toBe(0)
  })
})
