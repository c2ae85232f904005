// A report inside a layout table: a CMS page wraps its article in one, and Word, WPS and LibreOffice keep it
// when the page is saved as .docx (or Word 2003 XML). The Word file then imports as the report alone does:
// the layout table's cells are read as the document they hold, the statutory tables inside as tables.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { exportDocx } from '@shared/export'
import { docLines } from '@shared/import/doc'
import type { SourceLoc } from '@shared/import/types'
import { flatWordLines, wordLines } from '@shared/import/wordml'
import { essence, fixtureReport } from './laid-out'
import { IMPORT_FIXTURES } from './expect'
import { imported, type Imported } from './imported'

const DOC = join(IMPORT_FIXTURES, 'doc')

const p = (text: string): string => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`
const tc = (content: string): string =>
  `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>${content}</w:tc>`
const tr = (...cells: string[]): string => `<w:tr>${cells.map(tc).join('')}</w:tr>`
const tbl = (...rows: string[]): string =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows.join('')}</w:tbl>`

/** document.xml with its body (all but the section properties) handed to `wrap`. */
const rewrap = (xml: string, wrap: (body: string) => string): string => {
  const m = /(<w:body>)([\s\S]*)(<w:sectPr[\s\S]*<\/w:body>)/.exec(xml)
  if (!m) throw new Error('no body')
  return xml.slice(0, m.index) + m[1] + wrap(m[2]) + m[3] + xml.slice(m.index + m[0].length)
}

/** The body in a 1×1 table, as the QA's layout-table.docx (a cell ends with a paragraph, as Word writes it). */
const inOneCell = (body: string): string => tbl(tr(body + '<w:p/>'))

/** As LibreOffice saves a CMS page: one column, the page's head (with its own small table), the article, the foot. */
const inCmsPage = (body: string): string =>
  tbl(
    tr(
      p('首页 &gt; 政府信息公开 &gt; 政府信息公开年报') +
        tbl(
          tr(p('索引号：000014349/2025-00012'), p('发布机构：某某局办公室')),
          tr(p('主题分类：政务公开'), p('文号：无'))
        ) +
        '<w:p/>'
    ),
    tr(body + '<w:p/>'),
    tr(p('主办：某某局　京ICP备00000000号'))
  )

/** Navigation beside the article: two columns, the article's cell holding paragraphs and tables. */
const besideNavigation = (body: string): string =>
  tbl(tr(p('首页') + p('通知公告') + p('政策文件'), body + '<w:p/>'))

/** The layout nested twice: the article's cell holds a second layout table. */
const twice = (body: string): string => besideNavigation(inOneCell(body))

/** A text line's place moved down `n` lines (the navigation's paragraphs come first); a cell's stays. */
const down = (loc: SourceLoc, n: number): SourceLoc => ('line' in loc ? { line: loc.line + n } : loc)

const rezip = async (docx: Uint8Array, wrap: (body: string) => string): Promise<Uint8Array> => {
  const zip = await JSZip.loadAsync(docx)
  const xml = await zip.file('word/document.xml')!.async('string')
  zip.file('word/document.xml', rewrap(xml, wrap))
  return zip.generateAsync({ type: 'uint8array' })
}

