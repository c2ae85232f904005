import { describe, expect, it } from 'vitest'
import {
  isBlock,
  headsOneRow,
  namedRow,
  namesRowsApart,
  parsePasteBlock,
  placedByLabel,
  placedByOwnLabels,
  readByLabel,
  sameRow,
  withoutLabels
} from '@shared/paste'
import { parseCellInput } from '@shared/model/cellInput'
import { format2019 } from '@shared/formats/format2019'
import { format2021 } from '@shared/formats/format2021'
import { layoutOf, pasteTargets, widthFrom } from '@renderer/editor/gridLayout'
import { readFileSync } from 'node:fs'
import { hongzeLines } from './hongzeText'
import { oneCellALine, seedTable } from './oneCellALine'

// What Chromium puts on the clipboard as text when the whole 表三 or 表四 of the app's own HTML export (the
// page on the website) is selected and copied: heading rows of labels alone, rows as long as their cells.
const copied = (table: 3 | 4): string =>
  readFileSync(`test/fixtures/paste/table${table}-copied-from-html-export.txt`, 'utf8')

const active = format2021.tables.find((t) => t.id === 'active')!
const requests = format2021.tables.find((t) => t.id === 'requests')!
const sheet = (rows: string[][]): string => rows.map((r) => r.join('\t')).join('\r\n') + '\r\n'

// 表二 copied whole from an Excel/WPS sheet laid out as the law prints it: a heading merged across the
// row copies as its text and blanks, and so does 本年处理决定数量, merged over the three figure columns.
const table2Sheet = readFileSync('test/fixtures/paste/table2-copied-from-sheet.txt', 'utf8')

/** Each text of the block at the cell it lands on, pasted at `key` of 表二 (or `table`) as the editor pastes. */
function landed(text: string, key: string, table = active): { at: Record<string, string>; lost: string[] } {
  const layout = layoutOf(table)
  const { block } = withoutLabels(parsePasteBlock(text), widthFrom(layout, key), table)
  const targets = pasteTargets(layout, key, block)
  const at: Record<string, string> = {}
  const lost: string[] = []
  block.forEach((row, i) =>
    row.forEach((t, j) => {
      const k = targets[i][j]
      if (k !== undefined) at[k] = t
      else if (t !== '') lost.push(t)
    })
  )
  return { at, lost }
}

