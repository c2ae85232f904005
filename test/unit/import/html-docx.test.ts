// HTML with real tables (rowspan/colspan, several header rows, &nbsp;, empty cells, a layout table around
// everything) and a Word file made here with `docx` (merged headers) import through the same path.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  VerticalMergeType
} from 'docx'
import { describe, expect, it } from 'vitest'
import { getFormat, tableOf } from '@shared/formats'
import { importReport } from '@shared/import'
import type { ImportResult } from '@shared/import'
import { docxToHtml } from '@shared/import/docx'
import { IMPORT_FIXTURES } from './expect'

type Ok = Extract<ImportResult, { ok: true }>
const ok = (r: ImportResult): Ok => {
  if (!r.ok) throw new Error(r.message)
  return r
}

describe('HTML: county2022.html (hand-made, official 2021 layout)', () => {
  const load = async (): Promise<Ok> =>
    ok(
      await importReport({
        name: 'county2022.html',
        data: readFileSync(join(IMPORT_FIXTURES, 'county2022.html'), 'utf8')
      })
    )

  it('reads table 三 by its labels whatever the spans: row i, column j holds 10i+j, 总计 their sum', async () => {
    const r = await load()
    const t = tableOf(getFormat('2021'), 'requests')
    if (!t) throw new Error('no table')
    const rows = [...new Set(t.cells.map((c) => c.key.split('.')[0]))]
    const cols = ['np', 'biz', 'sci', 'npo', 'law', 'oth']
    rows.forEach((row, i) => {
      cols.forEach((col, j) => {
        const want =
          (row === 'r3_2' && col === 'sci') || (row === 'r5_3' && col === 'law') ? null : i * 10 + j
        expect(r.report.tables.requests[`${row}.${col}`], `${row}.${col}`).toBe(want)
      })
      expect(r.report.tables.requests[`${row}.tot`]).toBe(60 * i + 15)
    })
  })

  it('reads tables 二 and 四: full-width digits, thousands, spanned cells; blank stays blank, “/” is VAL-06', async () => {
    const r = await load()
    expect(r.report.tables.active).toEqual({
      'reg.made': 0,
      'reg.repealed': 0,
      'reg.valid': 0,
      'norm.made': 12,
      'norm.repealed': 3,
      'norm.valid': null,
      'licence.decisions': 1024,
      'penalty.decisions': 88,
      'coercion.decisions': null,
      'fees.amount': 12.5
    })
    expect(Object.values(r.report.tables.review)).toEqual([1, 2, 3, 4, 10, 0, 1, 0, 0, 1, 2, 0, 0, 1, 3])
    // A dash for a figure is read as blank and is the published report's error, not a cell unread.
    expect(r.problems.filter((p) => p.level === 'error')).toEqual([])
    const placeholders = r.problems.filter((p) => p.finding?.rule === 'cell.placeholder')
    expect(placeholders.map((p) => [p.ref, p.finding?.severity])).toEqual([
      ['active:coercion.decisions', 'error'],
      ['requests:r5_3.law', 'error']
    ])
  })

  it('traces cells to table, grid row and column (spans expanded)', async () => {
    const r = await load()
    // Table 三 is the document's second data table; row 3 of its grid is 一、本年新收, 总计 is column 9.
    expect(r.trace.tables.requests['new.tot']).toEqual({ loc: { table: 1, row: 3, col: 9 }, text: '15' })
    expect(r.trace.tables.requests['r3_2.np']).toEqual({ loc: { table: 1, row: 8, col: 3 }, text: '50' })
    expect(r.trace.tables.review['lit2.total']).toEqual({ loc: { table: 2, row: 3, col: 14 }, text: '3' })
  })

  it('keeps the prose, drops the site furniture', async () => {
    const r = await load()
    expect(r.report.agency).toBe('某某县人民政府')
    expect(r.report.sections.overview).toContain('2022年，我县全面推进政务公开。\n（一）主动公开情况。')
    expect(r.report.sections.other).toBe('本年度未收取信息处理费。')
    expect(Object.values(r.report.sections).join('')).not.toMatch(/版权所有|首页/)
  })
})

const cell = (
  text: string,
  opts: { columnSpan?: number; rowSpan?: number; merge?: 'restart' | 'continue' } = {}
) =>
  new TableCell({
    children: [new Paragraph({ text, alignment: AlignmentType.CENTER })],
    columnSpan: opts.columnSpan,
    verticalMerge:
      opts.merge === 'restart'
        ? VerticalMergeType.RESTART
        : opts.merge === 'continue'
          ? VerticalMergeType.CONTINUE
          : undefined
  })

async function makeDocx(): Promise<Uint8Array> {
  const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
  const review = new Table({
    rows: [
      new TableRow({ children: [cell('行政复议', { columnSpan: 5 }), cell('行政诉讼', { columnSpan: 10 })] }),
      new TableRow({
        children: [
          ...results.map((t) => cell(t, { merge: 'restart' })),
          cell('未经复议直接起诉', { columnSpan: 5 }),
          cell('复议后起诉', { columnSpan: 5 })
        ]
      }),
      new TableRow({
        children: [
          ...results.map(() => cell('', { merge: 'continue' })),
          ...[...results, ...results].map((t) => cell(t))
        ]
      }),
      new TableRow({ children: [3, 1, 0, 1, 5, 2, 0, 0, 0, 2, 0, 0, 1, 0, 1].map((n) => cell(String(n))) })
    ]
  })
  const active = new Table({
    rows: [
      new TableRow({ children: [cell('第二十条第（一）项', { columnSpan: 4 })] }),
      new TableRow({
        children: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'].map((t) => cell(t))
      }),
      new TableRow({ children: ['规章', '0', '0', '2'].map((t) => cell(t)) }),
      new TableRow({ children: ['行政规范性文件', '7', '1', '40'].map((t) => cell(t)) })
    ]
  })
  const h = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 })
  const p = (text: string) => new Paragraph({ text })
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            text: '某某市生态环境局2023年政府信息公开工作年度报告',
            heading: HeadingLevel.TITLE
          }),
          h('一、总体情况'),
          p('2023年，我局坚持以公开为常态、不公开为例外。'),
          h('二、主动公开政府信息情况'),
          active,
          h('三、收到和处理政府信息公开申请情况'),
          h('四、政府信息公开行政复议、行政诉讼情况'),
          review,
          h('五、存在的主要问题及改进情况'),
          p('解读形式较为单一。'),
          h('六、其他需要报告的事项'),
          p('无。')
        ]
      }
    ]
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

