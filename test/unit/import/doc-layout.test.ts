// A report inside a layout table, as a .doc: a CMS page wraps its article in a table, and Word, WPS and
// LibreOffice keep it when the page is saved as .doc, the report's own tables then nested in the layout
// table's cell. The .doc reads as the page does (and as the .docx saved from it): the layout table's cells as
// the paragraphs and tables they hold, the nested statutory tables as tables.
//
// cms-layout-2024.html is a made-up agency's page (国家某某局, its figures invented); cms-layout-2024.doc
// and .docx are LibreOffice's conversions of it (`soffice --headless --convert-to doc` and `docx`).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { docLines } from '@shared/import/doc'
import { docxLines } from '@shared/import/docx'
import type { Line } from '@shared/import/lines'
import { wordLines } from '@shared/import/wordml'
import { buildDoc, le } from './doc-make'
import { IMPORT_FIXTURES } from './expect'
import { essence } from './laid-out'
import { imported, type Imported } from './imported'

const DOC = join(IMPORT_FIXTURES, 'doc')
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(DOC, name)))

const linesOfDoc = (bytes: Uint8Array): Line[] => {
  const doc = docLines(bytes)
  return doc.lines(doc.text)
}

/** Lines as text: a table row is its cells joined by “|”. */
const asText = (lines: Line[]): string[] =>
  lines.map((l) => (l.row ? l.pieces.map((x) => x.text).join('|') : l.text))

describe('cms-layout-2024.doc: a CMS page saved as .doc by LibreOffice', () => {
  const name = 'cms-layout-2024'

  it('reads into the very lines of the .docx saved from the same page: text, rows, tables, columns', async () => {
    const lines = linesOfDoc(bytesOf(`${name}.doc`))
    const docx = await docxLines(bytesOf(`${name}.docx`))
    expect(lines).toEqual(docx.lines(docx.text))
    // The page's head, the title and the parts are lines of their own, not one cell of the layout table.
    const text = asText(lines)
    expect(text.slice(0, 2)).toEqual([
      '首页 > 政府信息公开 > 政府信息公开年报',
      '索引号：000014349/2025-00012|发布机构：国家某某局办公室'
    ])
    expect(text).toContain('国家某某局2024年政府信息公开工作年度报告')
    expect(text).toContain('三、收到和处理政府信息公开申请情况')
    expect(lines.filter((l) => l.row).length).toBeGreaterThan(30)
  })

  it('imports as the page itself does: the same title, cells, parts, tables and problems', async () => {
    const fromDoc = await imported(`${name}.doc`, bytesOf(`${name}.doc`))
    const fromHtml = await imported(`${name}.html`, bytesOf(`${name}.html`))
    expect(essence(fromDoc.report)).toEqual(essence(fromHtml.report))
    expect(fromDoc.report.sections).toEqual(fromHtml.report.sections)
    expect(fromDoc.report.tables).toEqual(fromHtml.report.tables)
    expect(fromDoc.trace.tables).toEqual(fromHtml.trace.tables)
    const problems = (r: Imported): unknown => r.problems.map(({ loc: _, ...p }) => p)
    expect(problems(fromDoc)).toEqual(problems(fromHtml))
    expect(fromDoc.report.title).toBe('国家某某局2024年政府信息公开工作年度报告')
    expect(fromDoc.report.tables.requests['new.tot']).toBe(3119)
  })
})

// Documents built here twice, as .doc and as Word XML, from one outline: the .doc must read into the very
// lines the Word XML reader gives, which decides layout tables in the same way. Two tables of one depth
// with nothing between are one table in a .doc (as in Word), so the outlines keep a paragraph between.

/** What a cell (or the document) holds, in order: paragraphs and tables. */
type Block = string | Table
interface Table {
  /** Rows, each a list of cells, each a list of blocks. */
  rows: Block[][][]
}
const tbl = (...rows: Block[][][]): Table => ({ rows })