describe('parsePasteBlock', () => {
  it('takes a figure with its thousands set apart by spaces as one, pasted alone or down a column', () => {
    for (const text of ['3 050', '1 234', '12 345 678', '1\u00a0234', '1 234.5', '３ ０５０'])
      expect(parsePasteBlock(text)).toEqual([[text.replace('\u00a0', ' ')]])
    expect(parseCellInput(parsePasteBlock('3 050')[0][0], { kind: 'count' })).toEqual({
      ok: true,
      value: 3050
    })
    expect(parsePasteBlock('3 050\n12\n1 234\n')).toEqual([['3 050'], ['12'], ['1 234']])
    // a line is read down a column as it is alone, however many groups it has
    expect(parsePasteBlock('110 714\r\n1 203 440\r\n')).toEqual([['110 714'], ['1 203 440']])
    expect(parsePasteBlock('2 345 678\n1 234 567\n98 765')).toEqual([
      ['2 345 678'],
      ['1 234 567'],
      ['98 765']
    ])
    expect(parsePasteBlock('1 200 300\n\n12\n4 500 600')).toEqual([
      ['1 200 300'],
      [''],
      ['12'],
      ['4 500 600']
    ])
    expect(landed('110 714\n1 203 440', 'new.np', requests)).toEqual({
      at: { 'new.np': '110 714', 'carry.np': '1 203 440' },
      lost: []
    })
    expect(isBlock('3 050')).toBe(false)
    expect(isBlock('1 2')).toBe(true)
  })
  it('parts figures at spaces in a row, where nothing tells 5 120 380 from 5120380', () => {
    // alone, it is what typing it into the cell gives
    expect(parsePasteBlock('5 120 380')).toEqual([['5 120 380']])
    expect(parsePasteBlock('规范性文件 5 120 380')).toEqual([['规范性文件', '5', '120', '380']])
    expect(parsePasteBlock('1 234\n5 6')).toEqual([
      ['1', '234'],
      ['5', '6']
    ])
    expect(parsePasteBlock('1 234\t5')).toEqual([['1 234', '5']])
    // a row on any line keeps every line rows: tabs, runs of spaces, a group not of three digits
    expect(parsePasteBlock('1 203 440\n12 3 45')).toEqual([
      ['1', '203', '440'],
      ['12', '3', '45']
    ])
    // lines all of one width are likelier rows copied from a PDF's text (10 200 300 / 40 500 600)
    expect(parsePasteBlock('10 200 300\n40 500 600')).toEqual([
      ['10', '200', '300'],
      ['40', '500', '600']
    ])
    expect(parsePasteBlock('1  203  440\n2  345  678')).toEqual([
      ['1', '203', '440'],
      ['2', '345', '678']
    ])
    expect(parsePasteBlock('1\t203\t440\n2\t345\t678')).toEqual([
      ['1', '203', '440'],
      ['2', '345', '678']
    ])
  })
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
  it('takes no row for an empty line or a page’s number between rows copied with their labels', () => {
    // 表二 selected in the published report's text (2024_hongze_qu.txt): a blank line between its rows
    expect(
      parsePasteBlock(
        '规章               0          0       0\n\n行政规范性文件          3          0       8'
      )
    ).toEqual([
      ['规章', '0', '0', '0'],
      ['行政规范性文件', '3', '0', '8']
    ])
    for (const mark of ['-3-', '— 3 —', '第3页', '第 3 页 共 5 页'])
      expect(parsePasteBlock(`1.属于国家秘密  0  1\n\n${mark}\n\f2.其他法律行政法规禁止公开  2  3`)).toEqual([
        ['1.属于国家秘密', '0', '1'],
        ['2.其他法律行政法规禁止公开', '2', '3']
      ])
    expect(
      landed(
        '规章               0          0       0\n\n行政规范性文件          3          0       8',
        'reg.made'
      )
    ).toEqual({
      at: {
        'reg.made': '0',
        'reg.repealed': '0',
        'reg.valid': '0',
        'norm.made': '3',
        'norm.repealed': '0',
        'norm.valid': '8'
      },
      lost: []
    })
    // down a column of figures alone, or under a heading, an empty line is a blank cell (Excel copies one so)
    expect(parsePasteBlock('3\n\n5')).toEqual([['3'], [''], ['5']])
    expect(parsePasteBlock('自然人\n3\n\n5')).toEqual([['自然人'], ['3'], [''], ['5']])
  })
  it('tells a block from a single value', () => {
    expect(isBlock('12')).toBe(false)
    expect(isBlock('12\n')).toBe(false)
    expect(isBlock('1\t2')).toBe(true)
    expect(isBlock('1\n2')).toBe(true)
  })
})

describe('parsePasteBlock: a sheet’s cell holding a line break, copied in quotes', () => {
  it('is one cell, its lines joined and its doubled quotes one', () => {
    expect(parsePasteBlock('"（二）部分公开\r\n（区分处理的）"\t2\t0\r\n"说明""甲"""\t1\t"3"\r\n')).toEqual([
      ['（二）部分公开（区分处理的）', '2', '0'],
      ['说明"甲"', '1', '3']
    ])
  })

  it('leaves a quote that does not close at its cell’s end, and a copy without tabs, as they are', () => {
    expect(parsePasteBlock('"规章\t0\n"x"y\t1')).toEqual([
      ['"规章', '0'],
      ['"x"y', '1']
    ])
    expect(parsePasteBlock('"12"\n"3"')).toEqual([['"12"'], ['"3"']])
  })
})

