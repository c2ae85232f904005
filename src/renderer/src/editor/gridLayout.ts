// Where each value cell of a declared grid sits on screen, so the keyboard and paste can move the way a
// spreadsheet does across merged cells. Computed once per table declaration.
import type { TableDecl } from '@shared/formats'

export interface Placed {
  key: string
  row: number
  col: number
}

export interface GridLayout {
  /** Value cells by key with their top-left position. */
  at: Map<string, Placed>
  /** occupancy[row][col] = value key covering that slot, or undefined. */
  occupancy: (string | undefined)[][]
  /** Value keys in reading order. */
  order: string[]
}

const cache = new WeakMap<TableDecl, GridLayout>()

export function layoutOf(table: TableDecl): GridLayout {
  const hit = cache.get(table)
  if (hit) return hit
  const taken: boolean[][] = []
  const occupancy: (string | undefined)[][] = table.grid.map(() => [])
  const at = new Map<string, Placed>()
  table.grid.forEach((cells, r) => {
    taken[r] ??= []
    let c = 0
    for (const cell of cells) {
      while (taken[r][c]) c++
      const rs = cell.rowSpan ?? 1
      const cs = cell.colSpan ?? 1
      for (let i = r; i < r + rs; i++) {
        taken[i] ??= []
        for (let j = c; j < c + cs; j++) {
          taken[i][j] = true
          if (cell.kind === 'value' && i < occupancy.length) occupancy[i][j] = cell.key
        }
      }
      if (cell.kind === 'value') at.set(cell.key, { key: cell.key, row: r, col: c })
      c += cs
    }
  })
  const layout = { at, occupancy, order: table.cells.map((c) => c.key) }
  cache.set(table, layout)
  return layout
}

export type Direction = 'up' | 'down' | 'left' | 'right'

/** The value cell next to `key` in a direction, skipping header rows and label columns. */
export function neighbour(layout: GridLayout, key: string, dir: Direction): string | undefined {
  const p = layout.at.get(key)
  if (!p) return undefined
  const { occupancy } = layout
  if (dir === 'left' || dir === 'right') {
    const step = dir === 'left' ? -1 : 1
    const row = occupancy[p.row]
    for (let c = p.col + step; c >= 0 && c < row.length; c += step) {
      if (row[c] !== undefined && row[c] !== key) return row[c]
    }
    return undefined
  }
  const step = dir === 'up' ? -1 : 1
  for (let r = p.row + step; r >= 0 && r < occupancy.length; r += step) {
    const row = occupancy[r]
    const hit = row[p.col] ?? nearestInRow(row, p.col)
    if (hit !== undefined && hit !== key) return hit
  }
  return undefined
}

function nearestInRow(row: (string | undefined)[], col: number): string | undefined {
  // A row whose value cells do not reach this column (a narrower block of table 二): take the
  // closest one to the left, as a spreadsheet would land on the merged cell.
  for (let c = Math.min(col, row.length - 1); c >= 0; c--) if (row[c] !== undefined) return row[c]
  return undefined
}

/** Reading-order neighbour for Tab / Shift+Tab. */
export function nextInOrder(layout: GridLayout, key: string, back: boolean): string | undefined {
  const i = layout.order.indexOf(key)
  if (i < 0) return undefined
  return layout.order[i + (back ? -1 : 1)]
}

/** The distinct value cells of grid row `r` from column `col` rightwards, each where it starts. */
function keysFrom(layout: GridLayout, r: number, col: number): string[] {
  const keys: string[] = []
  for (let c = col; c < layout.occupancy[r].length; c++) {
    const k = layout.occupancy[r][c]
    if (k !== undefined && layout.at.get(k)?.row === r && !keys.includes(k)) keys.push(k)
  }
  return keys
}

/** How many value cells the grid row of `key` has from it rightwards: the room a pasted row has. */
export function widthFrom(layout: GridLayout, key: string): number {
  const p = layout.at.get(key)
  return p ? keysFrom(layout, p.row, p.col).length : 0
}

/**
 * The cells a pasted block lands on, starting at `key`: block row i → the i-th grid row (from the
 * start row down) that has value cells; block column j → the j-th distinct value cell from the start
 * column rightwards. Slots with no cell are `undefined`.
 */
export function pasteTargets(layout: GridLayout, key: string, block: string[][]): (string | undefined)[][] {
  const p = layout.at.get(key)
  if (!p) return block.map((r) => r.map(() => undefined))
  const rows: string[][] = []
  for (let r = p.row; r < layout.occupancy.length; r++) {
    const keys = keysFrom(layout, r, p.col)
    if (keys.length > 0) rows.push(keys)
  }
  return block.map((line, i) => line.map((_, j) => rows[i]?.[j]))
}
