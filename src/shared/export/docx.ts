// The report as a Word document in the 公文 layout of GB/T 9704-2012: A4, margins 37/35/28/26 mm, title
// 2号小标宋 centred, body 3号仿宋_GB2312 on a fixed ~29 pt pitch, first-level headings 黑体, second-level
// 楷体, tables in the official merged layout, page numbers “— 1 —” outside (odd right, even left).
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType
} from 'docx'
import type { IRunOptions } from 'docx'
import { getFormat } from '../formats'
import type { FormatDecl, TableDecl } from '../formats'
import type { Report } from '../model/report'
import { cellText, headingRows, placeGrid } from './grid'
import {
  documentTitle,
  isSubheading,
  runInHeading,
  sectionParagraphs,
  signOff,
  signOffIndents
} from './prose'
import { LINE_PT, MARGIN_MM, PT, WORD_FONTS } from './style'
import { displayWidth } from './width'

const mm = (v: number) => Math.round((v / 25.4) * 1440)
const halfPt = (pt: number) => Math.round(pt * 2)
const A4 = { width: mm(210), height: mm(297) }
const TEXT_WIDTH = A4.width - mm(MARGIN_MM.left) - mm(MARGIN_MM.right)
const LINE = Math.round(LINE_PT * 20)
/** One character of 3号 text, in twips. */
const CHAR = PT.body * 20
/** The first-line indent of every body paragraph. */
const TWO_CHARS = CHAR * 2

/**
 * On every heading: a heading never ends a page apart from what it heads (Word's 与下段同页), nor is a two-line
 * title split. Set on the paragraph, not only in the heading styles, so a heading keeps it when pasted elsewhere.
 */
const KEEP_WITH_NEXT = { keepNext: true, keepLines: true } as const

const font = (eastAsia: string) => ({
  ascii: WORD_FONTS.latin,
  hAnsi: WORD_FONTS.latin,
  cs: WORD_FONTS.latin,
  eastAsia
})

export async function exportDocx(report: Report): Promise<Uint8Array> {
  const format = getFormat(report.format)
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      ...KEEP_WITH_NEXT,
      children: [new TextRun(documentTitle(report))]
    })
  ]
  for (const section of format.sections) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        ...KEEP_WITH_NEXT,
        children: [new TextRun(section.heading)]
      })
    )
    for (const p of sectionParagraphs(report, section)) children.push(bodyParagraph(p))
    const table = format.tables.find((t) => t.id === section.table)
    if (table) children.push(docxTable(report, format, table), new Paragraph({}))
  }
  children.push(...signOffParagraphs(report))
  const doc = new Document({
    creator: report.agency || undefined,
    title: documentTitle(report),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font(WORD_FONTS.body), size: halfPt(PT.body), language: { eastAsia: 'zh-CN' } },
          paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } }
        },
        heading1: {
          run: { font: font(WORD_FONTS.title), size: halfPt(PT.title), bold: false, color: '000000' },
          paragraph: {
            alignment: AlignmentType.CENTER,
            spacing: { line: Math.round(PT.title * 1.5 * 20), lineRule: LineRuleType.EXACT, after: LINE }
          }
        },
        heading2: {
          run: { font: font(WORD_FONTS.heading1), size: halfPt(PT.body), bold: false, color: '000000' },
          paragraph: {
            indent: { firstLine: TWO_CHARS },
            spacing: { line: LINE, lineRule: LineRuleType.EXACT }
          }
        }
      }
    },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: {
              top: mm(MARGIN_MM.top),
              bottom: mm(MARGIN_MM.bottom),
              left: mm(MARGIN_MM.left),
              right: mm(MARGIN_MM.right),
              footer: mm(MARGIN_MM.bottom) - mm(7) - Math.round(PT.pageNumber * 20)
            }
          }
        },
        footers: {
          default: pageNumberFooter(AlignmentType.RIGHT),
          even: pageNumberFooter(AlignmentType.LEFT)
        },
        children
      }
    ]
  })
  return Packer.pack(doc, 'uint8array')
}

function bodyParagraph(text: string): Paragraph {
  const lead = runInHeading(text)
  const runs = lead
    ? [new TextRun({ text: lead.heading, font: font(WORD_FONTS.heading2) }), new TextRun(lead.rest)]
    : [new TextRun(text)]
  return new Paragraph({
    indent: { firstLine: TWO_CHARS },
    alignment: AlignmentType.JUSTIFIED,
    ...(isSubheading(text) ? KEEP_WITH_NEXT : {}),
    children: runs
  })
}

