import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { emptyReport, type Report } from '@shared/model/report'
import { db } from '@renderer/drafts/db'
import { addRevision } from '@renderer/drafts/history'
import { DB_NAME, SCHEMA_V1 } from '@renderer/drafts/schema'
import { SessionController } from '@renderer/drafts/session'
import { pickLastYear, startOpening, takeStartup, type Startup } from '@renderer/drafts/startup'
import { createDraft, createDraftFromReport, createFromLastYear, trashDraft } from '@renderer/drafts/store'
import type { DraftRecord } from '@renderer/drafts/types'
import { freshDb } from './helpers'

const report = (agency: string, year: number, overview = ''): Report => ({
  ...emptyReport('2021', year, agency, 'department'),
  sections: { ...emptyReport('2021', year, agency, 'department').sections, overview }
})
const record = (id: string, r: Report, updatedAt: number, deletedAt = 0): DraftRecord => ({
  id,
  report: r,
  createdAt: 0,
  updatedAt,
  deletedAt,
  rev: 1,
  sample: false,
  errorCount: 0,
  warningCount: 0
})

let sessions: SessionController[] = []
let startups: Startup[] = []
/** Start as the page does, remembered so the test's end lets go of the lock. */
const start = (id: string): Startup => {
  const s = startOpening(id)
  startups.push(s)
  return s
}
beforeEach(freshDb)
afterEach(async () => {
  for (const s of sessions) await s.close()
  for (const s of startups) {
    takeStartup(s.id)
    ;(await s.lock).release()
  }
  sessions = []
  startups = []
})

describe('pickLastYear', () => {
  const own = record('own', report('某某 市 教育局', 2024), 0)
  it('takes the same agency (spacing aside) on the year before, the most recently edited', () => {
    const older = record('a', report('某某市教育局', 2023, '旧'), 10)
    const newer = record('b', report('某某市 教育局', 2023, '新'), 20)
    expect(pickLastYear(own, [older, own, newer])?.sections.overview).toBe('新')
  })
  it('skips other agencies, other years, the draft itself and drafts in the trash', () => {
    const candidates = [
      own,
      record('c', report('某某市财政局', 2023), 30),
      record('d', report('某某市教育局', 2022), 30),
      record('e', report('某某市教育局', 2023), 30, 99)
    ]
    expect(pickLastYear(own, candidates)).toBeUndefined()
  })
  it('takes the agency written with or without the city above it, the name as written this year first', () => {
    const district = record('own', report('淮安市洪泽区人民政府', 2024), 0)
    const short = record('s', report('洪泽区人民政府', 2023, '简称'), 50)
    expect(pickLastYear(district, [district, short])?.sections.overview).toBe('简称')
    const exact = record('e', report('淮安市洪泽区人民政府', 2023, '全称'), 10)
    expect(pickLastYear(district, [district, short, exact])?.sections.overview).toBe('全称')
    // and the other way round, under a province and a city
    const own2 = record('own2', report('洪泽区人民政府', 2024), 0)
    const long = record('l', report('江苏省淮安市洪泽区人民政府', 2023, '省市'), 1)
    expect(pickLastYear(own2, [own2, long])?.sections.overview).toBe('省市')
  })
  it('does not take a name cut short to a kind of office, nor one under a district', () => {
    const city = record('own', report('淮安市人民政府', 2024), 0)
    expect(pickLastYear(city, [city, record('a', report('人民政府', 2023), 1)])).toBeUndefined()
    expect(pickLastYear(city, [city, record('b', report('市人民政府', 2023), 1)])).toBeUndefined()
    const bureau = record('own3', report('洪泽区交通运输局', 2024), 0)
    expect(pickLastYear(bureau, [bureau, record('c', report('交通运输局', 2023), 1)])).toBeUndefined()
    expect(pickLastYear(bureau, [bureau, record('d', report('淮安市交通运输局', 2023), 1)])).toBeUndefined()
  })
  it('finds nothing for a draft with no agency yet', () => {
    const blank = record('x', report('  ', 2024), 0)
    expect(pickLastYear(blank, [record('y', report('  ', 2023), 1)])).toBeUndefined()
  })
})

