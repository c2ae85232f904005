// A value against its cell's domain, as a report read from JSON (or made by another program) may hold it.
import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import { cellValueText } from '@shared/model/cellInput'
import { plainNumber } from '@shared/text/number'
import { loadFixture } from './fixtures'

const base = loadFixture('valid-2021.json')
const domain = (edit: (r: typeof base) => void) => {
  const r = structuredClone(base)
  edit(r)
  return checkReport(r)
    .filter((f) => f.rule === 'cell.domain')
    .map((f) => [f.severity, f.message])
}

describe('cell.domain', () => {
  it('a figure past what a double holds exactly is too large, written out, never as 1e+21', () => {
    expect(domain((r) => (r.tables.active['fees.amount'] = 1e21))).toEqual([
      [
        'error',
        '表二“行政事业性收费”行“本年收费金额（单位：万元）”列：数字过大（1000000000000000000000），请核对'
      ]
    ])
    expect(cellValueText(1e21, { kind: 'count' })).toBe('1000000000000000000000')
  })

  it('a tiny fraction in a count is shown as it is, not rounded to the 0 it is said not to be', () => {
    const [[severity, message]] = domain((r) => (r.tables.review['rev.keep'] = 1e-7))
    expect(severity).toBe('error')
    expect(message).toMatch(/应为不小于0的整数，实际为0\.0000001$/)
  })

  it('a 万元 figure with a decimal too many is a warning (VAL-04); a negative one an error', () => {
    expect(domain((r) => (r.tables.active['fees.amount'] = 35.12345)).map(([s]) => s)).toEqual(['warning'])
    expect(domain((r) => (r.tables.active['fees.amount'] = -1)).map(([s]) => s)).toEqual(['error'])
    // In 元 a third decimal is no sum of money.
    const fees = structuredClone(base)
    fees.fees = { notices: 1, noticedAmount: 10.005, collected: 10.005 }
    const found = checkReport(fees).filter((f) => f.rule === 'cell.domain')
    expect(found.map((f) => f.severity)).toEqual(['error', 'error'])
  })

  it('numbers are written out however small', () => {
    expect(plainNumber(1e-21)).toBe('0.000000000000000000001')
    expect(plainNumber(-1.5e-7)).toBe('-0.00000015')
    expect(plainNumber(0.25)).toBe('0.25')
  })
})