/** The 落款 under the last part, one blank line below it (GB/T 9704-2012 §7.3.5). */
function signOffParagraphs(report: Report): Paragraph[] {
  const sign = signOff(report)
  if (!sign) return []
  const indent = signOffIndents(sign)
  const line = (text: string, chars: number): Paragraph =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.round(chars * CHAR) },
      children: [new TextRun(text)]
    })
  return [
    new Paragraph({}),
    ...(sign.agency ? [line(sign.agency, indent.agency)] : []),
    line(sign.date, indent.date)
  ]
}

/** “— 1 —” in 4号宋体, one character in from the outer edge (GB/T 9704-2012 §7.5). */
function pageNumberFooter(alignment: (typeof AlignmentType)['LEFT' | 'RIGHT']): Footer {
  const inset = PT.pageNumber * 20
  const run: IRunOptions = {
    children: ['— ', PageNumber.CURRENT, ' —'],
    font: font(WORD_FONTS.pageNumber),
    size: halfPt(PT.pageNumber)
  }
  return new Footer({
    children: [
      new Paragraph({
        alignment,
        indent: alignment === AlignmentType.RIGHT ? { right: inset } : { left: inset },
        spacing: { line: 240, lineRule: LineRuleType.AUTO },
        children: [new TextRun(run)]
      })
    ]
  })
}

const CELL_ALIGN = {
  header: AlignmentType.CENTER,
  label: AlignmentType.LEFT,
  value: AlignmentType.CENTER,
  blank: AlignmentType.CENTER
} as const

export function docxTable(report: Report, format: FormatDecl, table: TableDecl): Table {
  const grid = placeGrid(table)
  const widths = columnWidths(report, format, table)
  const repeat = headingRows(grid)
  const headings = grid.rows.map((row) => row.every((p) => p.cell.kind === 'header'))
  // 表二 repeats no headings: it is made of blocks (a 第二十条 heading, its column headings, its rows),
  // and a block never splits over a page, whose figures would start the page without their headings.
  const keptWithNext = (r: number): boolean =>
    headings[r] || (repeat === 0 && r + 1 < grid.rows.length && !headings[r + 1])
  const rows = grid.rows.map(
    (row, r) =>
      new TableRow({
        // The column headings of 表三/表四 repeat on every page the table runs over; no row splits.
        tableHeader: r < repeat,
        cantSplit: true,
        // A row of headings (表二's 第二十条第（一）项 and its column headings too) never ends a page.
        keepNext: keptWithNext(r) || undefined,
        children: row.map(
          ({ cell, col, colSpan, rowSpan }) =>
            new TableCell({
              rowSpan: rowSpan > 1 ? rowSpan : undefined,
              columnSpan: colSpan > 1 ? colSpan : undefined,
              width: {
                size: widths.slice(col, col + colSpan).reduce((s, w) => s + w, 0),
                type: WidthType.DXA
              },
              verticalAlign: VerticalAlignTable.CENTER,
              margins: { left: 60, right: 60, top: 20, bottom: 20 },
              children: [
                new Paragraph({
                  alignment: CELL_ALIGN[cell.kind],
                  spacing: { line: 240, lineRule: LineRuleType.AUTO },
                  children: [
                    new TextRun({
                      text: cellText(report, format, table, cell, ''),
                      font: font(WORD_FONTS.table),
                      size: halfPt(PT.table),
                      bold: cell.kind === 'header'
                    })
                  ]
                })
              ]
            })
        )
      })
  )
  return new Table({ rows, width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths })
}

/** Display columns (a CJK character is two) a grid column asks for at most, by what it holds. */
const WANT = { label: 24, groupLabel: 14, header: 12, value: 12 } as const
/** A column holding numbers keeps room for five digits beside its cell margins. */
const VALUE_MIN = 9

/**
 * Grid column widths in twips: each column in proportion to the widest single-column text in it (labels
 * capped, and labels spanning rows capped harder since they have lines to spare), value columns never
 * narrower than five digits, scaled to the text block.
 */
function columnWidths(report: Report, format: FormatDecl, table: TableDecl): number[] {
  const grid = placeGrid(table)
  const want = new Array<number>(grid.width).fill(4)
  for (const row of grid.rows)
    for (const p of row) {
      if (p.cell.kind === 'value')
        for (let c = p.col; c < p.col + p.colSpan; c++) want[c] = Math.max(want[c], VALUE_MIN)
      if (p.colSpan !== 1 || p.cell.kind === 'blank') continue
      const cap = p.cell.kind === 'label' && p.rowSpan > 1 ? WANT.groupLabel : WANT[p.cell.kind]
      want[p.col] = Math.max(
        want[p.col],
        Math.min(displayWidth(cellText(report, format, table, p.cell, '')), cap)
      )
    }
  const total = want.reduce((s, w) => s + w, 0)
  const widths = want.map((w) => Math.floor((w / total) * TEXT_WIDTH))
  widths[widths.length - 1] += TEXT_WIDTH - widths.reduce((s, w) => s + w, 0)
  return widths
}
