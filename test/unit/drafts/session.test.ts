import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { checkReport, findingKey } from '@shared/checks'
import { emptyReport, type Report } from '@shared/model/report'
import { db, DraftsDb } from '@renderer/drafts/db'
import { listRevisions, restoreRevision } from '@renderer/drafts/history'
import { AUTO_REVISION_MS, SAVE_DELAY_MS, SessionController } from '@renderer/drafts/session'
import {
  createDraft,
  createDraftFromReport,
  createFromLastYear,
  renameDraft,
  trashDraft
} from '@renderer/drafts/store'
import { freshDb } from './helpers'

/** Let IndexedDB (setImmediate-driven in fake-indexeddb) and Dexie finish what is pending. */
async function drain(rounds = 30) {
  for (let i = 0; i < rounds; i++) await new Promise((ok) => setImmediate(ok))
}
const stored = async (id: string) => (await db.drafts.get(id))!.report
const withOverview = (r: Report, text: string): Report => ({
  ...r,
  sections: { ...r.sections, overview: text }
})

let open: SessionController[] = []
async function session(id: string) {
  const s = await SessionController.open(id)
  open.push(s)
  return s
}

beforeEach(async () => {
  await freshDb()
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
})
afterEach(async () => {
  vi.useRealTimers()
  for (const s of open) await s.close()
  open = []
})

const newDraft = () => createDraft({ agency: '某某局', year: 2024, agencyKind: 'department' })

describe('autosave', () => {
  it('persists a change no later than SAVE_DELAY_MS after it, not before', async () => {
    const id = await newDraft()
    const s = await session(id)
    s.update(withOverview(s.getSnapshot().report, '一'))
    expect(s.getSnapshot().saveState).toBe('saving')
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 20)
    await drain()
    expect((await stored(id)).sections.overview).toBe('')
    await vi.advanceTimersByTimeAsync(20)
    await drain()
    expect((await stored(id)).sections.overview).toBe('一')
    expect(s.getSnapshot().saveState).toBe('saved')
  })

  it('steady typing cannot postpone the save: every change is stored within SAVE_DELAY_MS + one write', async () => {
    const id = await newDraft()
    const s = await session(id)
    let text = ''
    for (let i = 0; i < 20; i++) {
      text += '字'
      s.update(withOverview(s.getSnapshot().report, text))
      await vi.advanceTimersByTimeAsync(50)
      await drain()
      const saved = (await stored(id)).sections.overview
      // Whatever was typed SAVE_DELAY_MS (that many 50 ms keystrokes) ago is stored.
      expect(saved.length).toBeGreaterThanOrEqual(Math.max(0, text.length - SAVE_DELAY_MS / 50))
    }
  })

  it('flush writes at once, and the stored counts come from the checks', async () => {
    const id = await newDraft()
    const s = await session(id)
    const report = withOverview(s.getSnapshot().report, '本年度主动公开政府信息')
    s.update(report)
    await s.flush()
    const rec = (await db.drafts.get(id))!
    expect(rec.report.sections.overview).toBe('本年度主动公开政府信息')
    const findings = checkReport(report)
    expect(rec.errorCount).toBe(findings.filter((f) => f.severity === 'error').length)
    expect(rec.warningCount).toBe(findings.filter((f) => f.severity === 'warning').length)
  })

  it('a failed write is shown, the draft kept in memory, and retried until it succeeds', async () => {
    const id = await newDraft()
    const s = await session(id)
    const put = vi.spyOn(db.drafts, 'put')
    const full = () => Dexie.Promise.reject(new DOMException('full', 'QuotaExceededError'))
    put.mockImplementationOnce(full).mockImplementationOnce(full)
    s.update(withOverview(s.getSnapshot().report, '不能丢'))
    await s.flush()
    expect(s.getSnapshot().saveState).toBe('error')
    expect(s.getSnapshot().saveError).toMatch(/^保存失败：磁盘空间不足.*正在重试/)
    expect(s.current().sections.overview).toBe('不能丢')
    expect((await stored(id)).sections.overview).toBe('')
    // Typing goes on while failing; the retry writes the latest content.
    s.update(withOverview(s.getSnapshot().report, '不能丢，继续'))
    await vi.advanceTimersByTimeAsync(500) // first retry: fails again
    await drain()
    expect(s.getSnapshot().saveState).toBe('error')
    await vi.advanceTimersByTimeAsync(1000) // second retry: succeeds
    await drain()
    expect(s.getSnapshot().saveState).toBe('saved')
    expect((await stored(id)).sections.overview).toBe('不能丢，继续')
    put.mockRestore()
  })
})