describe('withoutLabels: the names copied along with the figures', () => {
  it('drops a row label copied from Excel before the figures', () => {
    const block = parsePasteBlock('一、本年新收政府信息公开申请数量\t12\t2\t0\t0\t0\t0\t14')
    expect(withoutLabels(block)).toMatchObject({
      block: [['12', '2', '0', '0', '0', '0', '14']],
      rows: 0,
      columns: 1
    })
  })

  it('drops a heading row and the labels of a whole block, numbered labels too', () => {
    const block = parsePasteBlock(
      '\t自然人\t商业企业\n1.属于国家秘密\t0\t1\n2.其他法律行政法规禁止公开\t2\t3万元\n'
    )
    expect(withoutLabels(block)).toMatchObject({
      block: [
        ['0', '1'],
        ['2', '3万元']
      ],
      rows: 1,
      columns: 1
    })
  })

  it('drops every heading row of a table copied whole from a web page: 表四’s three', () => {
    expect(withoutLabels(parsePasteBlock(copied(4)))).toMatchObject({
      block: [['1', '1', '0', '0', '2', '1', '0', '0', '0', '1', '3', '0', '0', '0', '3']],
      rows: 3,
      columns: 0
    })
  })

  it('drops 表三’s three heading rows and each row’s labels, so its 25 rows of figures stay 25', () => {
    const { block, rows } = withoutLabels(parsePasteBlock(copied(3)))
    expect(rows).toBe(3)
    expect(block).toHaveLength(25)
    expect(block.every((r) => r.length === 7 && r.every((t) => /^\d+$/.test(t)))).toBe(true)
    expect(block[0]).toEqual(['95', '0', '0', '0', '0', '0', '95'])
    expect(block[2]).toEqual(['50', '0', '0', '0', '0', '0', '50'])
  })

  it('drops a row of labels alone further down (表二’s 第二十条第（五）项), keeps a sheet’s row of blanks', () => {
    const block = parsePasteBlock(
      '规章\t1\t0\t5\n第二十条第（五）项\n行政许可\t12\n4.保护第三方合法权益\t\t\t\n'
    )
    expect(withoutLabels(block).block).toEqual([['1', '0', '5'], ['12'], ['', '', '']])
  })

  it('takes each row’s figures after its own label when a web page’s spaces split the labels', () => {
    const block = parsePasteBlock('（一）予以公开 12 3\n（三）不予公开 属于国家秘密 0 1')
    expect(withoutLabels(block)).toMatchObject({
      block: [
        ['12', '3'],
        ['0', '1']
      ],
      rows: 0,
      columns: 2
    })
  })

  it('drops the labels of Excel rows under a merged group label, copied blank after its first row', () => {
    const block = parsePasteBlock('（三）不予公开\t1.属于国家秘密\t0\t1\n\t2.其他法律行政法规禁止公开\t2\t\n')
    expect(withoutLabels(block)).toMatchObject({
      block: [
        ['0', '1'],
        ['2', '']
      ],
      rows: 0,
      columns: 2
    })
  })

  it('drops a label merged over several columns of a sheet (its text and blanks) in every row alike', () => {
    // 表三 as the official sheet lays it out: three label columns, a group label in the first.
    const block = parsePasteBlock(
      '三、本年度办理结果\t（一）予以公开\t\t5\t1\t6\n' +
        '\t（三）不予公开\t1.属于国家秘密\t0\t\t0\n' +
        '四、结转下年度继续办理\t\t\t2\t0\t2\n'
    )
    expect(withoutLabels(block).block).toEqual([
      ['5', '1', '6'],
      ['0', '', '0'],
      ['2', '0', '2']
    ])
    expect(withoutLabels(block).columns).toBe(3)
  })

  it('takes a single row’s blanks after its label for a merged label’s where they would push figures past the row', () => {
    const row = parsePasteBlock('一、本年新收政府信息公开申请数量\t\t\t3\t0\t0\t0\t0\t0\t3')
    expect(withoutLabels(row, 7)).toMatchObject({
      block: [['3', '0', '0', '0', '0', '0', '3']],
      rows: 0,
      columns: 3
    })
    // with room for them, a blank after the label may be a blank figure: kept
    expect(withoutLabels(row, 9).block).toEqual([['', '', '3', '0', '0', '0', '0', '0', '3']])
  })

  it('keeps what is no label: figures with units, and a placeholder to be refused at its cell', () => {
    for (const text of [
      '12\t3\n4\t5',
      '12万元\t3件',
      '无\t3\n-\t4',
      '暂无\t3\n5\t4',
      '暂无\t3\t4',
      '\t3\n\t4'
    ])
      expect(withoutLabels(parsePasteBlock(text))).toMatchObject({
        block: parsePasteBlock(text),
        rows: 0,
        columns: 0
      })
  })

  it('places every figure of 表二 copied whole from a sheet: headings repeated with blanks take no row', () => {
    expect(withoutLabels(parsePasteBlock(table2Sheet), 3, active)).toMatchObject({
      block: [
        ['0', '0', '5'],
        ['5', '2', '38'],
        ['1250', '', ''],
        ['320', '', ''],
        ['15', '', ''],
        ['86.35', '', '']
      ],
      rows: 8,
      columns: 1,
      rowLabels: ['规章', '行政规范性文件', '行政许可', '行政处罚', '行政强制', '行政事业性收费']
    })
    expect(landed(table2Sheet, 'reg.made')).toEqual({
      at: {
        'reg.made': '0',
        'reg.repealed': '0',
        'reg.valid': '5',
        'norm.made': '5',
        'norm.repealed': '2',
        'norm.valid': '38',
        'licence.decisions': '1250',
        'penalty.decisions': '320',
        'coercion.decisions': '15',
        'fees.amount': '86.35'
      },
      lost: []
    })
  })

  it('takes a sheet’s repeated heading row for a heading by its labels over figure columns, table or none', () => {
    // the QA case: 本年处理决定数量 sits where the rows above have figures
    const block = parsePasteBlock(
      sheet([
        ['规章', '0', '0', '0'],
        ['行政规范性文件', '5', '2', '38'],
        ['信息内容', '本年处理决定数量（件）', '', ''],
        ['行政许可', '1250', '', '']
      ])
    )
    expect(withoutLabels(block, 3)).toMatchObject({
      block: [
        ['0', '0', '0'],
        ['5', '2', '38'],
        ['1250', '', '']
      ],
      rows: 1,
      columns: 1
    })
  })

  it('keeps a row the table names with its figures blank, at the top too', () => {
    const block = parsePasteBlock(
      sheet([
        ['规章', '', '', ''],
        ['行政规范性文件', '5', '2', '38'],
        ['第二十条第（五）项', '', '', ''],
        ['行政许可', '', '', '']
      ])
    )
    expect(withoutLabels(block, 3, active)).toMatchObject({
      block: [
        ['', '', ''],
        ['5', '2', '38'],
        ['', '', '']
      ],
      rows: 1,
      columns: 1
    })
    expect(
      landed(
        sheet([
          ['规章', '', '', ''],
          ['行政规范性文件', '5', '2', '38']
        ]),
        'reg.made'
      ).at
    ).toEqual({
      'reg.made': '',
      'reg.repealed': '',
      'reg.valid': '',
      'norm.made': '5',
      'norm.repealed': '2',
      'norm.valid': '38'
    })
  })

  it('takes each row’s label out of a report’s text, a label wrapped over lines of its own and its pieces too', () => {
    // （二）'s label wrapped over two lines, its figures on a third; 三、本年度办理结果 printed in pieces
    // between the rows of （三）, split at its spaces; （三）不予公开 on a line of its own
    const text = hongzeLines('（二）部分公开', '5.属于三类内部事务信息')
    const read = withoutLabels(parsePasteBlock(text), 7, requests)
    expect(read.block).toHaveLength(6)
    expect(read.rowLabels[0]).toBe('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')
    expect(read.rowLabels.slice(1)).toEqual([
      '1.属于国家秘密',
      '2.其他法律行政止公开',
      '3.危及“三安全一稳定”',
      '4.保护第三方合法权益',
      '5.属于三类内部事务信息'
    ])
    const { at, lost } = landed(text, 'r2.np', requests)
    expect(lost).toEqual([])
    expect(Object.keys(at)).toHaveLength(42)
    expect([at['r2.np'], at['r2.tot'], at['r3_1.np'], at['r3_3.np'], at['r3_3.tot'], at['r3_5.np']]).toEqual([
      '9',
      '9',
      '0',
      '1',
      '1',
      '0'
    ])
  })

  it('never takes a figure for a merged label’s blank, though other rows’ labels take its column', () => {
    const block = parsePasteBlock(
      '\t（三）不予公开\t1.属于国家秘密\t0\t1\n四、结转下年度继续办理\t2\t0\t2\t\n'
    )
    expect(withoutLabels(block).block).toEqual([
      ['0', '1'],
      ['2', '0', '2', '']
    ])
  })
})