const xmlOf = (blocks: Block[]): string =>
  blocks
    .map((b) =>
      typeof b === 'string'
        ? `<w:p><w:r><w:t>${b}</w:t></w:r></w:p>`
        : `<w:tbl>${b.rows
            .map(
              (cells) =>
                // Word ends every cell with a paragraph: one holding a table last gets an empty one.
                `<w:tr>${cells.map((c) => `<w:tc>${xmlOf(c)}${typeof c.at(-1) === 'string' ? '' : '<w:p/>'}</w:tc>`).join('')}</w:tr>`
            )
            .join('')}</w:tbl>`
    )
    .join('')

const sprm = (id: number, ...operand: number[]): number[] => [...le(id, 2), ...operand]
const IN_TABLE = sprm(0x2416, 1)
const TTP = sprm(0x2417, 1)
const INNER_CELL = sprm(0x244b, 1)
const INNER_TTP = sprm(0x244c, 1)
const itap = (depth: number): number[] => sprm(0x6649, ...le(depth, 4))
/** A row's layout (sprmTDefTable): `n` cells of equal width, each a TC80 of zeros. */
const rowDef = (n: number): number[] => {
  const body = [
    n,
    ...Array.from({ length: n + 1 }, (_, k) => le((k * 9000) / n, 2)).flat(),
    ...new Array<number>(20 * n).fill(0)
  ]
  return sprm(0xd608, ...le(body.length + 1, 2), ...body)
}

interface Paragraph {
  text: string
  mark: string
  sprms: number[]
}

/**
 * Paragraphs as Word 97 and later write them (MS-DOC 2.4.3): at depth 1 a cell ends with \x07 and a row
 * with a \x07 under sprmPFTtp; deeper, with paragraph marks under sprmPFInnerTableCell and sprmPFInnerTtp,
 * every paragraph of a table saying its depth (sprmPItap; Word leaves it out at depth 1).
 */
function paragraphsOf(blocks: Block[], depth = 0): Paragraph[] {
  const inTable = (d: number): number[] => (d ? [...IN_TABLE, ...(d > 1 ? itap(d) : [])] : [])
  return blocks.flatMap((b): Paragraph[] => {
    if (typeof b === 'string') return [{ text: b, mark: '\r', sprms: inTable(depth) }]
    const d = depth + 1
    return b.rows.flatMap((cells) => [
      ...cells.flatMap((cell) => {
        const inner = paragraphsOf(cell, d)
        if (typeof cell.at(-1) !== 'string') inner.push({ text: '', mark: '\r', sprms: inTable(d) })
        const last = inner[inner.length - 1]
        if (d === 1) last.mark = '\x07'
        else last.sprms = [...last.sprms, ...INNER_CELL]
        return inner
      }),
      d === 1
        ? { text: '', mark: '\x07', sprms: [...inTable(1), ...TTP, ...rowDef(cells.length)] }
        : {
            text: '',
            mark: '\r',
            sprms: [...inTable(d), ...INNER_CELL, ...INNER_TTP, ...rowDef(cells.length)]
          }
    ])
  })
}

const docOf = (paragraphs: Paragraph[]): Uint8Array =>
  buildDoc({
    pieces: [{ text: paragraphs.map((p) => p.text + p.mark).join('') }],
    papx: paragraphs.map((p) => p.sprms)
  })

const both = (blocks: Block[]): { doc: Line[]; xml: Line[] } => ({
  doc: linesOfDoc(docOf(paragraphsOf(blocks))),
  xml: wordLines(`<w:document><w:body>${xmlOf(blocks)}</w:body></w:document>`)
})

const title = '某某局2024年政府信息公开工作年度报告'
const data = tbl([['信息内容'], ['本年制发件数']], [['规章'], ['1']])
const report: Block[] = [
  title,
  '一、总体情况',
  '正文。',
  '二、主动公开政府信息情况',
  data,
  '三、收到和处理政府信息公开申请情况'
]
const reportLines = [
  title,
  '一、总体情况',
  '正文。',
  '二、主动公开政府信息情况',
  '信息内容|本年制发件数',
  '规章|1',
  '三、收到和处理政府信息公开申请情况'
]