describe('durability', () => {
  it('the drafts database asks IndexedDB to confirm a write only once it is on the disk', async () => {
    // Chromium relaxes that by default: a confirmed write could go with the power or the OS.
    const asked: unknown[] = []
    const real = IDBDatabase.prototype.transaction
    // Dexie binds the database's transaction() when it opens: watched before this one opens.
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
      this: IDBDatabase,
      ...args: Parameters<typeof real>
    ) {
      asked.push(args[2])
      return real.apply(this, args)
    })
    const other = new DraftsDb('xxgk-durability-test')
    try {
      await other.meta.put({ key: 'k', value: 1 })
      expect(await other.meta.get('k')).toEqual({ key: 'k', value: 1 })
    } finally {
      spy.mockRestore()
      other.close()
    }
    expect(asked).toContainEqual({ durability: 'strict' })
  })
})

describe('leaving while the database refuses the last changes', () => {
  const full = () => Dexie.Promise.reject(new DOMException('full', 'QuotaExceededError'))

  it('flush says whether all is stored, and unsaved() what is pending', async () => {
    const id = await newDraft()
    const s = await session(id)
    expect(s.unsaved()).toBe(false)
    const put = vi.spyOn(db.drafts, 'put').mockImplementationOnce(full)
    s.update(withOverview(s.getSnapshot().report, '待保存'))
    expect(s.unsaved()).toBe(true)
    expect(await s.flush()).toBe(false)
    expect(s.unsaved()).toBe(true)
    await vi.advanceTimersByTimeAsync(500) // the retry succeeds
    await drain()
    expect(s.unsaved()).toBe(false)
    expect(await s.flush()).toBe(true)
    put.mockRestore()
  })

  it('a session closed with changes unwritten keeps retrying, and another opens the draft as stored after', async () => {
    const id = await newDraft()
    const s = await session(id)
    const put = vi.spyOn(db.drafts, 'put').mockImplementation(full)
    s.update(withOverview(s.getSnapshot().report, '关闭前打的字'))
    await s.close()
    expect((await stored(id)).sections.overview).toBe('')
    // it still holds the draft: a window opening it now reads it only, and cannot write over what waits
    const later = await session(id)
    expect(later.getSnapshot().readOnly).toBe(true)
    await vi.advanceTimersByTimeAsync(500 + 1000 + 2000) // three retries, all refused
    await drain()
    expect((await stored(id)).sections.overview).toBe('')
    put.mockRestore() // the disk has room again
    await vi.advanceTimersByTimeAsync(4000)
    await drain()
    expect((await stored(id)).sections.overview).toBe('关闭前打的字')
    // then it lets go of the draft: a window opening it now writes, from the text it kept
    // (in a browser the read-only one takes over by its queued Web Lock; the registry used here has none)
    await later.close()
    const again = await session(id)
    expect(again.getSnapshot().readOnly).toBe(false)
    expect(again.getSnapshot().report.sections.overview).toBe('关闭前打的字')
  })

  it('opens the database again when a full disk closed it, and saves once there is room', async () => {
    const id = await newDraft()
    const s = await session(id)
    // the engine closes the connection, and opening it fails while the disk is full
    db.close()
    const open = vi.spyOn(db, 'open').mockRejectedValueOnce(new DOMException('full', 'AbortError'))
    s.update(withOverview(s.getSnapshot().report, '磁盘满时打的字'))
    expect(await s.flush()).toBe(false)
    expect(s.getSnapshot().saveError).toContain('写入被中止（常见原因是磁盘空间不足）')
    await vi.advanceTimersByTimeAsync(500) // the retry opens it again, and saves
    await drain()
    expect(s.getSnapshot().saveState).toBe('saved')
    expect((await stored(id)).sections.overview).toBe('磁盘满时打的字')
    open.mockRestore()
  })

  it('does not open a draft in the trash (an address kept from before), but says where it is', async () => {
    const id = await newDraft()
    await trashDraft(id)
    await expect(SessionController.open(id)).rejects.toThrow(
      '这份报告已删除，在首页的“回收站”中；要继续编辑，请先在回收站中恢复它。'
    )
  })

  it('names database errors in Chinese: its own message is English', async () => {
    const { describeError } = await import('@renderer/drafts/session')
    expect(describeError(new DOMException('full', 'QuotaExceededError'))).toBe('磁盘空间不足')
    expect(describeError(new DOMException('aborted', 'AbortError'))).toBe(
      '写入被中止（常见原因是磁盘空间不足）'
    )
    expect(
      describeError(
        new DOMException(
          "Failed to execute 'put' on 'IDBObjectStore': The transaction has finished.",
          'TransactionInactiveError'
        )
      )
    ).toBe('本地数据库出错（TransactionInactiveError）')
    expect(describeError(new Error('找不到这份报告，它可能已被删除。'))).toBe(
      '找不到这份报告，它可能已被删除。'
    )
    expect(describeError(new Error('Unexpected end of JSON input'))).toBe('未知错误')
  })
})

