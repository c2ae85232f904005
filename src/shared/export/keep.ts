// Printed, a label spanning rows (表三's 三、本年度办理结果, （三）不予公开) sets all its lines in the rows of the
// page it starts on: Chromium carries no line of a spanning cell over a page break, and what the rows there
// cannot hold prints below the table's border (三、/本年/度办/理结 beside two rows, 果 under the table). Its
// first rows, as many as hold its lines, are kept on one page; no more, since 三's 22 rows are taller than one.
import type { FormatDecl, TableDecl } from '../formats'
import type { Report } from '../model/report'
import { BLOCK_COLUMNS, CELL_MARGIN, cellText, columnShares, placeGrid } from './grid'
import { displayWidth } from './width'

/** The lines a text takes in a cell `share` of the text block wide: whole characters a line, two columns each. */
function linesIn(text: string, share: number): number {
  const room = Math.max(2, Math.floor((share * BLOCK_COLUMNS - CELL_MARGIN) / 2) * 2)
  return Math.max(1, Math.ceil(displayWidth(text) / room))
}

/**
 * The table's rows (by grid row) that must not end a page: each row a spanning label starts, and the rows
 * after it, until the lines of the rows reach the lines of the label. A row holds at least its tallest
 * cell's lines; its cell margins, not counted, are room to spare.
 */
export function rowsKeptWithNext(report: Report, format: FormatDecl, table: TableDecl): Set<number> {
  const grid = placeGrid(table)
  const shares = columnShares(report, format, table)
  const width = (col: number, span: number): number =>
    shares.slice(col, col + span).reduce((s, x) => s + x, 0)
  const rowLines = grid.rows.map((row) =>
    Math.max(
      1,
      ...row
        .filter((p) => p.rowSpan === 1 && p.cell.kind === 'label')
        .map((p) => linesIn(cellText(report, format, table, p.cell, ''), width(p.col, p.colSpan)))
    )
  )
  const kept = new Set<number>()
  for (const row of grid.rows)
    for (const p of row) {
      if (p.rowSpan < 2 || p.cell.kind !== 'label') continue
      const need = linesIn(cellText(report, format, table, p.cell, ''), width(p.col, p.colSpan))
      let held = 0
      for (let r = p.row; r < p.row + p.rowSpan - 1 && (held += rowLines[r]) < need; r++) kept.add(r)
    }
  return kept
}
