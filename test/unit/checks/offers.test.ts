import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import { offeredSums } from '@shared/checks/offers'
import { getFormat } from '@shared/formats'
import { parseReportJson } from '@shared/model/json'
import type { Report } from '@shared/model/report'
import { sampleReport } from '@shared/sample'

const load = (name: string): Report => {
  const { report } = parseReportJson(readFileSync(`test/fixtures/reports/${name}`, 'utf8'))
  return report!
}

/** Every sum offered, as `cell=sum`, and the rules of the errors found. */
function offersIn(report: Report): { offers: string[]; rules: string[] } {
  const findings = checkReport(report)
  const offers = [...offeredSums(getFormat(report.format), findings, report).values()]
    .flat()
    .map((o) => `${o.cell}=${o.sum}`)
  return { offers, rules: findings.filter((f) => f.severity === 'error').map((f) => f.rule) }
}

describe('sums offered at a broken total (改为 N)', () => {
  it('offers the row its sum where its total is mistyped, not the column total summing that total', () => {
    const r = sampleReport()
    expect(r.tables.requests['r1.tot']).toBe(64)
    r.tables.requests['r1.tot'] = 65
    const { offers, rules } = offersIn(r)
    expect(rules).toContain('requests.outcomes')
    expect(offers.filter((o) => o.startsWith('requests:'))).toEqual(['requests:r1.tot=64'])
    // 表四's own error (the sample's) is offered its sum as before
    expect(offers).toContain('review:rev.total=2')
  })

  it('offers no sum at either total where a part both read is mistyped, still saying both', () => {
    const r = sampleReport()
    r.tables.requests['r1.np'] = 59
    const { offers, rules } = offersIn(r)
    expect(rules).toEqual(expect.arrayContaining(['requests.rowTotal', 'requests.outcomes']))
    expect(offers.filter((o) => o.startsWith('requests:'))).toEqual([])
  })

  it('offers a total mistyped where two rules read it as their total, at it, once from each', () => {
    const r = sampleReport()
    r.tables.requests['r7.tot'] = 161
    const { offers, rules } = offersIn(r)
    expect(rules).toEqual(expect.arrayContaining(['requests.rowTotal', 'requests.outcomes']))
    expect(offers.filter((o) => o.startsWith('requests:'))).toEqual([
      'requests:r7.tot=160',
      'requests:r7.tot=160'
    ])
  })

  it('withholds a total’s sum where a part is another rule’s cell, with no total to offer (一+二 = 三+四)', () => {
    const r = sampleReport()
    r.tables.requests['new.np'] = (r.tables.requests['new.np'] as number) + 1
    const { offers, rules } = offersIn(r)
    expect(rules).toEqual(expect.arrayContaining(['requests.rowTotal', 'requests.balance']))
    expect(offers.filter((o) => o.startsWith('requests:'))).toEqual([])
  })

  it('decides alike in the 2019 format', () => {
    const r = load('valid-2019.json')
    const total = r.tables.requests['r1.tot'] as number
    r.tables.requests['r1.tot'] = total + 1
    expect(offersIn(r).offers).toEqual([`requests:r1.tot=${total}`])
    r.tables.requests['r1.tot'] = total
    r.tables.requests['r1.np'] = (r.tables.requests['r1.np'] as number) + 1
    expect(offersIn(r)).toEqual({ offers: [], rules: ['requests.outcomes', 'requests.rowTotal'] })
    r.tables.requests['r1.np'] = (r.tables.requests['r1.np'] as number) - 1
    const review = r.tables.review['rev.total'] as number
    r.tables.review['rev.total'] = review + 1
    expect(offersIn(r).offers).toEqual([`review:rev.total=${review}`])
  })
})