describe('HTML whose tables are not tables (pasted into a CMS as paragraphs)', () => {
  const text = readFileSync(join(IMPORT_FIXTURES, 'education2022.txt'), 'utf8')
  const page = (paragraphs: string[]): string =>
    `<html><body>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</body></html>`
  const cells = (r: Ok) => r.report.tables

  it('rows typed with tabs, one paragraph each, read as the text file reads them', async () => {
    const want = ok(await importReport({ name: 'e.txt', data: text }))
    const got = ok(await importReport({ name: 'e.html', data: page(text.split('\n')) }))
    expect(cells(got)).toEqual(cells(want))
  })

  it('one paragraph per cell: tables 三 and 四 read as the text file reads them', async () => {
    const want = ok(await importReport({ name: 'e.txt', data: text }))
    const flat = text.split('\n').flatMap((l) => l.split('\t'))
    const got = ok(await importReport({ name: 'e.html', data: page(flat) }))
    expect([cells(got).requests, cells(got).review]).toEqual([cells(want).requests, cells(want).review])
  })
})

describe('HTML that shows the report as typed, in <pre>', () => {
  it('reads each line of it as a line, tables as the text file reads them', async () => {
    const text = readFileSync(join(IMPORT_FIXTURES, 'education2022.txt'), 'utf8')
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
    const want = ok(await importReport({ name: 'e.txt', data: text }))
    const got = ok(
      await importReport({ name: 'e.html', data: `<html><body><pre>${escaped}</pre></body></html>` })
    )
    expect([got.report.agency, got.report.year, got.report.tables]).toEqual([
      want.report.agency,
      want.report.year,
      want.report.tables
    ])
  })
})

describe('Word (.docx made with the docx library)', () => {
  it('imports title, parts and tables with merged headers', async () => {
    const r = ok(await importReport({ name: '年报.docx', data: await makeDocx() }))
    expect([r.report.format, r.report.year, r.report.agency, r.report.agencyKind]).toEqual([
      '2021',
      2023,
      '某某市生态环境局',
      'department'
    ])
    expect(Object.values(r.report.tables.review)).toEqual([3, 1, 0, 1, 5, 2, 0, 0, 0, 2, 0, 0, 1, 0, 1])
    expect(r.report.tables.active['norm.valid']).toBe(40)
    expect(r.report.tables.active['licence.decisions']).toBeNull()
    expect(r.trace.kind).toBe('docx')
    expect(r.trace.tables.review['rev.keep'].loc).toEqual({ table: 1, row: 3, col: 0 })
    expect(r.report.sections.overview).toBe('2023年，我局坚持以公开为常态、不公开为例外。')
    expect(r.report.sections.problems).toBe('解读形式较为单一。')
    expect(r.problems.some((p) => p.ref === 'requests:*')).toBe(true)
  })
})

describe('the direct Word reader agrees with mammoth', () => {
  it('same report from document.xml as from mammoth → HTML', async () => {
    const bytes = await makeDocx()
    const direct = ok(await importReport({ name: 'a.docx', data: bytes }))
    const viaMammoth = ok(await importReport({ name: 'a.html', data: await docxToHtml(bytes) }))
    expect(direct.report).toEqual(viaMammoth.report)
  })
  it('a damaged archive whose directory names word/document.xml is refused with a message', async () => {
    const bytes = await makeDocx()
    const r = await importReport({ name: 'a.docx', data: bytes.slice(0, bytes.length >> 1) })
    expect(r.ok).toBe(false)
  })
})

describe('Word headings numbered automatically (the “一、” is not in the text)', () => {
  it('finds the parts by their exact words', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              text: '某某市司法局2023年政府信息公开工作年度报告',
              heading: HeadingLevel.TITLE
            }),
            ...[
              ['总体情况', '全年主动公开信息300条。'],
              ['主动公开政府信息情况', ''],
              ['收到和处理政府信息公开申请情况', ''],
              ['政府信息公开行政复议、行政诉讼情况', ''],
              ['存在的主要问题及改进情况', '公开深度不够。'],
              ['其他需要报告的事项', '无。']
            ].flatMap(([h, p]) => [
              new Paragraph({
                text: h,
                heading: HeadingLevel.HEADING_1,
                numbering: { reference: 'parts', level: 0 }
              }),
              ...(p ? [new Paragraph({ text: p })] : [])
            ])
          ]
        }
      ],
      numbering: {
        config: [{ reference: 'parts', levels: [{ level: 0, format: 'chineseCounting', text: '%1、' }] }]
      }
    })
    const r = ok(await importReport({ name: 'a.docx', data: new Uint8Array(await Packer.toBuffer(doc)) }))
    expect(Object.keys(r.trace.sections)).toHaveLength(6)
    expect(r.report.sections.overview).toBe('全年主动公开信息300条。')
    expect(r.report.sections.problems).toBe('公开深度不够。')
    expect(r.report.sections.other).toBe('无。')
  })
})
