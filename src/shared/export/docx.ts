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
import { getFormat, headingRowCount } from '../formats'
import type { FormatDecl, TableDecl } from '../formats'
import type { Report } from '../model/report'
import { AGENCY_KIND_MARK } from './agencyKindMark'
import { fontTable } from './docx-fonts'
import { cellText, columnShares, placeGrid } from './grid'
import {
  documentTitle,
  isSubheading,
  runInHeading,
  sectionParagraphs,
  signOff,
  signOffIndents,
  titleLines
} from './prose'
import { LINE_PT, MARGIN_MM, PT, WORD_FONTS } from './style'

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

/**
 * Chinese in its font, Latin letters and digits in Times New Roman. The hint gives the characters both scripts
 * share (“ ” ‘ ’ — … ·) to the Chinese font, as a Chinese IME's typing does in Word: full-width, not Latin.
 */
const font = (eastAsia: string) => ({
  ascii: WORD_FONTS.latin,
  hAnsi: WORD_FONTS.latin,
  cs: WORD_FONTS.latin,
  eastAsia,
  hint: 'eastAsia'
})

export async function exportDocx(report: Report): Promise<Uint8Array> {
  const format = getFormat(report.format)
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      ...KEEP_WITH_NEXT,
      children: titleLines(documentTitle(report)).map((text, i) => new TextRun({ text, break: i ? 1 : 0 }))
    })
  ]
  const sign = signOff(report)
  for (const section of format.sections) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        ...KEEP_WITH_NEXT,
        children: [new TextRun(section.heading)]
      })
    )
    const ps = sectionParagraphs(report, section)
    // The last paragraph goes with the 落款 after it: the 落款 never stands alone on a page.
    const last = sign && section === format.sections.at(-1) ? ps.length - 1 : -1
    ps.forEach((p, i) => children.push(bodyParagraph(p, i === last)))
    const table = format.tables.find((t) => t.id === section.table)
    if (table) children.push(docxTable(report, format, table), new Paragraph({}))
  }
  children.push(...signOffParagraphs(report))
  const doc = new Document({
    creator: report.agency || undefined,
    // Word shows “Un-named” otherwise, the docx library's default, in the file's properties.
    lastModifiedBy: report.agency || undefined,
    title: documentTitle(report),
    customProperties: [{ name: AGENCY_KIND_MARK, value: report.agencyKind }],
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
  return Packer.pack(doc, 'uint8array', false, [fontTable()])
}

function bodyParagraph(text: string, keepNext = false): Paragraph {
  const lead = runInHeading(text)
  const runs = lead
    ? [new TextRun({ text: lead.heading, font: font(WORD_FONTS.heading2) }), new TextRun(lead.rest)]
    : [new TextRun(text)]
  return new Paragraph({
    indent: { firstLine: TWO_CHARS },
    alignment: AlignmentType.JUSTIFIED,
    ...(isSubheading(text) ? KEEP_WITH_NEXT : keepNext ? { keepNext: true } : {}),
    children: runs
  })
}

/** The 落款 under the last part, one blank line below it (GB/T 9704-2012 §7.3.5). */
function signOffParagraphs(report: Report): Paragraph[] {
  const sign = signOff(report)
  if (!sign) return []
  const indent = signOffIndents(sign)
  const line = (text: string, chars: number, keepNext: boolean): Paragraph =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      keepNext: keepNext || undefined,
      indent: { right: Math.round(chars * CHAR) },
      children: [new TextRun(text)]
    })
  // The blank line and the agency go with the date: the 落款 never splits over a page.
  return [
    new Paragraph({ keepNext: true }),
    ...(sign.agency ? [line(sign.agency, indent.agency, true)] : []),
    line(sign.date, indent.date, false)
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
  const repeat = headingRowCount(table)
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

/** Grid column widths in twips: the shares of the text block each column takes (columnShares). */
function columnWidths(report: Report, format: FormatDecl, table: TableDecl): number[] {
  const widths = columnShares(report, format, table).map((share) => Math.floor(share * TEXT_WIDTH))
  widths[widths.length - 1] += TEXT_WIDTH - widths.reduce((s, w) => s + w, 0)
  return widths
}
