import { describe, expect, it } from 'vitest'
import { cellIndex, formatForYear, getFormat, tableOf } from '@shared/formats'
import type { GridCell, TableDecl } from '@shared/formats'
import { emptyReport } from '@shared/model/report'

// The grid must tile a rectangle exactly: every row covers `columns` slots once spans are counted.
function occupancy(table: TableDecl): number[] {
  const covered: number[][] = []
  table.grid.forEach((row, r) => {
    let col = 0
    for (const cell of row as GridCell[]) {
      while (covered[r]?.[col]) col++
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++)
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) (covered[r + dr] ??= [])[col + dc] = 1
      col += cell.colSpan ?? 1
    }
  })
  return covered.map((row) => row.filter(Boolean).length)
}

describe('format declarations', () => {
  it('choose the format from the year', () => {
    expect(formatForYear(2019).id).toBe('2019')
    expect(formatForYear(2020).id).toBe('2019')
    expect(formatForYear(2021).id).toBe('2021')
    expect(formatForYear(2030).id).toBe('2021')
    expect(formatForYear(2014).id).toBe('legacy')
  })

  it.each([
    ['2021', 'active', 10],
    ['2021', 'requests', 175],
    ['2021', 'review', 15],
    ['2019', 'active', 22],
    ['2019', 'requests', 161],
    ['2019', 'review', 15]
  ] as const)('%s table %s has %i input cells, each in the grid once', (id, table, n) => {
    const t = tableOf(getFormat(id), table)!
    expect(t.cells).toHaveLength(n)
    const inGrid = t.grid
      .flat()
      .filter((c) => c.kind === 'value')
      .map((c) => (c as { key: string }).key)
    expect(inGrid.sort()).toEqual(t.cells.map((c) => c.key).sort())
  })

  it.each(['2021', '2019'] as const)('%s grids are rectangles', (id) => {
    for (const t of getFormat(id).tables) expect(new Set(occupancy(t))).toEqual(new Set([t.columns]))
  })

  it('labels cells as the law prints them', () => {
    const idx = cellIndex(getFormat('2021'))
    expect(idx.get('requests:new.np')).toMatchObject({
      rowLabel: '一、本年新收政府信息公开申请数量',
      colLabel: '自然人'
    })
    expect(idx.get('active:reg.made')).toMatchObject({ rowLabel: '规章', colLabel: '本年制发件数' })
    expect(idx.get('review:lit1.total')).toMatchObject({ rowLabel: '未经复议直接起诉', colLabel: '总计' })
    expect(idx.get('active:fees.amount')?.domain).toEqual({ kind: 'money', unit: '万元', maxDecimals: 4 })
  })

  it('an empty report has every cell blank', () => {
    const r = emptyReport(undefined, 2024, '某某区人民政府', 'government')
    expect(r.format).toBe('2021')
    expect(Object.values(r.tables.requests)).toHaveLength(175)
    expect(Object.values(r.tables.requests).every((v) => v === null)).toBe(true)
    expect(r.title).toBe('某某区人民政府2024年政府信息公开工作年度报告')
  })
})
