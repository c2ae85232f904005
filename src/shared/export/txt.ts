// The report as plain text: what a person pastes into an e-mail or opens in Notepad. Tables are drawn
// with ASCII rules (box-drawing characters are double width in Chinese fonts and break alignment),
// aligned by display width, merged cells kept merged.
import { getFormat } from '../formats'
import type { FormatDecl, GridCell, TableDecl } from '../formats'
import type { Report } from '../model/report'
import { cellText, placeGrid } from './grid'
import type { PlacedCell } from './grid'
import { paragraphs } from './prose'
import { displayWidth, pad, wrap } from './width'

const INDENT = '\u3000\u3000'

/** Widest a cell's text may be before it wraps, in display columns, by kind. */
const CAP: Record<GridCell['kind'], number> = { header: 16, label: 36, value: 24, blank: 0 }
/** Labels that span rows (三、本年度办理结果, （三）不予公开) have lines to spare: keep them narrow. */
const SPANNING_LABEL_CAP = 10

export interface TxtOptions {
  /** Line ending; CRLF by default so that old Windows Notepad shows lines. */
  eol?: string
}

export function exportTxt(report: Report, options: TxtOptions = {}): string {
  const format = getFormat(report.format)
  const out: string[] = [report.title, '']
  for (const section of format.sections) {
    out.push(section.heading)
    for (const p of paragraphs(report.sections[section.id])) out.push(INDENT + p)
    const table = format.tables.find((t) => t.id === section.table)
    if (table) out.push(...tableLines(report, format, table))
    out.push('')
  }
  return out.join(options.eol ?? '\r\n')
}

interface Box {
  placed: PlacedCell
  text: string
  align: 'left' | 'right' | 'center'
  lines: string[]
}

export function tableLines(report: Report, format: FormatDecl, table: TableDecl): string[] {
  const grid = placeGrid(table)
  const boxes = new Map<PlacedCell, Box>()
  for (const row of grid.rows)
    for (const placed of row) {
      const kind = placed.cell.kind
      boxes.set(placed, {
        placed,
        text: cellText(report, format, table, placed.cell),
        align: kind === 'header' ? 'center' : kind === 'value' ? 'right' : 'left',
        lines: []
      })
    }

  // Column widths: single-column cells first, then widen the columns under spanning cells that still
  // do not fit, evenly.
  const widths = new Array<number>(grid.width).fill(2)
  const cap = (b: Box) =>
    b.placed.cell.kind === 'label' && b.placed.rowSpan > 1
      ? SPANNING_LABEL_CAP
      : CAP[b.placed.cell.kind] * b.placed.colSpan
  const want = (b: Box) => Math.min(displayWidth(b.text), Math.max(cap(b), longestChar(b.text)))
  const sorted = [...boxes.values()].sort((a, b) => a.placed.colSpan - b.placed.colSpan)
  for (const b of sorted) {
    const { col, colSpan } = b.placed
    const have = spanWidth(widths, col, colSpan)
    const need = want(b)
    for (let i = 0; need > have && i < need - have; i++) widths[col + (i % colSpan)]++
  }

  for (const b of boxes.values()) b.lines = wrap(b.text, spanWidth(widths, b.placed.col, b.placed.colSpan))

  // Row heights: a cell spanning rows may use the rule lines between them as well.
  const heights = new Array<number>(grid.height).fill(1)
  for (const b of [...boxes.values()].sort((a, b) => a.placed.rowSpan - b.placed.rowSpan)) {
    const { row, rowSpan } = b.placed
    const have = heights.slice(row, row + rowSpan).reduce((s, h) => s + h, 0)
    if (b.lines.length > have) heights[row + rowSpan - 1] += b.lines.length - have
  }

  const firstLine = (r: number) => heights.slice(0, r).reduce((s, h) => s + h, 0)
  const lines: string[] = [rule(grid.cover, widths, -1)]
  for (let r = 0; r < grid.height; r++) {
    for (let l = 0; l < heights[r]; l++) {
      let line = ''
      for (let c = 0; c < grid.width;) {
        const placed = grid.cover[r][c]
        const box = boxes.get(placed)!
        const w = spanWidth(widths, c, placed.colSpan)
        const text = box.lines[firstLine(r) - firstLine(placed.row) + l] ?? ''
        line += '| ' + pad(text, w, box.align) + ' '
        c += placed.colSpan
      }
      lines.push(line + '|')
    }
    lines.push(rule(grid.cover, widths, r))
  }
  return lines
}

const spanWidth = (widths: number[], col: number, span: number) =>
  widths.slice(col, col + span).reduce((s, w) => s + w, 0) + 3 * (span - 1)

function longestChar(text: string): number {
  let w = 0
  for (const ch of text) w = Math.max(w, displayWidth(ch))
  return w
}

/** The rule under row `r` (−1: the top). Cells that continue below it keep their space open. */
function rule(cover: PlacedCell[][], widths: number[], r: number): string {
  const last = cover.length - 1
  const open = (c: number) => r >= 0 && r < last && cover[r][c] === cover[r + 1][c]
  let line = ''
  for (let c = 0; c <= widths.length; c++) {
    const left = c > 0 && !open(c - 1)
    const right = c < widths.length && !open(c)
    if (left || right) line += '+'
    else if (c === 0 || c === widths.length || cover[r][c - 1] !== cover[r][c]) line += '|'
    else line += ' '
    if (c < widths.length) line += (open(c) ? ' ' : '-').repeat(widths[c] + 2)
  }
  return line
}