describe('dismissed warnings', () => {
  it('are written with the draft, left out of its counts, and opened with it again', async () => {
    const id = await newDraft()
    const s = await session(id)
    const report = withOverview(s.getSnapshot().report, '共受理申请42条，其中网上申请40条，书面申请4条。')
    s.update(report)
    await s.flush()
    const before = (await db.drafts.get(id))!
    const warning = checkReport(report).find((f) => f.rule === 'prose.partsSum')!
    s.setDismissed([findingKey(warning)])
    await s.flush()
    const after = (await db.drafts.get(id))!
    expect(after.dismissed).toEqual([findingKey(warning)])
    expect(after.warningCount).toBe(before.warningCount - 1)
    expect(after.errorCount).toBe(before.errorCount)
    s.close()
    const again = await session(id)
    expect(again.getSnapshot().dismissed).toEqual([findingKey(warning)])
  })
})

describe('two windows on one draft', () => {
  it('the second is read-only, cannot write, and follows what the first saves', async () => {
    vi.useRealTimers() // Dexie's live queries run on real timers
    const id = await newDraft()
    const a = await session(id)
    const b = await session(id)
    expect(a.getSnapshot().readOnly).toBe(false)
    expect(b.getSnapshot().readOnly).toBe(true)
    b.update(withOverview(b.getSnapshot().report, 'B 写的'))
    await b.flush()
    expect((await stored(id)).sections.overview).toBe('')
    const v = b.getSnapshot().version
    a.update(withOverview(a.getSnapshot().report, 'A 写的'))
    await a.flush()
    await vi.waitFor(() => expect(b.getSnapshot().version).toBeGreaterThan(v))
    expect(b.getSnapshot().report.sections.overview).toBe('A 写的')
  })

  it('nothing is overwritten silently: a write by someone else is kept as a revision', async () => {
    const id = await newDraft()
    const s = await session(id)
    s.update(withOverview(s.getSnapshot().report, '本窗口'))
    const rec = (await db.drafts.get(id))!
    await db.drafts.put({ ...rec, rev: rec.rev + 1, report: withOverview(rec.report, '别处写的') })
    await s.flush()
    expect((await stored(id)).sections.overview).toBe('本窗口')
    const conflict = (await listRevisions(db, id)).find((r) => r.kind === 'conflict')
    expect(conflict?.report.sections.overview).toBe('别处写的')
  })

  it('also when no automatic revision is due (the save widens its transaction to keep the other version)', async () => {
    const id = await newDraft()
    const s = await session(id)
    s.update(withOverview(s.getSnapshot().report, '第一次保存'))
    await s.flush() // the first save keeps the opened state; the next automatic one is 5 minutes away
    s.update(withOverview(s.getSnapshot().report, '本窗口'))
    const rec = (await db.drafts.get(id))!
    await db.drafts.put({ ...rec, rev: rec.rev + 1, report: withOverview(rec.report, '别处写的') })
    await s.flush()
    expect((await stored(id)).sections.overview).toBe('本窗口')
    const kinds = (await listRevisions(db, id)).map((r) => [r.kind, r.report.sections.overview])
    expect(kinds).toContainEqual(['conflict', '别处写的'])
    expect(s.getSnapshot().saveState).toBe('saved')
  })
})

