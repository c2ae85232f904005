// 历史版本's “与前一版本相比”: what differs between two versions, in words.
import { describe, expect, it } from 'vitest'
import { describeDiff, diffReports } from '@renderer/history/diff'
import { emptyReport } from '@shared/model/report'

describe('diffReports', () => {
  it('counts an amount whose unit changed as a changed cell (2000万元 → 2000元), not 无改动', () => {
    const before = emptyReport('2019', 2020, '某某省商务厅', 'department')
    before.tables.active['procurement.amount'] = 2000
    before.units = { 'procurement.amount': '万元' }
    const after = structuredClone(before)
    after.units = { 'procurement.amount': '元' }
    expect(describeDiff(diffReports(before, after))).toBe('表二 1 处')
    after.units = {}
    expect(describeDiff(diffReports(before, after))).toBe('表二 1 处')
    expect(describeDiff(diffReports(before, structuredClone(before)))).toBe('无改动')
  })
})
