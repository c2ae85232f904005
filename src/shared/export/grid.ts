// The printed grid of a statutory table resolved to positions: every GridCell gets its row, column and
// spans, so txt, html and docx lay out the same official table from the declaration alone.
import { plainNumber } from '../text/number'
import { cellIndex } from '../formats'
import type { CellDomain, FormatDecl, GridCell, TableDecl } from '../formats'
import { allowedDecimals, hasAtMostDecimals } from '../model/domain'
import type { Report } from '../model/report'
import { BLANK_TEXT } from './text'
import { displayWidth } from './width'

export interface PlacedCell {
  cell: GridCell
  row: number
  col: number
  rowSpan: number
  colSpan: number
}

export interface PlacedGrid {
  table: TableDecl
  rows: PlacedCell[][]
  /** `cover[r][c]` is the cell that occupies slot (r, c). */
  cover: PlacedCell[][]
  width: number
  height: number
}

const placedCache = new WeakMap<TableDecl, PlacedGrid>()

export function placeGrid(table: TableDecl): PlacedGrid {
  const cached = placedCache.get(table)
  if (cached) return cached
  const cover: PlacedCell[][] = table.grid.map(() => [])
  const rows = table.grid.map((line, r) => {
    let col = 0
    return line.map((cell): PlacedCell => {
      while (cover[r][col]) col++
      const placed = { cell, row: r, col, rowSpan: cell.rowSpan ?? 1, colSpan: cell.colSpan ?? 1 }
      for (let dr = 0; dr < placed.rowSpan; dr++)
        for (let dc = 0; dc < placed.colSpan; dc++) (cover[r + dr] ??= [])[col + dc] = placed
      col += placed.colSpan
      return placed
    })
  })
  const grid = { table, rows, cover, width: table.columns, height: table.grid.length }
  placedCache.set(table, grid)
  return grid
}

/**
 * A number as the report prints it: never an exponent, never rounded (an export must not change data;
 * a value with too many decimals is the checker's business), an amount with its unit, a rise with its +. Only the noise of
 * binary fractions goes: 0.1 + 0.2 is valid as 0.3 (model/domain.ts) and prints so, not 0.30000000000000004.
 */
export function formatValue(
  report: Report,
  domain: CellDomain | undefined,
  value: number,
  key?: string
): string {
  const unit = domain?.kind === 'amount' && key ? report.units?.[key] : undefined
  const places = domain ? allowedDecimals(domain, unit) : undefined
  const shown =
    places !== undefined && places > 0 && hasAtMostDecimals(value, places)
      ? Number(value.toFixed(places))
      : value
  // A change printed without its sign reads as a count: 本年增/减 5 could be either way (seed 004 prints +205).
  const sign = domain?.kind === 'signed' && shown > 0 ? '+' : ''
  return sign + plainNumber(shown) + (unit ?? '')
}

/** What a value cell shows, or `null` when it is blank. */
export function valueText(report: Report, format: FormatDecl, table: TableDecl, key: string): string | null {
  const value = report.tables[table.id]?.[key]
  if (value === null || value === undefined || !Number.isFinite(value)) return null
  return formatValue(report, cellIndex(format).get(`${table.id}:${key}`)?.domain, value, key)
}

/** The text of any grid cell; a blank value shows `blank` (txt marks it, html and docx leave it empty). */
export function cellText(
  report: Report,
  format: FormatDecl,
  table: TableDecl,
  cell: GridCell,
  blank: string = BLANK_TEXT
): string {
  switch (cell.kind) {
    case 'header':
    case 'label':
      return cell.text
    case 'value':
      return valueText(report, format, table, cell.key) ?? blank
    case 'blank':
      return ''
  }
}

/** Display columns (a CJK character is two) a grid column asks for at most, by what it holds. */
const WANT = { label: 32, groupLabel: 8, header: 12, value: 12 } as const
/** A column holding numbers keeps room for five digits beside its cell margins. */
const VALUE_MIN = 9

/**
 * The share of the text block each grid column takes, summing to 1: each column in proportion to the
 * widest single-column text in it (labels capped, and labels spanning rows capped harder since they have
 * lines to spare), value columns never narrower than five digits. The Word table and the printed page
 * lay out alike from it.
 */
export function columnShares(report: Report, format: FormatDecl, table: TableDecl): number[] {
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
  return want.map((w) => w / total)
}
