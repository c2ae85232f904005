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

/**
 * Display columns (a CJK character is two) a grid column asks for at most, by what it holds. A heading over
 * figures asks no more than the figures: it wraps (社会 / 公益 / 组织), where the room it took made the
 * items of 表三 wrap a character alone (5.属于三类内部事务信 / 息).
 */
const WANT = { label: 32, groupLabel: 8, header: 9, value: 12 } as const
/** A column holding numbers keeps room for five digits beside its cell margins. */
const VALUE_MIN = 9

/**
 * Display columns of table text (五号, 10.5 pt: 1.85 mm a column) across the 156 mm text block, less a cell's
 * margins (1.06 mm a side, as the Word table sets them and the printed page's are less).
 */
export const BLOCK_COLUMNS = 84
/** A label's margins, with a column to spare: the widths of its characters are the font's, a little over. */
export const CELL_MARGIN = 2
/** A figure's: Times New Roman's digits are half an em, as a display column is. */
const FIGURE_MARGIN = 1.5
/** The numbering a label opens with: （三） of （三）不予公开, 三、 of 三、本年度办理结果. */
const NUMBERING = /^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/

/**
 * The share of the text block each grid column takes, summing to 1: each column in proportion to the
 * widest single-column text in it (labels capped, and labels spanning rows capped harder since they have
 * lines to spare), value columns never narrower than five digits. Some things a line must hold whole, though:
 * a label spanning rows its numbering (a column narrower than （三） broke it as （三 / ）不 / 予公 / 开, a
 * closing bracket opening a line, which no Chinese typesetting allows), and a column its widest figure
 * (表三's 456771 printed as 45677 / 1). The Word table and the printed page lay out alike from it.
 */
export function columnShares(report: Report, format: FormatDecl, table: TableDecl): number[] {
  const grid = placeGrid(table)
  const want = new Array<number>(grid.width).fill(4)
  const least = new Array<number>(grid.width).fill(0)
  for (const row of grid.rows)
    for (const p of row) {
      if (p.cell.kind === 'value')
        for (let c = p.col; c < p.col + p.colSpan; c++) want[c] = Math.max(want[c], VALUE_MIN)
      if (p.colSpan !== 1 || p.cell.kind === 'blank') continue
      const text = cellText(report, format, table, p.cell, '')
      const group = p.cell.kind === 'label' && p.rowSpan > 1
      const cap = group ? WANT.groupLabel : WANT[p.cell.kind]
      want[p.col] = Math.max(want[p.col], Math.min(displayWidth(text), cap))
      const numbering = group ? NUMBERING.exec(text)?.[0] : undefined
      if (numbering)
        least[p.col] = Math.max(least[p.col], (displayWidth(numbering) + CELL_MARGIN) / BLOCK_COLUMNS)
      if (p.cell.kind === 'value' && text)
        least[p.col] = Math.max(least[p.col], (displayWidth(text) + FIGURE_MARGIN) / BLOCK_COLUMNS)
    }
  // More than the page holds (fifteen columns of six digits): all in proportion, the nearest there is.
  const needed = least.reduce((s, l) => s + l, 0)
  if (needed > 1) least.forEach((l, c) => (least[c] = l / needed))
  // Columns held at their least take it; the others share the rest as they want it. Holding one may bring
  // another under its least: a few rounds settle it.
  const held = new Set<number>()
  let shares = want.map(() => 0)
  for (let round = 0; round <= grid.width; round++) {
    const rest = 1 - [...held].reduce((s, c) => s + least[c], 0)
    const free = want.reduce((s, w, c) => (held.has(c) ? s : s + w), 0)
    shares = want.map((w, c) => (held.has(c) ? least[c] : (w / free) * rest))
    const under = shares.flatMap((s, c) => (!held.has(c) && s < least[c] ? [c] : []))
    if (!under.length) break
    for (const c of under) held.add(c)
  }
  return shares
}