const documentXml = async (docx: Uint8Array): Promise<string> =>
  (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string')

describe.each(['valid-2021', 'valid-2019', 'seed002-jilin-commerce-2020'])(
  '%s: the app’s Word export inside a layout table',
  (name) => {
    it('reads into the very lines of the export alone: text, table rows, their tables and grid columns', async () => {
      const xml = await documentXml(await exportDocx(fixtureReport(name)))
      const plain = wordLines(xml)
      expect(plain.filter((l) => l.row).length).toBeGreaterThan(30)
      expect(wordLines(rewrap(xml, inOneCell))).toEqual(plain)
      expect(wordLines(rewrap(xml, twice)).slice(3)).toEqual(
        plain.map((l) => ({
          ...l,
          loc: down(l.loc, 3),
          pieces: l.pieces.map((x) => ({ ...x, loc: down(x.loc, 3) }))
        }))
      )
    })

    // The CMS page's own small table (索引号, 发布机构) is the document's first table: the report's come after.
    it.each([
      ['a 1×1 table', inOneCell, 0],
      ['a CMS page saved by LibreOffice', inCmsPage, 1],
      ['a page with navigation beside the article', besideNavigation, 0],
      ['a layout table inside another', twice, 0]
    ])('in %s: imports with the same title, tables and parts', async (_, wrap, before) => {
      const docx = await exportDocx(fixtureReport(name))
      const alone = await imported('a.docx', docx)
      const wrapped = await imported('b.docx', await rezip(docx, wrap))
      expect(essence(wrapped.report)).toEqual(essence(alone.report))
      expect(essence(wrapped.report).cells).toEqual(essence(fixtureReport(name)).cells)
      expect(tracedTables(wrapped, before)).toEqual(tracedTables(alone, 0))
      expect(wrapped.problems.filter((x) => x.level === 'error')).toEqual([])
    })
  }
)

/** Where each cell was read, its table counted from the report's first (`before` tables precede it). */
const tracedTables = (r: Imported, before: number): unknown =>
  JSON.parse(JSON.stringify(r.trace.tables), (key, value: unknown) =>
    key === 'table' && typeof value === 'number' ? value - before : value
  )

describe('Word 2003 XML inside a layout table', () => {
  it('imports as the file alone does', async () => {
    const xml = readFileSync(join(DOC, 'valid-2021.wordml.xml'), 'utf8')
    const alone = await imported('a.doc', xml)
    for (const wrap of [inOneCell, inCmsPage]) {
      const wrapped = await imported('b.doc', rewrap(xml, wrap))
      expect(essence(wrapped.report)).toEqual(essence(alone.report))
    }
  })
})

describe('what stays a table', () => {
  /** Lines as text: a table row is its cells joined by “|”. */
  const linesOf = (body: string): string[] =>
    wordLines(`<w:document><w:body>${body}</w:body></w:document>`).map((l) =>
      l.row ? l.pieces.map((x) => x.text).join('|') : l.text
    )

  it('a cell split by a table of its own: the cell’s text, as .doc reads it (features.fodt)', () => {
    const lines = flatWordLines(readFileSync(join(DOC, 'features.wordml.xml'), 'utf8'))
    const rows = lines.filter((l) => l.row).map((l) => l.pieces.map((x) => x.text).join('|'))
    expect(rows).toEqual(['项目|甲|乙|丙', '规章|1||3', '规范性文件|4|5|', '两段 内容|合并|内1 内2'])
    const doc = docLines(new Uint8Array(readFileSync(join(DOC, 'features.doc'))))
    const docRows = doc
      .lines(doc.text)
      .filter((l) => l.row)
      .map((l) => l.pieces.map((x) => x.text).join('|'))
    expect(rows).toEqual(docRows)
  })

  it('a cell of two paragraphs in a table of several columns: one cell', () => {
    expect(linesOf(tbl(tr(p('（二）部分公开') + p('（区分处理的，只计这一情形）'), p('3'))))).toEqual([
      '（二）部分公开 （区分处理的，只计这一情形）|3'
    ])
  })

  it('a one-column table of one paragraph a cell stays rows; one framing paragraphs is text', () => {
    expect(linesOf(tbl(tr(p('规章')), tr(p('5'))))).toEqual(['规章', '5'])
    expect(wordLines(`<w:body>${tbl(tr(p('规章')), tr(p('5')))}</w:body>`).every((l) => l.row)).toBe(true)
    const framed = linesOf(
      tbl(tr(p('某某局2024年政府信息公开工作年度报告') + p('一、总体情况'))) + p('正文。')
    )
    expect(framed).toEqual(['某某局2024年政府信息公开工作年度报告', '一、总体情况', '正文。'])
    expect(
      wordLines(
        `<w:body>${tbl(tr(p('某某局2024年政府信息公开工作年度报告') + p('一、总体情况')))}</w:body>`
      ).some((l) => l.row)
    ).toBe(false)
  })

  it('numbers only the tables read as data, in reading order', () => {
    const data = tbl(tr(p('规章'), p('1')))
    const lines = wordLines(`<w:body>${tbl(tr(p('甲') + data, p('乙') + data))}${data}</w:body>`)
    expect(lines.filter((l) => l.row).map((l) => l.loc)).toEqual([
      { table: 0, row: 0, col: 0 },
      { table: 1, row: 0, col: 0 },
      { table: 2, row: 0, col: 0 }
    ])
    expect(lines.map((l) => l.text)).toEqual(['甲', '规章 1', '乙', '规章 1', '规章 1'])
  })
})
