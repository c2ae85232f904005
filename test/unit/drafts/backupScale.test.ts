// A backup of many drafts with their history is written in parts (one a draft or version), never as one
// string, read a few drafts at a time; joined, the parts are the file as it always was.
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { checksum } from '@shared/import/json'
import { emptyReport } from '@shared/model/report'
import { db } from '@renderer/drafts/db'
import { Checksum, exportBackupParts, importBackup } from '@renderer/drafts/backup'
import type { DraftRecord, RevisionRecord } from '@renderer/drafts/types'
import { freshDb } from './helpers'

const DRAFTS = 40
const VERSIONS = 6

async function fill(): Promise<void> {
  const now = Date.now()
  const drafts: DraftRecord[] = []
  const revisions: RevisionRecord[] = []
  for (let d = 0; d < DRAFTS; d++) {
    const report = emptyReport('2021', 2021 + (d % 5), `某某市第${d}局`, 'department')
    report.sections.overview = `第${d}局的总体情况。`.repeat(20)
    drafts.push({
      id: `d${d}`,
      report,
      createdAt: now,
      updatedAt: now - d,
      deletedAt: d === 3 ? now : 0,
      rev: 2,
      sample: false,
      errorCount: 0,
      warningCount: 0
    })
    for (let v = 0; v < VERSIONS; v++)
      revisions.push({
        id: `d${d}-v${v}`,
        draftId: `d${d}`,
        at: now - 1000 + v,
        kind: v === 2 ? 'snapshot' : 'auto',
        ...(v === 2 ? { name: '一稿' } : {}),
        report: { ...report, sections: { ...report.sections, other: `第${v}版` } }
      })
  }
  await db.drafts.bulkAdd(drafts)
  await db.revisions.bulkAdd(revisions)
}

beforeEach(freshDb)

describe('backup of many drafts', () => {
  it('is written a draft or a version a part, which joined are the JSON indented by one space', async () => {
    await fill()
    const parts = await exportBackupParts()
    const file = parts.join('')
    // the sample besides
    expect(parts.length).toBeGreaterThan(DRAFTS * (VERSIONS + 1))
    const longest = Math.max(...parts.map((p) => p.length))
    expect(longest).toBeLessThan(file.length / 50)
    const doc = JSON.parse(file)
    expect(JSON.stringify(doc, null, 1)).toBe(file)
    expect([doc.drafts, doc.revisions]).toEqual([DRAFTS + 1, DRAFTS * VERSIONS])
    expect(doc.checksum).toBe(checksum(JSON.stringify(doc.payload)))
  })

  it('restores into an empty database every draft and version it holds', async () => {
    await fill()
    const file = (await exportBackupParts()).join('')
    await freshDb()
    await db.drafts.clear()
    const result = await importBackup(file)
    expect(result).toMatchObject({ added: DRAFTS, trashed: 1 })
    expect(await db.drafts.count()).toBe(DRAFTS + 1)
    expect(await db.revisions.count()).toBe(DRAFTS * VERSIONS)
    expect((await db.revisions.get('d7-v2'))?.report.sections.other).toBe('第2版')
  })

  it('has a history-less database written with its empty list as before', async () => {
    const file = (await exportBackupParts()).join('')
    expect(file).toContain('"revisions": []')
    expect(JSON.stringify(JSON.parse(file), null, 1)).toBe(file)
  })

  it('makes the checksum piece by piece as the whole', () => {
    const pieces = ['{"drafts":[', '{"a":"甲局，2024年"}', ',', '{"b":[1,2]}', '],"revisions":[]}']
    const sum = new Checksum()
    for (const p of pieces) sum.update(p)
    expect(sum.digest()).toBe(checksum(pieces.join('')))
  })
})
