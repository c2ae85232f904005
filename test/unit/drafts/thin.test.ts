// A long editing session's automatic versions, one each 5 minutes, are thinned as the history grows:
// recent ones all kept, then one an hour, then one a day; named snapshots and every other kind kept.
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { emptyReport } from '@shared/model/report'
import { db } from '@renderer/drafts/db'
import { KEEP_ALL_MS, KEEP_HOURLY_MS, listRevisions, THIN_OVER, thinHistory } from '@renderer/drafts/history'
import { AUTO_REVISION_MS, SessionController } from '@renderer/drafts/session'
import { createDraft } from '@renderer/drafts/store'
import type { RevisionRecord } from '@renderer/drafts/types'
import { freshDb } from './helpers'

const HOUR = 60 * 60 * 1000
const NOW = new Date(2025, 2, 10, 12, 0).getTime()
const VERSIONS = 2000

/** 2000 versions 5 minutes apart up to `end`, every 25th a named snapshot, one before an import. */
async function longSession(draftId: string, end = NOW): Promise<RevisionRecord[]> {
  const report = emptyReport('2021', 2024, '某某局', 'department')
  const rows: RevisionRecord[] = Array.from({ length: VERSIONS }, (_, v) => ({
    id: `r${v}`,
    draftId,
    at: end - (VERSIONS - 1 - v) * AUTO_REVISION_MS,
    kind: v === 7 ? 'before-import' : v % 25 === 24 ? 'snapshot' : 'auto',
    ...(v % 25 === 24 ? { name: `第${v}版` } : {}),
    report
  }))
  await db.revisions.bulkAdd(rows)
  return rows
}

beforeEach(freshDb)

describe('history thinning', () => {
  it('keeps the last 2 hours whole, one an hour for 2 days, one a day before, and every other kind', async () => {
    const id = await createDraft({ agency: '某某局', year: 2024, agencyKind: 'department' })
    const all = await longSession(id)
    const gone = await thinHistory(id, NOW)
    const left = await listRevisions(db, id)
    expect(left).toHaveLength(VERSIONS - gone)
    expect(left.length).toBeLessThan(200)
    const ids = new Set(left.map((r) => r.id))
    // every named snapshot and the version before the import
    for (const r of all.filter((r) => r.kind !== 'auto')) expect(ids).toContain(r.id)
    // every version of the last 2 hours
    for (const r of all.filter((r) => NOW - r.at < KEEP_ALL_MS)) expect(ids).toContain(r.id)
    const autos = left.filter((r) => r.kind === 'auto' && NOW - r.at >= KEEP_ALL_MS)
    const hours = autos.filter((r) => NOW - r.at < KEEP_HOURLY_MS).map((r) => Math.floor(r.at / HOUR))
    expect(new Set(hours).size).toBe(hours.length)
    const days = autos.filter((r) => NOW - r.at >= KEEP_HOURLY_MS).map((r) => new Date(r.at).toDateString())
    expect(new Set(days).size).toBe(days.length)
    // each hour's and day's kept version is its last
    const lastOfHour = all.filter((r) => r.kind === 'auto' && Math.floor(r.at / HOUR) === hours[3]).at(-1)
    expect(ids).toContain(lastOfHour?.id)
    expect(await thinHistory(id, NOW)).toBe(0)
  })

  it('leaves a short history as it is', async () => {
    const id = await createDraft({ agency: '某某局', year: 2024, agencyKind: 'department' })
    const report = emptyReport('2021', 2024, '某某局', 'department')
    await db.revisions.bulkAdd(
      Array.from({ length: THIN_OVER }, (_, v) => ({
        id: `r${v}`,
        draftId: id,
        at: NOW - 30 * 24 * HOUR + v * AUTO_REVISION_MS,
        kind: 'auto' as const,
        report
      }))
    )
    expect(await thinHistory(id, NOW)).toBe(0)
    expect(await db.revisions.count()).toBe(THIN_OVER)
  })

  it('is thinned once the editor lets go of the draft, its last version kept', async () => {
    const id = await createDraft({ agency: '某某局', year: 2024, agencyKind: 'department' })
    await longSession(id, Date.now() - AUTO_REVISION_MS)
    const s = await SessionController.open(id)
    const r = s.getSnapshot().report
    s.update({ ...r, sections: { ...r.sections, overview: '再改一处' } })
    expect(await s.flush()).toBe(true)
    // the save added an automatic version; nothing is thinned while the draft is edited
    expect(await db.revisions.where('draftId').equals(id).count()).toBe(VERSIONS + 1)
    await s.close()
    await vi.waitFor(
      async () => expect(await db.revisions.where('draftId').equals(id).count()).toBeLessThan(200),
      { timeout: 10_000, interval: 50 }
    )
    expect((await listRevisions(db, id))[0]).toMatchObject({ kind: 'auto' })
  })
})
