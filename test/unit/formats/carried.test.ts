// What last year's report settles for this year's cells, read from the formats' declared identities.
import { describe, expect, it } from 'vitest'
import { getFormat } from '@shared/formats'
import { carriedFromLastYear, unmatchedFromLastYear } from '@shared/formats/carried'
import { emptyReport } from '@shared/model/report'

describe('carriedFromLastYear', () => {
  it('2021 format: each column of 上年结转 is last year’s 结转下年度; a column left blank is not carried', () => {
    const last = emptyReport('2021', 2023, '某局', 'department')
    last.tables.requests['next.np'] = 6
    last.tables.requests['next.tot'] = 9
    last.tables.requests['new.np'] = 40 // not a figure any cell of this year settles on
    const carried = carriedFromLastYear(getFormat('2021'), last)
    expect(carried.get('requests:carry.np')).toEqual({ value: 6, label: '上年“四、结转下年度继续办理”' })
    expect(carried.get('requests:carry.tot')?.value).toBe(9)
    expect(carried.has('requests:carry.biz')).toBe(false)
    expect([...carried.keys()].every((k) => k.startsWith('requests:carry.'))).toBe(true)
  })

  it('2019 format: 上一年项目数量 is last year’s count plus its 本年增/减, and needs both', () => {
    const last = emptyReport('2019', 2019, '某局', 'department')
    last.tables.active['licence.lastYear'] = 100
    last.tables.active['licence.change'] = -5
    last.tables.active['penalty.lastYear'] = 20 // its change left blank: nothing to carry
    const carried = carriedFromLastYear(getFormat('2019'), last)
    expect(carried.get('active:licence.lastYear')).toEqual({
      value: 95,
      label: '上年报告的上一年项目数量+本年增/减'
    })
    expect(carried.has('active:penalty.lastYear')).toBe(false)
  })

  it('carries no figure the cell cannot hold: last year’s 3 items 减少5 leave 上一年项目数量 to be filled', () => {
    const last = emptyReport('2019', 2019, '某局', 'department')
    last.tables.active['fees.lastYear'] = 3
    last.tables.active['fees.change'] = -5
    const carried = carriedFromLastYear(getFormat('2019'), last)
    expect(carried.has('active:fees.lastYear')).toBe(false)
    last.tables.active['fees.change'] = -3
    expect(carriedFromLastYear(getFormat('2019'), last).get('active:fees.lastYear')?.value).toBe(0)
  })

  it('a 2021-format year after a 2019-format report carries only the rows both have', () => {
    const last = emptyReport('2019', 2020, '某局', 'department')
    last.tables.requests['next.np'] = 2
    last.tables.active['licence.lastYear'] = 100
    last.tables.active['licence.change'] = 1
    const carried = carriedFromLastYear(getFormat('2021'), last)
    expect(carried.get('requests:carry.np')?.value).toBe(2)
    expect([...carried.keys()].some((k) => k.startsWith('active:'))).toBe(false)
  })
})

describe('unmatchedFromLastYear', () => {
  it('names the rows of a 2019-format 表二 with figures that 2021’s has no cell for, and nothing else', () => {
    const last = emptyReport('2019', 2020, '某区人民政府', 'government')
    Object.assign(last.tables.active, {
      'licence.decisions': 8650,
      'otherService.decisions': 1200,
      'procurement.projects': 36,
      'fees.lastYear': 25
    })
    expect(unmatchedFromLastYear(getFormat('2021'), last, 'active')).toEqual({
      rows: ['其他对外管理服务事项', '政府集中采购'],
      columns: ['行政事业性收费']
    })
    last.tables.active['reg.newMade'] = 2
    // 2019's 规范性文件 is 2021's 行政规范性文件, by its key
    last.tables.active['norm.newMade'] = 5
    expect(unmatchedFromLastYear(getFormat('2021'), last, 'active').columns).toEqual([
      '规章',
      '规范性文件',
      '行政事业性收费'
    ])
    // （六）其他处理, split in three by 2021, is there still
    Object.assign(last.tables.requests, { 'r6.np': 2, 'r6.tot': 2 })
    expect(unmatchedFromLastYear(getFormat('2021'), last, 'requests')).toEqual({ rows: [], columns: [] })
    const none = { rows: [], columns: [] }
    expect(unmatchedFromLastYear(getFormat('2021'), last, 'review')).toEqual(none)
    expect(unmatchedFromLastYear(getFormat('2019'), last, 'active')).toEqual(none)
  })
})
