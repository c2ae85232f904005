// A blank cell in an identity is unknown, not 0: an identity is judged only where no figures in its blanks
// could make it hold (表三 half typed: only 自然人's outcomes so far).
import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import { offeredSums } from '@shared/checks/offers'
import { getFormat } from '@shared/formats'
import type { Report } from '@shared/model/report'
import { loadFixture } from './fixtures'

const LEAVES = [
  'r1',
  'r2',
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => `r3_${i}`),
  ...[1, 2, 3].map((i) => `r4_${i}`),
  ...[1, 2, 3, 4, 5].map((i) => `r5_${i}`),
  ...[1, 2, 3].map((i) => `r6_${i}`)
]

/** valid-2021 with 表三 all blank but the 自然人 cells given. */
function typed(np: Record<string, number>): Report {
  const r = loadFixture('valid-2021.json')
  for (const k of Object.keys(r.tables.requests)) r.tables.requests[k] = null
  for (const [row, v] of Object.entries(np)) r.tables.requests[`${row}.np`] = v
  return r
}

const allLeaves = (r1: number, r2: number): Record<string, number> =>
  Object.fromEntries(LEAVES.map((row) => [row, row === 'r1' ? r1 : row === 'r2' ? r2 : 0]))

const identityFindings = (r: Report, refused?: ReadonlySet<string>) =>
  checkReport(r, undefined, refused).filter(
    (f) => f.rule.startsWith('requests.') || f.rule === 'review.total'
  )

describe('identities with blank cells', () => {
  it('A: (一)=10, (二)=2, (七) and the rest blank: no finding, the blanks still named (VAL-01)', () => {
    const r = typed({ r1: 10, r2: 2 })
    expect(identityFindings(r)).toEqual([])
    const blank = checkReport(r).filter((f) => f.rule === 'cell.blank')
    expect(blank.some((f) => f.severity === 'warning' && f.cells.includes('requests:r7.np'))).toBe(true)
    expect(JSON.stringify(checkReport(r))).not.toContain('暂按0')
  })

  it('B: (七)=15 over (一)+(二)=12 and 19 blanks: the blanks may hold 3, no finding', () => {
    expect(identityFindings(typed({ r1: 10, r2: 2, r7: 15 }))).toEqual([])
  })

  it('C: (七)=10 under filled parts already 12: an error saying what is known', () => {
    const f = identityFindings(typed({ r1: 10, r2: 2, r7: 10 }))
    expect(f.map((x) => [x.rule, x.severity, x.message])).toEqual([
      [
        'requests.outcomes',
        'error',
        '表三“自然人”列：（七）总计=10，已填各项之和已达12，超出2（另有19格未填）'
      ]
    ])
  })

  it('D: (七) blank under parts all filled: a warning that it should be their sum, offered there', () => {
    const r = typed({ ...allLeaves(10, 2) })
    const f = identityFindings(r)
    expect(f.map((x) => [x.rule, x.severity, x.message])).toEqual([
      ['requests.outcomes', 'warning', '表三“自然人”列：（七）总计未填，按（一）至（六）各项之和应为12']
    ])
    expect(f[0].cells).toContain('requests:r7.np')
    const offers = [...offeredSums(getFormat('2021'), checkReport(r), r).values()].flat()
    expect(offers).toEqual([{ cell: 'requests:r7.np', sum: 12 }])
    // parts all 0: nothing to say beyond the blank (VAL-01 offers the 0)
    expect(identityFindings(typed(allLeaves(0, 0)))).toEqual([])
  })

  it('E: every cell filled, (七)=13: the error as before', () => {
    const f = identityFindings(typed({ ...allLeaves(10, 2), r7: 13 }))
    expect(f.map((x) => [x.rule, x.severity, x.message])).toEqual([
      ['requests.outcomes', 'error', '表三“自然人”列：（七）总计=13，（一）至（六）各项之和=12，相差1']
    ])
  })

  it('names by name up to four blanks, and a refused cell as wrongly filled', () => {
    const r = loadFixture('valid-2021.json')
    r.tables.review['rev.total'] = 1
    r.tables.review['rev.keep'] = 2
    r.tables.review['rev.fix'] = null // refused
    r.tables.review['rev.other'] = 0
    r.tables.review['rev.pending'] = 0
    expect(identityFindings(r, new Set(['review:rev.fix'])).map((x) => x.message)).toEqual([
      '表四“行政复议”：总计=1，已填各项之和已达2，超出1（另有“行政复议”下“结果纠正”列填写有误）'
    ])
    // a total the parts may yet reach is no finding
    r.tables.review['rev.total'] = 3
    expect(identityFindings(r, new Set(['review:rev.fix']))).toEqual([])
  })

  it('a blank subtracted term bounds its side from above (2021 表二: 上年现行有效 + 制发 − 废止)', () => {
    const last = loadFixture('valid-2021.json')
    last.year -= 1
    const r = loadFixture('valid-2021.json')
    last.tables.active['reg.valid'] = 10
    r.tables.active['reg.made'] = 2
    r.tables.active['reg.repealed'] = null
    const continuity = (valid: number) => {
      r.tables.active['reg.valid'] = valid
      return checkReport(r, last)
        .filter((f) => f.rule === 'active.validContinuity' && f.message.startsWith('表二“规章”'))
        .map((f) => f.message)
    }
    // 11 = 10 + 2 − 1: the blank 废止 may be 1
    expect(continuity(11)).toEqual([])
    expect(continuity(15)).toEqual([
      '表二“规章”行：现行有效件数=15，上年现行有效件数+本年制发件数−本年废止件数至多为12，空格无论填多少都不会相等（另有“规章”行“本年废止件数”列未填）'
    ])
  })
})