describe('history', () => {
  it('keeps an automatic revision every 5 minutes of editing', async () => {
    const id = await newDraft()
    const s = await session(id)
    const type = async (t: string) => {
      s.update(withOverview(s.getSnapshot().report, t))
      await s.flush()
    }
    await type('a') // first save: the state as opened is kept
    await type('ab')
    expect((await listRevisions(db, id)).map((r) => r.report.sections.overview)).toEqual([''])
    await vi.advanceTimersByTimeAsync(AUTO_REVISION_MS)
    await type('abc')
    expect((await listRevisions(db, id)).map((r) => [r.kind, r.report.sections.overview])).toEqual([
      ['auto', 'ab'],
      ['auto', '']
    ])
  })

  it('reads when the last revision was made: a draft reopened soon after one gets no automatic revision', async () => {
    const id = await newDraft()
    const first = await session(id)
    first.update(withOverview(first.getSnapshot().report, '上次'))
    await first.flush() // the first save keeps the opened state as an automatic revision
    first.close()
    await vi.advanceTimersByTimeAsync(AUTO_REVISION_MS / 2)
    const again = await session(id)
    again.update(withOverview(again.getSnapshot().report, '这次'))
    await again.flush()
    expect((await listRevisions(db, id)).map((r) => r.kind)).toEqual(['auto'])
    again.close()
    // Well past the interval (revision stamps only increase, so earlier tests' clocks may be ahead).
    await vi.advanceTimersByTimeAsync(AUTO_REVISION_MS * 4)
    const later = await session(id)
    later.update(withOverview(later.getSnapshot().report, '很久以后'))
    await later.flush()
    expect((await listRevisions(db, id)).map((r) => [r.kind, r.report.sections.overview])).toEqual([
      ['auto', '这次'],
      ['auto', '']
    ])
  })

  it('a named snapshot stores the latest content', async () => {
    const id = await newDraft()
    const s = await session(id)
    s.update(withOverview(s.getSnapshot().report, '快照内容'))
    await s.snapshot('报送前')
    const [snap] = await listRevisions(db, id)
    expect(snap).toMatchObject({ kind: 'snapshot', name: '报送前' })
    expect(snap.report.sections.overview).toBe('快照内容')
  })

  it('restoring bumps the session version, and is itself undoable', async () => {
    const id = await newDraft()
    const s = await session(id)
    s.update(withOverview(s.getSnapshot().report, '第一稿'))
    await s.snapshot('一稿')
    s.update(withOverview(s.getSnapshot().report, '第二稿'))
    await s.flush()
    const first = (await listRevisions(db, id)).find((r) => r.kind === 'snapshot')!
    const v = s.getSnapshot().version
    await restoreRevision(id, first.id)
    expect(s.getSnapshot().version).toBe(v + 1)
    expect(s.getSnapshot().report.sections.overview).toBe('第一稿')
    expect((await stored(id)).sections.overview).toBe('第一稿')
    const before = (await listRevisions(db, id)).find((r) => r.kind === 'before-restore')!
    expect(before.report.sections.overview).toBe('第二稿')
    await restoreRevision(id, before.id)
    expect(s.getSnapshot().report.sections.overview).toBe('第二稿')
    expect(s.getSnapshot().version).toBe(v + 2)
  })

  it('what is typed while a restore is on its way is kept as a 恢复前 version, not lost', async () => {
    const id = await newDraft()
    const s = await session(id)
    s.update(withOverview(s.getSnapshot().report, '第一稿'))
    await s.snapshot('一稿')
    const first = (await listRevisions(db, id)).find((r) => r.kind === 'snapshot')!
    const restoring = restoreRevision(id, first.id)
    // typed after the restore has written what was pending, before it replaces the text
    s.update(withOverview(s.getSnapshot().report, '第一稿，正在打的字'))
    await restoring
    expect(s.getSnapshot().report.sections.overview).toBe('第一稿')
    const kept = (await listRevisions(db, id)).filter((r) => r.kind === 'before-restore')
    expect(kept.map((r) => r.report.sections.overview)).toContain('第一稿，正在打的字')
  })

  it('what was typed and refused goes with its version: undoing a restore brings it back', async () => {
    const id = await newDraft()
    const s = await session(id)
    s.update(withOverview(s.getSnapshot().report, '第一稿'))
    await s.snapshot('一稿')
    s.setInputs({ 'requests:new.np': '12a' })
    await s.flush()
    const first = (await listRevisions(db, id)).find((r) => r.kind === 'snapshot')!
    await restoreRevision(id, first.id)
    // the version restored had none
    expect((await db.drafts.get(id))!.inputs).toBeUndefined()
    expect(s.getSnapshot().inputs).toEqual({})
    const before = (await listRevisions(db, id)).find((r) => r.kind === 'before-restore')!
    expect(before.inputs).toEqual({ 'requests:new.np': '12a' })
    await restoreRevision(id, before.id)
    expect((await db.drafts.get(id))!.inputs).toEqual({ 'requests:new.np': '12a' })
    expect(s.getSnapshot().inputs).toEqual({ 'requests:new.np': '12a' })
    // counted as an error, as the editor counts it
    expect((await db.drafts.get(id))!.errorCount).toBeGreaterThan(0)
  })
})