describe('the startup read', () => {
  it('reads the draft, last year’s report and the latest revision time in one go, before Dexie is used', async () => {
    const last = await createDraftFromReport(report('某某局', 2023, '上年'), '导入')
    const { id } = await createFromLastYear(last)
    await addRevision(id, (await db.drafts.get(id))!.report, 'snapshot', '一稿', 5000)
    await addRevision(id, (await db.drafts.get(id))!.report, 'auto', undefined, 7000)
    const expected = (await db.drafts.get(id))!.report
    db.close() // the startup read must not need Dexie's connection

    const started = start(id)
    const read = await started.read
    expect(read?.record.id).toBe(id)
    expect(read?.record.report).toEqual(expected)
    expect(read?.lastYear?.sections.overview).toBe('上年')
    expect(read?.lastRevisionAt).toBe(7000)
    expect((await started.lock).held).toBe(true)
  })

  it('without a link to last year, finds the same agency’s report of the year before', async () => {
    await createDraftFromReport(report('某某局', 2023, '去年那份'), '导入')
    const id = await createDraft({ agency: '某某局', year: 2024, agencyKind: 'department' })
    const read = await start(id).read
    expect(read?.lastYear?.sections.overview).toBe('去年那份')
    expect(read?.lastRevisionAt).toBe(0)
  })

  it('with its last year’s report deleted, finds the same agency’s live one instead', async () => {
    const last = await createDraftFromReport(report('某某局', 2023, '删掉的那份'), '导入')
    const { id } = await createFromLastYear(last)
    await trashDraft(last)
    expect((await start(id).read)?.lastYear).toBeUndefined()
    takeStartup(id)
    ;(await startups.pop()!.lock).release()
    await createDraftFromReport(report('某某局', 2023, '重新导入的那份'), '导入')
    expect((await start(id).read)?.lastYear?.sections.overview).toBe('重新导入的那份')
  })

  it('answers nothing for a draft that is not stored, or is in the trash (the session then says so)', async () => {
    expect(await start('missing').read).toBeUndefined()
    const id = await createDraft({ agency: '某某局', year: 2024, agencyKind: 'department' })
    await trashDraft(id)
    expect(await start(id).read).toBeUndefined()
  })

  it('creates no database where there is none, so Dexie still creates it with its sample', async () => {
    db.close()
    await db.delete()
    expect(await start('any').read).toBeUndefined()
    expect(await Dexie.exists(DB_NAME)).toBe(false)
    await db.open()
    expect(await db.drafts.filter((d) => d.sample).count()).toBe(1)
  })

  it('leaves an older schema to Dexie, which then upgrades it as usual', async () => {
    db.close()
    await db.delete()
    const v1 = new Dexie(DB_NAME)
    v1.version(1).stores(SCHEMA_V1)
    await v1.open()
    await v1.table('drafts').add({ id: 'old', report: report('某某局', 2023), createdAt: 1, updatedAt: 2 })
    v1.close()
    expect(await start('old').read).toBeUndefined()
    await db.open()
    expect(db.verno).toBe(2)
    expect((await db.drafts.get('old'))?.deletedAt).toBe(0)
  })

  it('is handed over once, and only to the draft it was started for', async () => {
    const id = await createDraft({ agency: '某某局', year: 2024, agencyKind: 'department' })
    start(id)
    expect(takeStartup('other')).toBeUndefined()
    expect(takeStartup(id)?.id).toBe(id)
    expect(takeStartup(id)).toBeUndefined()
  })
})

describe('a session opened from the startup read', () => {
  it('starts from what was read at startup, then adopts a newer stored version once it watches', async () => {
    const id = await createDraft({ agency: '某某局', year: 2024, agencyKind: 'department' })
    await start(id).read
    // Another window writes after the startup read.
    const stored = (await db.drafts.get(id))!
    await db.drafts.put({ ...stored, rev: stored.rev + 1, report: report('某某局', 2024, '别处写的') })

    const s = await SessionController.open(id)
    sessions.push(s)
    expect(s.getSnapshot().report.sections.overview).toBe('')
    expect(s.getSnapshot().readOnly).toBe(false)
    // The watch starts a moment after opening; a busy machine may take longer.
    await vi.waitFor(() => expect(s.getSnapshot().report.sections.overview).toBe('别处写的'), {
      timeout: 3000
    })
  })

  it('falls back to reading through Dexie when the startup read found nothing, keeping the startup lock', async () => {
    db.close()
    await db.delete()
    expect(await start('later').read).toBeUndefined()
    await db.open()
    await db.drafts.put(record('later', report('某某局', 2024, '后来才有'), 1))
    const s = await SessionController.open('later')
    sessions.push(s)
    expect(s.getSnapshot().report.sections.overview).toBe('后来才有')
    // Asking for the lock a second time would have found it taken (by this page) and opened read-only.
    expect(s.getSnapshot().readOnly).toBe(false)
  })
})
