import { describe, expect, it } from 'vitest'
import { isBlock, parsePasteBlock } from '@shared/paste'
import { parseCellInput } from '@shared/model/cellInput'

describe('parsePasteBlock', () => {
  it('splits an Excel/WPS block on tabs and lines, keeping empty cells, dropping the trailing newline', () => {
    expect(parsePasteBlock('1\t2\t\t4\r\n5\t6\t7\t8\r\n')).toEqual([
      ['1', '2', '', '4'],
      ['5', '6', '7', '8']
    ])
  })
  it('splits a line copied from a web page or a PDF on runs of half- or full-width spaces', () => {
    expect(parsePasteBlock('12  3\u30004\u00a05')).toEqual([['12', '3', '4', '5']])
  })
  it('gives one column for one value per line', () => {
    expect(parsePasteBlock('\n3\n4\n5\n\n')).toEqual([['3'], ['4'], ['5']])
  })
  it('keeps a unit written apart with its number, for parseCellInput to judge', () => {
    const rows = parsePasteBlock('12 件 3件 1.5 万元\n7\t件')
    expect(rows).toEqual([['12件', '3件', '1.5万元'], ['7件']])
    expect(parseCellInput(rows[0][0], { kind: 'count' })).toEqual({ ok: true, value: 12 })
    expect(parseCellInput(rows[0][2], { kind: 'money', unit: '万元', maxDecimals: 4 })).toEqual({
      ok: true,
      value: 1.5
    })
  })
  it('tells a block from a single value', () => {
    expect(isBlock('12')).toBe(false)
    expect(isBlock('12\n')).toBe(false)
    expect(isBlock('1\t2')).toBe(true)
    expect(isBlock('1\n2')).toBe(true)
  })
})