describe('nested tables in a .doc built here, read as the same document in Word XML', () => {
  it.each<[string, Block[], string[]]>([
    ['the report in a 1×1 table', [tbl([report])], reportLines],
    [
      'a CMS page: one column, the head with its own small table, the article, the foot',
      [
        tbl(
          [['首页 > 政府信息公开年报', tbl([['索引号：000014349/2025-00012'], ['发布机构：某某局办公室']])]],
          [report],
          [['主办：某某局']]
        )
      ],
      [
        '首页 > 政府信息公开年报',
        '索引号：000014349/2025-00012|发布机构：某某局办公室',
        ...reportLines,
        '主办：某某局'
      ]
    ],
    [
      'navigation beside the article',
      [tbl([['首页', '通知公告'], report])],
      ['首页', '通知公告', ...reportLines]
    ],
    [
      'a frame inside navigation’s table: the statutory table three deep',
      [tbl([['首页', '通知公告'], [tbl([report])]])],
      ['首页', '通知公告', ...reportLines]
    ],
    [
      'a frame of paragraphs, no table in it',
      [tbl([[title, '一、总体情况']]), '正文。'],
      [title, '一、总体情况', '正文。']
    ]
  ])('%s: the title, parts and statutory table as the page has them', (_, blocks, want) => {
    const { doc, xml } = both(blocks)
    expect(asText(doc)).toEqual(want)
    expect(doc).toEqual(xml)
  })

  it('numbers only the tables read as data, in reading order', () => {
    const { doc, xml } = both([
      tbl([
        ['甲', data],
        ['乙', data]
      ]),
      '后',
      data
    ])
    expect(doc.filter((l) => l.row).map((l) => l.loc)).toEqual(
      [0, 0, 1, 1, 2, 2].map((table, i) => ({ table, row: i % 2, col: 0 }))
    )
    expect(doc).toEqual(xml)
  })

  it('a statutory table stays one: a cell split by a table of its own is that cell’s text', () => {
    const split = tbl(
      [['（三）不予公开'], [tbl([['1.属于国家秘密'], ['2']], [['2.其他'], ['3']])]],
      [['（四）无法提供'], ['0']]
    )
    const { doc, xml } = both(['前', split, '后'])
    expect(asText(doc)).toEqual(['前', '（三）不予公开|1.属于国家秘密 2 2.其他 3', '（四）无法提供|0', '后'])
    expect(doc).toEqual(xml)
  })

  it('a one-column table of one paragraph a cell, and a cell of two paragraphs among columns, stay rows', () => {
    const { doc, xml } = both([
      tbl([['规章']], [['5']]),
      '又',
      tbl([['（二）部分公开', '（区分处理的）'], ['3']])
    ])
    expect(asText(doc)).toEqual(['规章', '5', '又', '（二）部分公开 （区分处理的）|3'])
    expect(doc.filter((l) => !l.row).map((l) => l.text)).toEqual(['又'])
    expect(doc).toEqual(xml)
  })
})

describe('nesting a damaged .doc says', () => {
  it('a depth of 2^32 − 1 reads the text, at once', () => {
    const paragraphs: Paragraph[] = [
      { text: title, mark: '\r', sprms: [] },
      { text: '深处', mark: '\r', sprms: [...IN_TABLE, ...itap(0xffffffff)] },
      { text: '后', mark: '\r', sprms: [] }
    ]
    const started = performance.now()
    expect(asText(linesOfDoc(docOf(paragraphs)))).toEqual([title, '深处', '后'])
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('a nested table without its cell and row marks keeps its text, in the cell holding it', () => {
    const paragraphs: Paragraph[] = [
      { text: '规章', mark: '\x07', sprms: IN_TABLE },
      { text: '内1', mark: '\r', sprms: [...IN_TABLE, ...itap(2)] },
      { text: '内2', mark: '\r', sprms: [...IN_TABLE, ...itap(2)] },
      { text: '', mark: '\x07', sprms: IN_TABLE },
      { text: '', mark: '\x07', sprms: [...IN_TABLE, ...TTP] },
      { text: '后', mark: '\r', sprms: [] }
    ]
    expect(asText(linesOfDoc(docOf(paragraphs)))).toEqual(['规章|内1 内2', '后'])
  })
})
