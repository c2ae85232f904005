// The home list's counts with a city's drafts (departments × years): made again only for the drafts whose
// own report, last year's report or the checks have changed since they were counted, never for all.
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CHECKS_VERSION } from '@shared/checks'
import { emptyReport, type Report } from '@shared/model/report'
import { db } from '@renderer/drafts/db'
import { countFindings } from '@renderer/drafts/counts'
import { recountStale, trashDraft } from '@renderer/drafts/store'
import type { DraftRecord } from '@renderer/drafts/types'
import { freshDb } from './helpers'

// Which reports the checks ran on (agency and year), by way of the one function countFindings calls.
const checked: string[] = []
vi.mock('@shared/checks/refused', async (original) => {
  const real = await original<typeof import('@shared/checks/refused')>()
  return {
    ...real,
    checkWithRefused: (report: Report, ...rest: unknown[]) => {
      checked.push(`${report.agency}${report.year}`)
      return (real.checkWithRefused as (...a: unknown[]) => unknown)(report, ...rest)
    }
  }
})

const DEPARTMENTS = 12
const YEARS = [2021, 2022, 2023, 2024, 2025]
const id = (k: number, year: number) => `d${k}-${year}`

/** A report whose 结转下年度 is `next`, and whose 上年结转 is `carry`: last year's must match it (XY-01). */
function report(k: number, year: number, carry = 3, next = 3): Report {
  const r = emptyReport('2021', year, `某某市第${k}局`, 'department')
  r.tables.requests['carry.np'] = carry
  r.tables.requests['next.np'] = next
  return r
}

/** As an older app left them: counted by other checks, and 0 where today's find errors. */
async function seed(): Promise<void> {
  const now = Date.now()
  const rows: DraftRecord[] = []
  for (let k = 0; k < DEPARTMENTS; k++)
    YEARS.forEach((year, y) =>
      rows.push({
        id: id(k, year),
        report: report(k, year),
        createdAt: now,
        updatedAt: now - rows.length,
        deletedAt: 0,
        rev: 1,
        sample: false,
        errorCount: 0,
        warningCount: 0,
        checkedWith: CHECKS_VERSION - 1,
        // every other year made with 从上年报告新建, the rest found by their agency's name
        ...(y % 2 ? { lastYearId: id(k, YEARS[y - 1]) } : {})
      })
    )
  await db.drafts.bulkPut(rows)
}

beforeEach(async () => {
  await freshDb()
  await seed()
  checked.length = 0
})

describe('recountStale with many drafts', () => {
  it('counts every draft once after the checks changed, then none on the next visits', async () => {
    expect(await recountStale()).toBe(DEPARTMENTS * YEARS.length)
    // the sample too, counted by these checks but not yet against what it was counted from
    expect(checked).toHaveLength(DEPARTMENTS * YEARS.length + 1)
    const d = (await db.drafts.get(id(3, 2024)))!
    expect(d.checkedWith).toBe(CHECKS_VERSION)
    expect(d.errorCount).toBe(countFindings(d.report, report(3, 2023)).errorCount)
    checked.length = 0
    expect(await recountStale()).toBe(0)
    expect(await recountStale()).toBe(0)
    expect(checked).toEqual([])
  })

  it('counts again the report whose last year’s report changed, and that one, and no other', async () => {
    await recountStale()
    // 2023's 结转下年度 edited, in a write of its own: 2024's 上年结转 no longer matches it.
    const last = (await db.drafts.get(id(5, 2023)))!
    const edited = report(5, 2023, 3, 8)
    await db.drafts.put({
      ...last,
      report: edited,
      rev: last.rev + 1,
      ...countFindings(edited, report(5, 2022))
    })
    const before = (await db.drafts.get(id(5, 2024)))!.errorCount
    checked.length = 0
    expect(await recountStale()).toBe(1)
    expect(checked.sort()).toEqual(['某某市第5局2023', '某某市第5局2024'])
    const after = (await db.drafts.get(id(5, 2024)))!
    expect(after.errorCount).toBeGreaterThan(before)
    expect(after.errorCount).toBe(countFindings(after.report, report(5, 2023, 3, 8)).errorCount)
  })

  it('counts again, against none, the report whose last year’s report went to the trash', async () => {
    await recountStale()
    // 2022's carried figure no longer matches 2021's: an error while 2021's is there.
    const own = (await db.drafts.get(id(7, 2022)))!
    await db.drafts.put({ ...own, report: report(7, 2022, 4), rev: own.rev + 1, errorCount: 0 })
    await recountStale()
    expect((await db.drafts.get(id(7, 2022)))!.errorCount).toBe(
      countFindings(report(7, 2022, 4), report(7, 2021)).errorCount
    )
    checked.length = 0
    await trashDraft(id(7, 2021))
    await recountStale()
    expect(checked).toEqual(['某某市第7局2022'])
    expect((await db.drafts.get(id(7, 2022)))!.errorCount).toBe(countFindings(report(7, 2022, 4)).errorCount)
  })
})
