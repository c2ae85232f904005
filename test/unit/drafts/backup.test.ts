import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@renderer/drafts/db'
import { exportBackup, importBackup, type BackupResult } from '@renderer/drafts/backup'
import { addRevision } from '@renderer/drafts/history'
import {
  createDraft,
  createFromLastYear,
  duplicateDraft,
  purgeTrash,
  renameDraft,
  trashDraft
} from '@renderer/drafts/store'
import { emptyReport } from '@shared/model/report'
import { serializeReport } from '@shared/model/json'
import { countFindings } from '@renderer/drafts/counts'
import { freshDb } from './helpers'
import { H } from '@renderer/home/text'

beforeEach(freshDb)

/** What importBackup says it did: the counts not named are 0. */
const didRestore = (counts: Partial<BackupResult>): BackupResult => ({
  added: 0,
  trashed: 0,
  skipped: 0,
  copies: 0,
  merged: 0,
  untrashed: 0,
  unreadable: 0,
  unreadableReports: [],
  ...counts
})

async function contents() {
  const [drafts, revisions] = await Promise.all([db.drafts.toArray(), db.revisions.toArray()])
  const byId = <T extends { id: string }>(a: T[]) => [...a].sort((x, y) => x.id.localeCompare(y.id))
  return { drafts: byId(drafts), revisions: byId(revisions) }
}

async function fill() {
  const a = await createDraft({ agency: '甲局', year: 2024, agencyKind: 'department' })
  const b = await createDraft({ agency: '乙区人民政府', year: 2019, agencyKind: 'government' })
  const r = emptyReport('2021', 2024, '甲局', 'department')
  r.tables.requests['new.np'] = 12
  r.sections.overview = '一稿'
  // The publication dates, which report-json v1 has no key for, travel beside the report.
  r.published = '2025-01-20'
  r.publishBy = '01-25'
  r.overviewLimit = 1000
  // A version keeps what was typed and refused at that moment.
  await addRevision(a, r, 'snapshot', '一稿', Date.now(), { 'requests:new.biz': '3x' })
  await addRevision(b, emptyReport('2019', 2019, '乙区人民政府', 'government'), 'auto')
  await trashDraft(b)
  // A warning dismissed in one of them goes with it.
  await db.drafts.update(a, { dismissed: ['prose.partsSum|某条提示'] })
  // What an import noted, where, and 知道了 said to it, go with it too.
  await db.drafts.update(a, {
    importProblems: [
      { level: 'error', message: '表三 科研机构 无法读取', ref: 'requests:new.sci' },
      { level: 'warning', message: '文字中混有表四的内容', ref: 'sections:review', quote: '总计' }
    ],
    importNotesClosed: true
  })
  const draftA = await db.drafts.get(a)
  await db.drafts.update(a, { report: { ...draftA!.report, published: '2025-01-22' } })
  return { a, b }
}

