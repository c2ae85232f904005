// 备份全部报告 saves the backup through the bridge in pieces: joined they are the file exportBackup makes,
// none is larger than main takes, and a failure leaves the save given up.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MAX_SAVE_PIECE_BYTES, type AppApi } from '@shared/api'
import { emptyReport } from '@shared/model/report'
import { backupAll } from '@renderer/home/Backup'
import { PIECE_BYTES } from '@renderer/bridge/savePieces'
import { exportBackup } from '@renderer/drafts/backup'
import { db } from '@renderer/drafts/db'
import { freshDb, savesInMemory } from './helpers'

/** Versions enough for a backup of more than one piece: each report's 总体情况 is 60 KB of UTF-8. */
async function fill(): Promise<void> {
  const report = emptyReport('2021', 2024, '某某市某某局', 'department')
  report.sections.overview = '总体情况'.repeat(5000)
  await db.drafts.add({
    id: 'd',
    report,
    createdAt: 1,
    updatedAt: 2,
    deletedAt: 0,
    rev: 1,
    sample: false,
    errorCount: 0,
    warningCount: 0
  })
  const versions = Math.ceil((1.5 * PIECE_BYTES) / 60_000)
  await db.revisions.bulkAdd(
    Array.from({ length: versions }, (_, v) => ({
      id: `v${v}`,
      draftId: 'd',
      at: 10 + v,
      kind: 'auto' as const,
      report: { ...report, sections: { ...report.sections, other: `第${v}版` } }
    }))
  )
}

const install = (api: Partial<AppApi>) => ((window as unknown as { api: Partial<AppApi> }).api = api)

beforeEach(async () => {
  await freshDb()
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2025-01-20T09:00:00Z'))
})
afterEach(() => vi.useRealTimers())

describe('备份全部报告 in pieces', () => {
  it('writes pieces that joined are the backup file, each no larger than main takes', async () => {
    await fill()
    const memory = savesInMemory()
    install(memory.api)
    const said: string[] = []
    expect(await backupAll(() => said.push('正在备份'))).toBe('已备份到 /tmp/备份.json')
    const [save] = memory.saves
    expect(save!.req).toEqual({
      suggestedName: '年报编辑器备份-2025-01-20.json',
      filters: [{ name: '年报编辑器备份', extensions: ['json'] }],
      purpose: 'backup'
    })
    expect(said).toEqual(['正在备份'])
    expect(save!.pieces.length).toBeGreaterThan(1)
    for (const piece of save!.pieces) expect(piece.byteLength).toBeLessThanOrEqual(MAX_SAVE_PIECE_BYTES)
    expect(save!.committed).toBe(true)
    expect(memory.text()).toBe(await exportBackup())
  })

  it('a piece refused gives the save up and says why, as any failure is said', async () => {
    await fill()
    const memory = savesInMemory()
    install({
      ...memory.api,
      appendSave: async () =>
        Promise.reject(
          new Error(
            "Error invoking remote method 'file:saveAppend': Error: 文件过大（超过 4 GB），没有保存。"
          )
        )
    })
    expect(await backupAll()).toBe('操作失败：文件过大（超过 4 GB），没有保存。')
    expect(memory.saves[0]!.committed).toBe(false)
  })

  it('the dialog cancelled: nothing said, nothing ended', async () => {
    const memory = savesInMemory()
    const writing = vi.fn()
    install({ ...memory.api, beginSave: async () => null })
    expect(await backupAll(writing)).toBeUndefined()
    expect(writing).not.toHaveBeenCalled()
    expect(memory.saves).toEqual([])
  })
})