describe('last year', () => {
  it('gives the session last year’s report, and the stored counts include the cross-year checks', async () => {
    const last = emptyReport('2021', 2023, '某区人民政府', 'government')
    last.tables.requests['next.np'] = 3
    const lastId = await createDraftFromReport(last, '导入')
    const { id } = await createFromLastYear(lastId)
    const s = await session(id)
    expect(s.getSnapshot().lastYear?.year).toBe(2023)
    expect(s.getSnapshot().report.tables.requests['carry.np']).toBe(3)
    const before = (await db.drafts.get(id))!.errorCount
    const r = s.getSnapshot().report
    s.update({ ...r, tables: { ...r.tables, requests: { ...r.tables.requests, 'carry.np': 5 } } })
    await s.flush()
    const findings = checkReport(s.current(), last)
    expect(findings.some((f) => f.rule === 'requests.carryOver')).toBe(true)
    expect((await db.drafts.get(id))!.errorCount).toBe(findings.filter((f) => f.severity === 'error').length)
    expect((await db.drafts.get(id))!.errorCount).toBeGreaterThan(before)
  })

  it('follows last year’s report edited in another window, without editing this one', async () => {
    vi.useRealTimers() // Dexie's live queries run on real timers
    const last = emptyReport('2021', 2023, '某区人民政府', 'government')
    last.tables.requests['next.np'] = 3
    const lastId = await createDraftFromReport(last, '导入')
    const { id } = await createFromLastYear(lastId)
    const s = await session(id)
    const rev = (await db.drafts.get(id))!.rev
    const edited = structuredClone(last)
    edited.tables.requests['next.np'] = 7
    await db.drafts.update(lastId, { report: edited })
    await vi.waitFor(() => expect(s.getSnapshot().lastYear?.tables.requests['next.np']).toBe(7))
    expect(
      checkReport(s.current(), s.getSnapshot().lastYear).some((f) => f.rule === 'requests.carryOver')
    ).toBe(true)
    expect((await db.drafts.get(id))!.rev).toBe(rev)
  })

  it('no longer uses last year’s report once it is deleted: the agency’s live one serves, else none', async () => {
    const last = emptyReport('2021', 2023, '某区人民政府', 'government')
    last.tables.requests['next.np'] = 5
    const lastId = await createDraftFromReport(last, '导入')
    const { id } = await createFromLastYear(lastId)
    await trashDraft(lastId)
    expect((await session(id)).getSnapshot().lastYear).toBeUndefined()
    await open.pop()!.close()
    const again = structuredClone(last)
    again.tables.requests['next.np'] = 9
    await createDraftFromReport(again, '导入')
    expect((await session(id)).getSnapshot().lastYear?.tables.requests['next.np']).toBe(9)
    await open.pop()!.close()
    // Purged from the trash: the same.
    await db.drafts.delete(lastId)
    expect((await session(id)).getSnapshot().lastYear?.tables.requests['next.np']).toBe(9)
  })

  it('restoring 改名前 counts the restored report against its own agency’s last year', async () => {
    const last = emptyReport('2021', 2023, '甲局', 'department')
    last.tables.requests['next.np'] = 3
    await createDraftFromReport(last, '导入')
    const now = emptyReport('2021', 2024, '甲局', 'department')
    now.tables.requests['carry.np'] = 5 // 上年结转 5 against last year's 结转下年度 3
    const id = await createDraftFromReport(now, '导入')
    await renameDraft(id, '乙局')
    const before = (await listRevisions(db, id)).find((r) => r.kind === 'before-rename')!
    await restoreRevision(id, before.id)
    const d = (await db.drafts.get(id))!
    expect(d.report.agency).toBe('甲局')
    expect(d.errorCount).toBe(checkReport(d.report, last).filter((f) => f.severity === 'error').length)
  })

  it('follows last year’s report moved to the trash while this one is open', async () => {
    vi.useRealTimers() // Dexie's live queries run on real timers
    const last = emptyReport('2021', 2023, '某区人民政府', 'government')
    last.tables.requests['next.np'] = 5
    const lastId = await createDraftFromReport(last, '导入')
    const { id } = await createFromLastYear(lastId)
    const s = await session(id)
    expect(s.getSnapshot().lastYear?.tables.requests['next.np']).toBe(5)
    await trashDraft(lastId)
    await vi.waitFor(() => expect(s.getSnapshot().lastYear).toBeUndefined())
  })

  it('finds the same agency’s report on the year before when the draft was not made from it', async () => {
    const last = emptyReport('2021', 2023, '某区人民政府', 'government')
    last.tables.requests['next.np'] = 3
    await createDraftFromReport(last, '导入')
    await createDraftFromReport(emptyReport('2021', 2023, '别的区人民政府', 'government'), '导入')
    const id = await createDraft({ agency: '某区人民政府', year: 2024, agencyKind: 'government' })
    const other = await createDraft({ agency: '某区人民政府', year: 2022, agencyKind: 'government' })
    expect((await session(id)).getSnapshot().lastYear?.tables.requests['next.np']).toBe(3)
    expect((await session(other)).getSnapshot().lastYear).toBeUndefined()
  })
})