describe('backup', () => {
  it('round-trips every draft (trash included) with its history into an empty database', async () => {
    await fill()
    const before = await contents()
    const file = await exportBackup()
    expect(JSON.parse(file)).toMatchObject({
      format: 'xxgk-nianbao/backup',
      version: 2,
      drafts: 3,
      revisions: 2
    })
    await db.transaction('rw', db.drafts, db.revisions, async () => {
      await db.drafts.clear()
      await db.revisions.clear()
    })
    expect(await importBackup(file)).toEqual(
      didRestore({
        // the draft in the trash goes back to the trash, and is told apart
        added: 2,
        trashed: 1
      })
    )
    const after = await contents()
    const strip = ({ rev: _r, ...d }: (typeof before.drafts)[number]) => d
    expect(after.drafts.map(strip)).toEqual(before.drafts.map(strip))
    expect(after.revisions).toEqual(before.revisions)
    expect(after.drafts.find((d) => d.report.agency === '甲局')?.report.published).toBe('2025-01-22')
    expect(after.revisions.find((r) => r.name === '一稿')?.report).toMatchObject({
      published: '2025-01-20',
      publishBy: '01-25',
      overviewLimit: 1000
    })
  })

  it('a version an earlier app kept with a year no report can have (2924) is left out, said, not the whole file', async () => {
    const id = await createDraft({ agency: '年度笔误局', year: 2024, agencyKind: 'department' })
    const typo = { ...(await db.drafts.get(id))!.report, year: 2924 }
    await addRevision(id, typo, 'snapshot', '笔误时', 1000)
    await addRevision(id, (await db.drafts.get(id))!.report, 'snapshot', '改正后', 2000)
    const file = await exportBackup()
    await db.transaction('rw', db.drafts, db.revisions, async () => {
      await db.drafts.clear()
      await db.revisions.clear()
    })
    const result = await importBackup(file)
    expect(result).toMatchObject({ unreadable: 1 })
    expect(H.backupMerged(result)).toContain('1 个历史版本内容无法读取（如年度写错），未恢复')
    expect((await db.revisions.toArray()).map((r) => r.name)).toEqual(['改正后'])
    expect((await db.drafts.get(id))?.report.year).toBe(2024)
  })

  it('a report an earlier app kept with such a year is left out with its history, said by name; the rest restores', async () => {
    const bad = await createDraft({ agency: '笔误局', year: 2024, agencyKind: 'department' })
    await db.drafts.update(bad, { report: { ...(await db.drafts.get(bad))!.report, year: 2924 } })
    await addRevision(bad, (await db.drafts.get(bad))!.report, 'snapshot', '笔误时', 1000)
    const good = await createDraft({ agency: '好局', year: 2024, agencyKind: 'department' })
    const file = await exportBackup()
    await db.transaction('rw', db.drafts, db.revisions, async () => {
      await db.drafts.clear()
      await db.revisions.clear()
    })
    const result = await importBackup(file)
    expect(result.unreadableReports).toEqual(['“笔误局”2924年度'])
    expect(H.backupMerged(result)).toContain('“笔误局”2924年度的报告年度不是有效的年份，连同其历史版本未恢复')
    expect(await db.drafts.get(good)).toBeDefined()
    expect(await db.drafts.get(bad)).toBeUndefined()
    expect(await db.revisions.count()).toBe(0)
  })

  it('a report in the trash for longer than it keeps one, in the backup, goes back there dated now, not purged unseen', async () => {
    const id = await createDraft({ agency: '戊局', year: 2024, agencyKind: 'department' })
    const forty = Date.now() - 40 * 24 * 60 * 60 * 1000
    await trashDraft(id, forty)
    const file = await exportBackup()
    await db.drafts.clear()
    expect(await importBackup(file)).toMatchObject({ added: 1, trashed: 1 })
    const back = (await db.drafts.get(id))!
    expect(back.deletedAt).toBeGreaterThan(forty)
    expect(await purgeTrash()).toBe(0)
    expect(await db.drafts.get(id)).toBeDefined()
  })

  it('reads a version 1 file (before publication dates were kept)', async () => {
    await createDraft({ agency: '丁局', year: 2024, agencyKind: 'department' })
    const file = (await exportBackup()).replace('"version": 2', '"version": 1')
    await db.drafts.clear()
    expect(await importBackup(file)).toEqual(didRestore({ added: JSON.parse(file).drafts }))
    expect((await db.drafts.toArray()).map((d) => d.report.agency)).toContain('丁局')
  })

  it('carries what was typed and refused, which is counted again as errors where it is restored', async () => {
    const id = await createDraft({ agency: '甲局', year: 2024, agencyKind: 'department' })
    const inputs = { 'requests:new.np': '5x', 'meta:published': '1月20号' }
    await db.drafts.update(id, { inputs })
    const file = await exportBackup()
    await freshDb()
    await importBackup(file)
    const d = (await db.drafts.toArray()).find((x) => x.report.agency === '甲局')!
    expect(d.inputs).toEqual(inputs)
    expect(d.errorCount).toBe(countFindings(d.report).errorCount + 2)
  })

  it('restored on a new computer, does not double the sample, which each installation makes afresh', async () => {
    await fill()
    const file = await exportBackup()
    await freshDb()
    const [sample] = await db.drafts.toArray()
    expect(sample.sample).toBe(true)
    expect(await importBackup(file)).toEqual(didRestore({ added: 1, trashed: 1, skipped: 1 }))
    expect((await db.drafts.toArray()).filter((d) => d.sample)).toHaveLength(1)
  })

  it('a report whose last year’s report is already here under another id is linked to that one', async () => {
    // The sample's successor: on a new computer the sample is made afresh, under another id.
    const [sample] = await db.drafts.toArray()
    const { id: next } = await createFromLastYear(sample.id)
    await addRevision(sample.id, sample.report, 'snapshot', '示例稿')
    const counted = (await db.drafts.get(next))!.errorCount
    const file = await exportBackup()
    await freshDb()
    const [fresh] = await db.drafts.toArray()
    expect(fresh.id).not.toBe(sample.id)
    expect(await importBackup(file)).toEqual(didRestore({ added: 1, skipped: 1, merged: 1 }))
    const restored = (await db.drafts.get(next))!
    expect(restored.lastYearId).toBe(fresh.id)
    // counted with last year's report, as the editor counts it
    expect(restored.errorCount).toBe(countFindings(restored.report, fresh.report).errorCount)
    expect(restored.errorCount).toBe(counted)
    // the sample's history joins the sample here, and is not left behind without its report
    expect((await db.revisions.toArray()).every((r) => r.draftId !== sample.id)).toBe(true)
    const merged = async () =>
      (await db.revisions.where('draftId').equals(fresh.id).toArray()).map((r) => r.name)
    expect(await merged()).toEqual(['示例稿'])
    // restored again: nothing doubled
    expect(await importBackup(file)).toEqual(didRestore({ skipped: 2 }))
    expect(await merged()).toEqual(['示例稿'])
  })

  it('two identical reports (the sample and a copy of it) are two: each stands for itself only', async () => {
    const [sample] = await db.drafts.toArray()
    await addRevision(sample.id, sample.report, 'snapshot', '原件快照')
    const copy = await duplicateDraft(sample.id)
    const file = await exportBackup()
    const historyOf = async (id: string) =>
      (await db.revisions.where('draftId').equals(id).toArray()).map((r) => r.name)
    // the same computer: nothing changes, the copy takes no history of the sample's
    expect(await importBackup(file)).toEqual(didRestore({ skipped: 2 }))
    expect(await historyOf(copy)).toEqual([])
    expect(await historyOf(sample.id)).toEqual(['原件快照'])
    // a new computer, with its own sample: that one stands for the sample, the copy comes in
    await freshDb()
    const [fresh] = await db.drafts.toArray()
    expect(await importBackup(file)).toEqual(didRestore({ added: 1, skipped: 1, copies: 1, merged: 1 }))
    expect(await historyOf(fresh.id)).toEqual(['原件快照'])
    expect(await db.drafts.count()).toBe(2)
  })

  it('a report deleted here since the backup comes back out of the trash, not as a copy beside it', async () => {
    const id = await createDraft({ agency: '丁局', year: 2024, agencyKind: 'department' })
    const file = await exportBackup()
    await trashDraft(id)
    expect(await importBackup(file)).toEqual(didRestore({ skipped: 1, untrashed: 1 }))
    const all = (await db.drafts.toArray()).filter((d) => d.report.agency === '丁局')
    expect(all.map((d) => [d.id, d.deletedAt])).toEqual([[id, 0]])
  })

  it('one changed since it was deleted here comes back beside it, in sight, the trash keeping its own', async () => {
    const id = await createDraft({ agency: '丁局', year: 2024, agencyKind: 'department' })
    const file = await exportBackup()
    const rec = (await db.drafts.get(id))!
    await db.drafts.update(id, { report: { ...rec.report, title: '改过的标题' } })
    await trashDraft(id)
    expect(await importBackup(file)).toMatchObject({ added: 1, copies: 1, untrashed: 0 })
    const live = (await db.drafts.toArray()).filter((d) => d.deletedAt === 0 && d.report.agency === '丁局')
    expect(live).toHaveLength(1)
    expect(live[0].origin).toBe('从备份恢复')
  })

  it('a report of an agency here, its brackets typed full-width there and half-width here, comes in marked', async () => {
    await createDraft({ agency: '丁局(区人民防空办公室)', year: 2024, agencyKind: 'department' })
    const file = await exportBackup()
    await freshDb()
    await createDraft({ agency: '丁局（区人民防空办公室）', year: 2024, agencyKind: 'department' })
    expect((await importBackup(file)).copies).toBe(1)
    const restored = (await db.drafts.toArray()).find((d) => d.report.agency === '丁局(区人民防空办公室)')
    expect(restored?.origin).toBe('从备份恢复')
  })

  it('a report without a name is not marked as a copy of another nameless one here: nothing makes them one', async () => {
    await createDraft({ agency: '', year: 2024, agencyKind: 'department' })
    const file = await exportBackup()
    await freshDb()
    const other = await createDraft({ agency: '', year: 2024, agencyKind: 'department' })
    await db.drafts.update(other, {
      report: {
        ...(await db.drafts.get(other))!.report,
        sections: { ...emptyReport('2021', 2024, '', 'department').sections, overview: '别的报告' }
      }
    })
    const result = await importBackup(file)
    expect(result.copies).toBe(0)
    expect((await db.drafts.toArray()).filter((d) => d.origin === '从备份恢复')).toHaveLength(0)
  })

  it('a report like one here but with its own refused entries or dismissed warnings comes in beside it, marked', async () => {
    const [sample] = await db.drafts.toArray()
    await db.drafts.update(sample.id, {
      inputs: { 'requests:new.np': '12a' },
      dismissed: ['prose.partsSum|x']
    })
    const file = await exportBackup()
    await freshDb()
    expect(await importBackup(file)).toEqual(didRestore({ added: 1, copies: 1 }))
    const copy = (await db.drafts.toArray()).find((d) => d.inputs)!
    expect(copy).toMatchObject({
      origin: '从备份恢复',
      inputs: { 'requests:new.np': '12a' },
      dismissed: ['prose.partsSum|x']
    })
  })

  it('merges: what is already there is kept unchanged; a differing copy is added beside it', async () => {
    const { a } = await fill()
    const file = await exportBackup()
    await renameDraft(a, '甲局（改）')
    const extra = await createDraft({ agency: '丙局', year: 2024, agencyKind: 'department' })
    const mine = await contents()
    const result = await importBackup(file)
    // 甲局 differs (renamed here): the file's copy comes in under a new id; the other two are identical.
    expect(result).toEqual(didRestore({ added: 1, skipped: 2, copies: 1 }))
    const after = await contents()
    for (const d of mine.drafts) expect(after.drafts).toContainEqual(d)
    for (const r of mine.revisions) expect(after.revisions).toContainEqual(r)
    expect(after.drafts.map((d) => d.report.agency).sort()).toEqual(
      [...mine.drafts.map((d) => d.report.agency), '甲局'].sort()
    )
    const copies = after.drafts.filter((d) => d.report.agency === '甲局')
    expect(copies).toHaveLength(1)
    expect(copies[0].id).not.toBe(a)
    // The copy brought its history along under its new id.
    expect(after.revisions.filter((r) => r.draftId === copies[0].id).map((r) => r.name)).toEqual(['一稿'])
    expect(after.drafts.some((d) => d.id === extra)).toBe(true)
    // Importing the same file again adds nothing.
    expect(await importBackup(file)).toEqual(didRestore({ skipped: 3 }))
  })

  it.each<[string, (f: string) => string, RegExp]>([
    ['a truncated file', (f: string) => f.slice(0, Math.floor(f.length / 2)), /备份文件已损坏（文件不完整）/],
    ['a foreign JSON file', () => JSON.stringify({ hello: 'world' }), /不是本软件的备份文件/],
    [
      'a report file, not a backup',
      () => serializeReport(emptyReport('2021', 2024, '甲', 'department')),
      /是一份报告的 JSON 文件.*不是备份文件：请在首页用“导入已发布的报告”打开它/
    ],
    ['a file from a newer version', (f: string) => f.replace('"version": 2', '"version": 9'), /更新版本/],
    [
      'a file with a changed byte',
      (f: string) => f.replace('"new.np": 12', '"new.np": 13'),
      /已损坏（校验值不符）/
    ],
    [
      'a publication date that is not a date',
      (f: string) => {
        const doc = JSON.parse(f)
        doc.payload.drafts[0].report.published = '2025-13-01'
        return JSON.stringify(doc)
      },
      /已损坏.*published/
    ],
    ...(
      [
        ['its texts', (r: Record<string, unknown>) => delete r.sections],
        ['its agency', (r: Record<string, unknown>) => delete r.agency],
        ['a table', (r: { tables: Record<string, unknown> }) => delete r.tables.requests]
      ] as const
    ).map(
      ([part, cut]) =>
        [
          `a record without ${part} under a matching checksum`,
          (f: string) => {
            const doc = JSON.parse(f)
            cut(
              doc.payload.drafts.find((d: { report: { agency: string } }) => d.report.agency === '甲局')
                .report
            )
            return JSON.stringify(doc)
          },
          /已损坏/
        ] satisfies [string, (f: string) => string, RegExp]
    ),
    [
      'two versions under one id under a matching checksum',
      (f: string) => {
        const doc = JSON.parse(f)
        doc.payload.revisions[1].id = doc.payload.revisions[0].id
        return JSON.stringify(doc)
      },
      /备份文件已损坏（历史版本编号重复）/
    ],
    [
      'a damaged record under a matching checksum',
      (f: string) => {
        const doc = JSON.parse(f)
        doc.payload.drafts[0].report.tables = 'x'
        return JSON.stringify(doc)
      },
      /已损坏/
    ]
  ])('refuses %s with a Chinese message and leaves the database untouched', async (name, damage, message) => {
    await fill()
    const file = await exportBackup()
    await createDraft({ agency: '丁局', year: 2024, agencyKind: 'department' })
    const before = await contents()
    let text = damage(file)
    if (name.endsWith('under a matching checksum') || name.startsWith('a publication date')) {
      // Recompute the checksum so only the record validation can catch it.
      const { checksum } = await import('@renderer/drafts/backup')
      const doc = JSON.parse(text)
      doc.checksum = checksum(JSON.stringify(doc.payload))
      text = JSON.stringify(doc)
    }
    await expect(importBackup(text)).rejects.toThrow(message)
    await expect(importBackup(text)).rejects.toThrow(/数据库没有任何改动/)
    expect(await contents()).toEqual(before)
  })
})
