import { describe, expect, it } from 'vitest'
import { figuresAtOdds } from '@shared/checks/zeroFill'
import { getFormat } from '@shared/formats'
import { emptyReport, type Report } from '@shared/model/report'

const REQUESTS = getFormat('2021').tables.find((t) => t.id === 'requests')!

/** `report` with 0 written into every blank cell of 表三, and the cells it wrote. */
function zeroFilled(report: Report): [Report, string[]] {
  const after = structuredClone(report)
  const zeros: string[] = []
  for (const c of REQUESTS.cells)
    if (after.tables.requests[c.key] === null) {
      after.tables.requests[c.key] = 0
      zeros.push(`requests:${c.key}`)
    }
  return [after, zeros]
}

describe('figuresAtOdds: what 本年无此项 cannot make nothing of', () => {
  it('names 上年结转 carried in from last year, which the zeros leave with no outcome', () => {
    const before = emptyReport('2021', 2025, '某某县教育局', 'department')
    for (const c of REQUESTS.cells) if (c.key.startsWith('carry.')) before.tables.requests[c.key] = 0
    before.tables.requests['carry.np'] = 5
    before.tables.requests['carry.tot'] = 5
    const [after, zeros] = zeroFilled(before)
    expect(figuresAtOdds(after, zeros)).toEqual([
      { ref: 'requests:carry.np', value: 5 },
      { ref: 'requests:carry.tot', value: 5 }
    ])
  })

  it('names nothing for a table all blank, nor for one whose figures are all 0', () => {
    const blank = emptyReport('2021', 2025, '某某县教育局', 'department')
    expect(figuresAtOdds(...zeroFilled(blank))).toEqual([])
    const zeros = structuredClone(blank)
    for (const c of REQUESTS.cells.slice(0, 9)) zeros.tables.requests[c.key] = 0
    expect(figuresAtOdds(...zeroFilled(zeros))).toEqual([])
  })

  it('names a figure typed with its total still blank: the zeros wrote 0 into that total', () => {
    const before = emptyReport('2021', 2025, '某某县教育局', 'department')
    // Half typed: 二、上年结转 “自然人” 2, its 总计 and all else blank.
    before.tables.requests['carry.np'] = 2
    const [after, zeros] = zeroFilled(before)
    expect(figuresAtOdds(after, zeros)).toEqual([{ ref: 'requests:carry.np', value: 2 }])
  })

  it('names nothing the zeros did not touch: an error among figures typed before stays the checks’ to tell', () => {
    const before = emptyReport('2021', 2025, '某某县教育局', 'department')
    for (const c of REQUESTS.cells) before.tables.requests[c.key] = 0
    // 一 “自然人” 3 with its 总计 0, and one blank elsewhere.
    before.tables.requests['new.np'] = 3
    before.tables.requests['r1.biz'] = null
    const [after, zeros] = zeroFilled(before)
    expect(zeros).toEqual(['requests:r1.biz'])
    expect(figuresAtOdds(after, zeros)).toEqual([])
  })
})