describe('sameRow: a copied row label against the row its figures landed on', () => {
  it.each([
    ['规范性文件', '行政规范性文件'],
    ['（三）不予公开 1.属于国家秘密', '1.属于国家秘密'],
    ['2.没有现成信息需另行制作', '2.没有现成信息需要另行制作'],
    ['一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请数量'],
    ['行政许可', '行政许可']
  ])('%s names %s', (copied, row) => expect(sameRow(copied, row)).toBe(true))
  it.each([
    ['其他对外管理服务事项', '行政处罚'],
    ['政府集中采购', '行政事业性收费'],
    ['（七）总计', '2.申请人逾期未按收费通知要求缴纳费用'],
    ['四、结转下年度继续办理', '3.其他']
  ])('%s does not name %s', (copied, row) => expect(sameRow(copied, row)).toBe(false))
})

describe('placedByLabel: rows copied with their labels, read into the rows they name', () => {
  it('reads 表三 selected in a published report’s text into its rows, a group’s one row of zeros into each item', () => {
    const read = placedByLabel(hongzeLines('一、本年新收', '四、结转下年度继续办理'), requests)!
    expect(read.texts.size).toBe(175)
    expect(
      ['new.np', 'new.biz', 'r1.np', 'r1.biz', 'r4_1.tot', 'r6_2.np', 'r7.tot'].map((k) => read.texts.get(k))
    ).toEqual(['95', '0', '50', '0', '31', '0', '95'])
    expect(read.notes).toEqual([expect.stringContaining('“（六）其他处理”印为一行')])
  })

  it('reads nothing when a line of figures fits no row whole', () => {
    expect(
      placedByLabel('（一）予以公开\t50\t0\t0\t0\t0\t0\t50\n（二）部分公开\t9\t0\t9', requests)
    ).toBeUndefined()
    expect(placedByLabel('规章 0 0 0\n12 13 14', active)).toBeUndefined()
  })

  it('tells a label naming a row of the table from one naming none', () => {
    expect(namedRow('规范性文件', active)).toBe('行政规范性文件')
    expect(namedRow('其他对外管理服务事项', active)).toBeUndefined()
    expect(namedRow('（三）', requests)).toBeUndefined()
  })
})