describe('changes a page could not write before it went', () => {
  // The page's storage, as a browser has it.
  const entries = new Map<string, string>()
  beforeEach(() => {
    entries.clear()
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => entries.get(k) ?? null,
      setItem: (k: string, v: string) => void entries.set(k, v),
      removeItem: (k: string) => void entries.delete(k)
    })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('are kept in the page’s storage as it goes unsaved, not when all is saved', async () => {
    const id = await newDraft()
    const s = await session(id)
    s.keepUnsaved()
    expect(entries.size).toBe(0)
    const put = vi
      .spyOn(db.drafts, 'put')
      .mockImplementation(() => Dexie.Promise.reject(new DOMException('full', 'QuotaExceededError')))
    s.update(withOverview(s.getSnapshot().report, '关页前打的字'))
    s.keepUnsaved()
    const kept = JSON.parse(entries.get(`xxgk:unsaved:${id}`)!) as { report: Report }
    expect(kept.report.sections.overview).toBe('关页前打的字')
    put.mockRestore()
    // once on the disk, the copy goes
    expect(await s.flush()).toBe(true)
    expect(entries.size).toBe(0)
  })

  it('are taken by the next window on the draft, when the disk has nothing newer, and saved', async () => {
    const id = await newDraft()
    const { rev, report } = (await db.drafts.get(id))!
    entries.set(
      `xxgk:unsaved:${id}`,
      JSON.stringify({
        base: rev,
        report: withOverview(report, '没来得及保存的字'),
        dismissed: [],
        inputs: {}
      })
    )
    const s = await session(id)
    expect(s.getSnapshot().report.sections.overview).toBe('没来得及保存的字')
    expect(await s.flush()).toBe(true)
    expect((await stored(id)).sections.overview).toBe('没来得及保存的字')
    expect(entries.size).toBe(0)
  })

  it('are dropped when the disk holds a newer write than the one they were typed over', async () => {
    const id = await newDraft()
    const rec = (await db.drafts.get(id))!
    await db.drafts.put({ ...rec, rev: rec.rev + 2, report: withOverview(rec.report, '后来保存的') })
    entries.set(
      `xxgk:unsaved:${id}`,
      JSON.stringify({ base: rec.rev, report: withOverview(rec.report, '旧的'), dismissed: [], inputs: {} })
    )
    const s = await session(id)
    expect(s.getSnapshot().report.sections.overview).toBe('后来保存的')
    expect(entries.size).toBe(0)
  })
})
