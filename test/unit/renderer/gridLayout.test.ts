import { describe, expect, it } from 'vitest'
import { format2021 } from '@shared/formats/format2021'
import { layoutOf, neighbour, nextInOrder, pasteTargets } from '@renderer/editor/gridLayout'
import { headingRowCount, type TableDecl } from '@shared/formats'

const table = (id: string) => format2021.tables.find((t) => t.id === id)!

describe('gridLayout', () => {
  it('places every declared value cell exactly once', () => {
    for (const t of format2021.tables)
      expect([...layoutOf(t).at.keys()].sort()).toEqual(t.cells.map((c) => c.key).sort())
  })
  it('moves across the merged 三、本年度办理结果 block as printed', () => {
    const l = layoutOf(table('requests'))
    expect(neighbour(l, 'carry.np', 'down')).toBe('r1.np')
    expect(neighbour(l, 'r2.tot', 'down')).toBe('r3_1.tot')
    expect(neighbour(l, 'r7.oth', 'down')).toBe('next.oth')
    expect(neighbour(l, 'new.np', 'up')).toBeUndefined()
    expect(neighbour(l, 'new.np', 'left')).toBeUndefined()
    expect(neighbour(l, 'new.tot', 'right')).toBeUndefined()
  })
  it('lands on a wide cell of table 二 from a narrow one and back', () => {
    const l = layoutOf(table('active'))
    expect(neighbour(l, 'norm.valid', 'down')).toBe('licence.decisions')
    expect(neighbour(l, 'licence.decisions', 'right')).toBeUndefined()
    expect(neighbour(l, 'reg.made', 'down')).toBe('norm.made')
  })
  it('takes the rows of column headings at the top as the head, spans included', () => {
    // table 三: the 勾稽关系 note spans three rows, beside 申请人情况 / 法人或其他组织 / 商业企业…
    expect(headingRowCount(table('requests'))).toBe(3)
    expect(headingRowCount(table('review'))).toBe(3)
    // table 二 is made of blocks: its first row, 第二十条第（一）项 across the table, heads one block only
    expect(headingRowCount(table('active'))).toBe(0)
    const t = table('requests')
    const spilling: TableDecl = {
      ...t,
      grid: [
        [
          { kind: 'header', text: '甲', rowSpan: 2 },
          { kind: 'header', text: '乙', colSpan: 9 }
        ],
        ...t.grid.slice(3)
      ]
    }
    expect(
      headingRowCount({
        ...spilling,
        grid: [spilling.grid[0].map((c) => ({ ...c, rowSpan: 1 })), ...t.grid.slice(3)]
      })
    ).toBe(1)
    // a heading that spans into a row of labels and values cannot be cut off as the head
    expect(headingRowCount(spilling)).toBe(0)
  })
  it('tabs in reading order', () => {
    const l = layoutOf(table('review'))
    expect(nextInOrder(l, 'rev.total', false)).toBe('lit1.keep')
    expect(nextInOrder(l, 'rev.keep', true)).toBeUndefined()
  })
  it('maps a pasted block onto rows that hold values, skipping header rows', () => {
    const l = layoutOf(table('active'))
    expect(
      pasteTargets(l, 'reg.repealed', [
        ['1', '2', '3'],
        ['4', '5']
      ])
    ).toEqual([
      ['reg.repealed', 'reg.valid', undefined],
      ['norm.repealed', 'norm.valid']
    ])
    expect(pasteTargets(l, 'norm.made', [['1'], ['2'], ['3']])).toEqual([
      ['norm.made'],
      ['licence.decisions'],
      ['penalty.decisions']
    ])
  })
})