describe('placedByOwnLabels: rows copied each with its label, in another order than the table’s', () => {
  const active2019 = format2019.tables.find((t) => t.id === 'active')!
  const own = (text: string, table = active2019): Record<string, string> | undefined => {
    const { block, rowLabels } = withoutLabels(parsePasteBlock(text), Infinity, table)
    const placed = placedByOwnLabels(block, rowLabels, table)
    return placed && Object.fromEntries(placed.texts)
  }

  it('puts each row in the row its label names, a merged column’s blank left out', () => {
    expect(own('行政处罚\t5\t-1\t120\n规范性文件\t3\t3\t20\n行政事业性收费\t10\t-1\t')).toEqual({
      'penalty.lastYear': '5',
      'penalty.change': '-1',
      'penalty.decisions': '120',
      'norm.newMade': '3',
      'norm.newPublished': '3',
      'norm.totalPublished': '20',
      'fees.lastYear': '10',
      'fees.change': '-1'
    })
  })

  it('takes the row of the same words before one holding them: 3.其他 is not 2.其他法律行政法规禁止公开', () => {
    expect(own('3.其他\t0\t0\t0\t0\t0\t1\t1\n1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0', requests)).toMatchObject({
      'r6_3.oth': '1',
      'r3_1.tot': '0'
    })
  })

  it('places nothing where a row is short, a label names no row or two rows name one', () => {
    expect(own('行政处罚\t5\t120\n行政许可\t30\t2\t450')).toBeUndefined()
    expect(own('行政处罚\t5\t0\t120\n政府网站\t30\t2\t450')).toBeUndefined()
    expect(own('行政处罚\t5\t0\t120\n行政处罚\t30\t2\t450')).toBeUndefined()
    // 2019's 其他对外管理服务事项 has no row in the 2021 table
    expect(own('行政处罚\t120\n其他对外管理服务事项\t8', active)).toBeUndefined()
  })
})

