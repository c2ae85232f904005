// The report as plain text: what a person pastes into an e-mail or opens in Notepad. Tables are laid out
// as columns aligned by display width (CJK characters are two columns wide), separated by spaces only, the
// way PDF-to-text tools print a table: labels on the left, values on the right, merged headers centred over
// the columns they span, group labels (三、本年度办理结果) on a line of their own. No rule lines and no |
// separators, so the same reader that reads copied PDF text reads the export back.
import { getFormat } from '../formats'
import type { FormatDecl, TableDecl } from '../formats'
import type { Report } from '../model/report'
import { cellText, placeGrid } from './grid'
import type { PlacedCell } from './grid'
import { documentTitle, sectionParagraphs, signOff } from './prose'
import { displayWidth, pad } from './width'
import { BLANK_LEGEND, BLANK_TEXT } from './text'

const INDENT = '\u3000\u3000'
/** Indent per level of the row labels' hierarchy (grid column). */
const LEVEL = '  '
/** Space between columns. */
const GAP = '  '

export interface TxtOptions {
  /** Line ending; CRLF by default so that old Windows Notepad shows lines. */
  eol?: string
}

export function exportTxt(report: Report, options: TxtOptions = {}): string {
  const format = getFormat(report.format)
  const out: string[] = [documentTitle(report), '']
  for (const section of format.sections) {
    out.push(section.heading)
    for (const p of sectionParagraphs(report, section)) out.push(INDENT + p)
    const table = format.tables.find((t) => t.id === section.table)
    if (table) out.push(...tableLines(report, format, table))
    out.push('')
  }
  const sign = signOff(report)
  if (sign) out.push(...[sign.agency, sign.date].filter(Boolean), '')
  return out.join(options.eol ?? '\r\n')
}

/**
 * One table as text lines. The stub (the leading grid columns that hold no values) is one left-aligned
 * column of labels indented by their grid column; every value column is right-aligned.
 */
export function tableLines(report: Report, format: FormatDecl, table: TableDecl): string[] {
  const grid = placeGrid(table)
  const text = (p: PlacedCell) => cellText(report, format, table, p.cell)
  const stubCols = stubColumns(grid.rows)
  const inStub = (p: PlacedCell) => p.col < stubCols
  // A header or label spanning the whole width (第二十条第（一）项) is a line of its own.
  const wholeLine = (p: PlacedCell) => p.col === 0 && p.colSpan === grid.width
  // A stub label spanning rows heads the rows it spans, on its own line.
  const groupLabel = (p: PlacedCell) => inStub(p) && p.cell.kind === 'label' && p.rowSpan > 1

  const stubText = (row: PlacedCell[]) => {
    const cells = row.filter((p) => inStub(p) && !groupLabel(p) && !wholeLine(p))
    return cells.length ? LEVEL.repeat(cells[0].col) + cells.map(text).join(' ') : ''
  }

  // Value column widths: single-column texts first, then spanning ones widen their columns evenly.
  const widths = new Array<number>(grid.width).fill(0)
  const valueArea = grid.rows.flat().filter((p) => !inStub(p) && !wholeLine(p))
  for (const p of [...valueArea].sort((a, b) => a.colSpan - b.colSpan)) {
    const need = displayWidth(text(p))
    for (let i = 0; spanWidth(widths, p.col, p.colSpan) < need; i++) widths[p.col + (i % p.colSpan)]++
  }
  const stub = Math.max(0, ...grid.rows.map((row) => displayWidth(stubText(row))))

  const lines: string[] = []
  for (const row of grid.rows) {
    for (const p of row) if (wholeLine(p) || groupLabel(p)) lines.push(LEVEL.repeat(p.col) + text(p))
    const rest = row.filter((p) => !inStub(p) && !wholeLine(p))
    const label = stubText(row)
    if (!rest.length && !label) continue
    let line = stubCols ? pad(label, stub, 'left') : ''
    let col = stubCols
    for (const p of rest) {
      for (; col < p.col; col++) line += GAP + ' '.repeat(widths[col])
      const w = spanWidth(widths, p.col, p.colSpan)
      line += (line === '' ? '' : GAP) + pad(text(p), w, p.cell.kind === 'value' ? 'right' : 'center')
      col = p.col + p.colSpan
    }
    lines.push(line.replace(/\s+$/, ''))
  }
  const blank = grid.rows.some((row) => row.some((p) => p.cell.kind === 'value' && text(p) === BLANK_TEXT))
  return blank ? [...lines, BLANK_LEGEND] : lines
}

const spanWidth = (widths: number[], col: number, span: number) =>
  widths.slice(col, col + span).reduce((s, w) => s + w, 0) + GAP.length * (span - 1)

/** How many leading grid columns never hold a value: the row labels' columns. */
function stubColumns(rows: PlacedCell[][]): number {
  let first = Infinity
  for (const row of rows) for (const p of row) if (p.cell.kind === 'value') first = Math.min(first, p.col)
  return first === Infinity ? 0 : first
}
