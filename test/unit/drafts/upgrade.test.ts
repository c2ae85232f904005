import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { DraftsDb, SCHEMA_V1 } from '@renderer/drafts/db'
import { checkReport } from '@shared/checks'
import { emptyReport } from '@shared/model/report'

describe('schema upgrade', () => {
  it('opens a version-1 database with the current code: nothing lost, new fields filled in', async () => {
    const name = 'upgrade-test'
    // Version 1 exactly as released, written by raw Dexie.
    const v1 = new Dexie(name)
    v1.version(1).stores(SCHEMA_V1)
    await v1.open()
    const reports = [0, 1, 2].map((i) => {
      const r = emptyReport('2021', 2022 + i, `第${i}局`, 'department')
      r.tables.requests['new.np'] = i * 10
      r.sections.overview = `第${i}稿`
      return r
    })
    await v1
      .table('drafts')
      .bulkAdd(
        reports.map((report, i) => ({ id: `d${i}`, report, createdAt: 1000 + i, updatedAt: 2000 + i }))
      )
    await v1.table('revisions').bulkAdd([
      { id: 'r0', draftId: 'd0', at: 1500, kind: 'snapshot', name: '初稿', report: reports[0] },
      { id: 'r1', draftId: 'd0', at: 1600, kind: 'auto', report: reports[1] },
      { id: 'r2', draftId: 'd2', at: 1700, kind: 'auto', report: reports[2] }
    ])
    v1.close()

    const db = new DraftsDb(name)
    await db.open()
    expect(db.verno).toBe(2)
    const drafts = await db.drafts.orderBy('id').toArray()
    expect(drafts).toHaveLength(3) // no sample added: populate runs only for a new database
    drafts.forEach((d, i) => {
      expect(d.report).toEqual(reports[i])
      expect(d).toMatchObject({
        id: `d${i}`,
        createdAt: 1000 + i,
        updatedAt: 2000 + i,
        deletedAt: 0,
        rev: 1,
        sample: false
      })
      const f = checkReport(reports[i])
      expect(d.errorCount).toBe(f.filter((x) => x.severity === 'error').length)
      expect(d.warningCount).toBe(f.filter((x) => x.severity === 'warning').length)
    })
    // The v2 indexes work on upgraded data.
    expect(await db.drafts.where('deletedAt').equals(0).count()).toBe(3)
    const d0 = await db.revisions.where('[draftId+at]').between(['d0', 0], ['d0', Infinity]).toArray()
    expect(d0.map((r) => [r.id, r.name, r.report.sections.overview])).toEqual([
      ['r0', '初稿', '第0稿'],
      ['r1', undefined, '第1稿']
    ])
    expect(await db.revisions.count()).toBe(3)
    db.close()
  })
})
