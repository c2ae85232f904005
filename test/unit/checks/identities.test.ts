import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import { getFormat } from '@shared/formats'
import { parseReportJson } from '@shared/model/json'
import type { Report } from '@shared/model/report'

const load = (name: string): Report => {
  const { report, problems } = parseReportJson(readFileSync(`test/fixtures/reports/${name}`, 'utf8'))
  expect(problems).toEqual([])
  return report!
}

describe('identities', () => {
  it.each(['valid-2021.json', 'valid-2019.json'])('%s balances', (name) => {
    const r = load(name)
    expect(checkReport(r).filter((f) => f.severity === 'error')).toEqual([])
  })

  it('names the numbers and the difference', () => {
    const r = load('valid-2021.json')
    r.tables.requests['new.tot'] = 28
    const f = checkReport(r).find((x) => x.rule === 'requests.balance')
    expect(f).toEqual({
      rule: 'requests.balance',
      severity: 'error',
      message: '表三“总计”列：一+二=30，三（七）+四=29，相差1',
      cells: ['requests:new.tot', 'requests:carry.tot', 'requests:r7.tot', 'requests:next.tot']
    })
  })

  it('names a row of 表三 as a cell’s row is named, without the note its label prints', () => {
    const r = load('valid-2021.json')
    r.tables.requests['r2.tot'] = (r.tables.requests['r2.tot'] ?? 0) + 1
    const f = checkReport(r).find((x) => x.rule === 'requests.rowTotal')
    expect(f?.message).toMatch(/^表三“（二）部分公开”行：总计=\d+，各类申请人之和=\d+，相差1$/)
  })

  it('says what a total left blank under filled parts should be, but skips an identity all blank', () => {
    const r = load('valid-2021.json')
    r.tables.review['rev.total'] = null
    const f = checkReport(r).filter((x) => x.rule === 'review.total')
    expect(f.map((x) => [x.severity, x.message])).toEqual([
      ['warning', '表四“行政复议”：总计未填，按结果维持+结果纠正+其他结果+尚未审结应为3']
    ])
    for (const k of Object.keys(r.tables.review)) if (k.startsWith('rev.')) r.tables.review[k] = null
    expect(checkReport(r).filter((x) => x.rule === 'review.total')).toEqual([])
  })

  it('leaves an identity alone while a side of several cells is all blank (a part not begun)', () => {
    const r = load('valid-2021.json')
    // As 从上年报告新建 leaves table 三: only 上年结转 filled.
    for (const k of Object.keys(r.tables.requests)) if (!k.startsWith('carry.')) r.tables.requests[k] = null
    const findings = checkReport(r)
    expect(findings.filter((x) => x.rule === 'requests.balance')).toEqual([])
    // the blank cells are still said to be blank
    expect(
      findings.some((x) => x.rule === 'cell.blank' && x.cells.some((c) => c.startsWith('requests:')))
    ).toBe(true)
    // One part typed: its sums are begun, but their blanks (the totals among them) may yet hold anything
    // that makes them agree, so nothing is wrong yet (identities-blanks.test.ts).
    r.tables.requests['r1.np'] = 1
    expect(checkReport(r).filter((x) => x.cells.includes('requests:r1.np'))).toEqual([])
    expect(checkReport(r).filter((x) => x.rule === 'requests.balance')).toEqual([])
  })

  it('phrases ≤ relations as an excess', () => {
    const r = load('valid-2019.json')
    r.tables.active['norm.newPublished'] = 30
    const f = checkReport(r).filter((x) => x.rule === 'active.publishedBound')
    expect(f.map((x) => x.message)).toEqual([
      '表二“规范性文件”行：本年新公开数量=30，大于对外公开总数量=25，多出5'
    ])
  })

  it('2019 表二: an item count never falls below 0 (上一年项目数量 + 本年增/减)', () => {
    const r = load('valid-2019.json')
    r.tables.active['licence.lastYear'] = 3
    r.tables.active['licence.change'] = -3
    const items = () => checkReport(r).filter((x) => x.rule === 'active.itemsNonNegative')
    expect(items()).toEqual([])
    r.tables.active['licence.change'] = -8
    expect(items().map((x) => [x.severity, x.message, x.cells])).toEqual([
      [
        'warning',
        '表二“行政许可”行：本年减少的项目数=8，大于上一年项目数量=3，多出5',
        ['active:licence.change', 'active:licence.lastYear']
      ]
    ])
  })

  it('every declared identity reads only declared cells', () => {
    for (const id of ['2021', '2019'] as const)
      expect(() => checkReport(load(`valid-${id}.json`))).not.toThrow()
    expect(getFormat('2021').identities.length).toBe(7 * 5 + 25 + 3 + 4)
  })
})

describe('findingsByCell', () => {
  it('indexes each finding under every cell it read', async () => {
    const { findingsByCell } = await import('@shared/checks')
    const r = load('valid-2021.json')
    r.tables.requests['new.np'] = 21
    const map = findingsByCell(checkReport(r))
    expect(
      map
        .get('requests:new.np')
        ?.map((f) => f.rule)
        .sort()
    ).toEqual(['requests.balance', 'requests.rowTotal'])
    expect(map.get('requests:new.tot')?.map((f) => f.rule)).toEqual(['requests.rowTotal'])
    expect(map.has('requests:r1.np')).toBe(false)
  })
})

describe('the declared identities', () => {
  const count = (id: '2021' | '2019') => {
    const n: Record<string, number> = {}
    for (const i of getFormat(id).identities) n[i.rule] = (n[i.rule] ?? 0) + 1
    return n
  }

  it('2021: F1–F4 are 7 + 25 + 7 + 3, with F6 bounds, XY-01 and table 二 continuity', () => {
    expect(count('2021')).toEqual({
      'requests.balance': 7,
      'requests.rowTotal': 25,
      'requests.outcomes': 7,
      'review.total': 3,
      'requests.nextBound': 7,
      'requests.doneBound': 7,
      'requests.carryOver': 7,
      'active.repealBound': 2,
      'active.validContinuity': 2
    })
  })

  it('2019: 23 rows in table 三, T2-03 (with its running total) and XY-03', () => {
    expect(count('2019')).toEqual({
      'requests.balance': 7,
      'requests.rowTotal': 23,
      'requests.outcomes': 7,
      'review.total': 3,
      'requests.nextBound': 7,
      'requests.doneBound': 7,
      'requests.carryOver': 7,
      'active.publishedBound': 2,
      'active.publishedCumulative': 2,
      'active.itemsNonNegative': 5,
      'active.itemContinuity': 5
    })
  })
})