describe('a table copied one cell a line: its rows named on lines of their own', () => {
  const active2019 = format2019.tables.find((t) => t.id === 'active')!
  const requests2019 = format2019.tables.find((t) => t.id === 'requests')!
  const apart = (text: string, table = active): boolean => namesRowsApart(parsePasteBlock(text), table)

  it('tells rows named apart from their figures, in either script, a row’s figures on one line or many', () => {
    expect(apart('规章\n0\n0\n0\n规范性文件\n3\n3\n25')).toBe(true)
    expect(apart('规章\n0\n0\n0\n规范性文件\n3\n3\n25', active2019)).toBe(true)
    expect(apart('規章\n0\n0\n0', active2019)).toBe(true)
    expect(apart('规章\n0 0 0\n行政规范性文件\n3 3 25')).toBe(true)
    for (const table of [...format2019.tables, ...format2021.tables].filter((t) => t.id !== 'review'))
      expect(apart(oneCellALine(table), table)).toBe(true)
  })

  it('takes a column’s heading over its figures, or a piece of a wrapped heading, for no row', () => {
    for (const table of [requests, requests2019]) {
      expect(apart('总计\n5\n1', table)).toBe(false)
      expect(apart('其他\n5\n1', table)).toBe(false)
      expect(apart('自然人\n3\n\n5', table)).toBe(false)
      expect(apart('本年新\n收\n3\n5', table)).toBe(false)
    }
    // a row's label holds 其他 or 本年新, and is not named by it
    expect(apart('其他\n1\n2', active2019)).toBe(false)
    expect(apart('本年新\n制作数量\n0\n3', active2019)).toBe(false)
    expect(apart('3\n4\n5')).toBe(false)
    expect(apart('规章\n规范性文件')).toBe(false)
  })

  it('tells 表四 copied one cell a line, its figures under its headings, from a column with its heading', () => {
    for (const table of [format2019, format2021].map((f) => f.tables.find((t) => t.id === 'review')!)) {
      expect(headsOneRow(parsePasteBlock(oneCellALine(table)), table)).toBe(true)
      expect(placedByLabel(oneCellALine(table), table)!.texts.size).toBe(15)
      expect(headsOneRow(parsePasteBlock('结果维持\n3'), table)).toBe(false)
      expect(headsOneRow(parsePasteBlock('1\n2\n3'), table)).toBe(false)
    }
    expect(headsOneRow(parsePasteBlock(oneCellALine(active)), active)).toBe(false)
  })

  it('reads each format’s 表二 and 表三 printed one cell a line into every cell', () => {
    for (const table of [...format2019.tables, ...format2021.tables].filter((t) => t.id !== 'review')) {
      const read = placedByLabel(oneCellALine(table), table)!
      expect(table.cells.filter((c, i) => read.texts.get(c.key) !== String(i + 1))).toEqual([])
    }
  })

  it('reads 表二 and 表三 of seeds 002 and 004 into a 2019-format table whole, 004’s dashes after its rows no figures', () => {
    for (const seed of ['002_3653a5693d759def', '004_f38c235b9a3e9290'] as const) {
      expect(placedByLabel(seedTable(seed, 2), active2019)!.texts.size).toBe(active2019.cells.length)
      const t3 = placedByLabel(seedTable(seed, 3), requests2019)!
      expect(t3.texts.size).toBe(requests2019.cells.length)
      expect([...t3.texts.values()].filter((t) => !/^\d+$/.test(t))).toEqual([])
    }
    const t3 = placedByLabel(seedTable('004_f38c235b9a3e9290', 3), requests2019)!
    expect(['new.np', 'new.tot', 'r3_2.np', 'next.tot'].map((k) => t3.texts.get(k))).toEqual([
      '241',
      '259',
      '5',
      '10'
    ])
  })

  it('reads seed 002’s 2019-format 表三 into a 2021 table, its （六）其他处理 of zeros into each of the items', () => {
    const read = placedByLabel(seedTable('002_3653a5693d759def', 3), requests)!
    expect(read.texts.size).toBe(requests.cells.length)
    expect(['r6_1.np', 'r6_3.tot', 'r3_4.np', 'r7.tot'].map((k) => read.texts.get(k))).toEqual([
      '0',
      '0',
      '1',
      '1'
    ])
    expect(read.notes).toEqual([expect.stringContaining('“（六）其他处理”印为一行')])
  })

  it('says which figures a 2019-format 表二 leaves unread in a 2021 table, and what the table has there', () => {
    const read = readByLabel(seedTable('002_3653a5693d759def', 2), active)
    expect(placedByLabel(seedTable('002_3653a5693d759def', 2), active)).toBeUndefined()
    expect(read.unread).toEqual([
      { label: '行政许可', figures: ['9', '0', '4943'], row: '行政许可', cells: 1 },
      { label: '其他对外管理服务事项', figures: ['12', '(增1)', '2034'] },
      { label: '行政处罚', figures: ['0', '0', '0'], row: '行政处罚', cells: 1 },
      { label: '行政强制', figures: ['0', '0', '0'], row: '行政强制', cells: 1 },
      { label: '行政事业性收费', figures: ['0', '0'], row: '行政事业性收费', cells: 1 },
      { label: '政府集中采购', figures: ['1', '2000万'] }
    ])
    // figures above the first label: no row named for them
    expect(readByLabel('0\n0\n行政规范性文件\n3\n0\n8', active).unread).toEqual([
      { label: '', figures: ['0', '0'] }
    ])
  })
})
