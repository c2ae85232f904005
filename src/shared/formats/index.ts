import { format2019 } from './format2019'
import { format2021 } from './format2021'
import { formatLegacy } from './legacy'
import type { CellDecl, FormatDecl, FormatId, TableDecl, TableId } from './types'

export * from './types'

/** Every declared format, newest first. A new format version is one new file listed here. */
export const formats: readonly FormatDecl[] = [format2021, format2019, formatLegacy]

export function getFormat(id: FormatId): FormatDecl {
  const f = formats.find((x) => x.id === id)
  if (!f) throw new Error(`unknown format ${id}`)
  return f
}

/** The format that applies to a report on `year` (2019–2020 → 2019; 2021 and later → 2021). */
export function formatForYear(year: number): FormatDecl {
  return (
    formats.find((f) => year >= f.years.from && (f.years.to === undefined || year <= f.years.to)) ??
    (year < 2008 ? formatLegacy : formats[0])
  )
}

export function tableOf(format: FormatDecl, id: TableId): TableDecl | undefined {
  return format.tables.find((t) => t.id === id)
}

const cellIndexCache = new WeakMap<FormatDecl, Map<string, CellDecl>>()

/** Every cell of a format by its ref (`requests:new.tot`). */
export function cellIndex(format: FormatDecl): Map<string, CellDecl> {
  let index = cellIndexCache.get(format)
  if (!index) {
    index = new Map(format.tables.flatMap((t) => t.cells.map((c) => [`${t.id}:${c.key}`, c] as const)))
    cellIndexCache.set(format, index)
  }
  return index
}

/**
 * How many leading rows of a table are column headings only (表三, 表四: three): what the editor keeps in
 * view and print and Word repeat on every page. A block heading across the whole table (表二's
 * 第二十条第（一）项) is not one, nor are rows whose heading spans on into the rows of figures.
 */
export function headingRowCount(table: TableDecl): number {
  const width = (table.grid[0] ?? []).reduce((w, c) => w + (c.colSpan ?? 1), 0)
  let n = 0
  while (
    n < table.grid.length &&
    table.grid[n].every((c) => c.kind === 'header') &&
    !(table.grid[n].length === 1 && (table.grid[n][0].colSpan ?? 1) >= width)
  )
    n++
  const within = table.grid.slice(0, n).every((cells, r) => cells.every((c) => r + (c.rowSpan ?? 1) <= n))
  return within ? n : 0
}

/**
 * The cells a reference names, in the table's order: a whole row (`requests:r6_1.*`) or table (`review:*`),
 * as the importer names what it could not read, or the one cell. Anything else: itself.
 */
export function refCells(format: FormatDecl, ref: string): string[] {
  const [id, key = ''] = splitRef(ref)
  const table = tableOf(format, id as TableId)
  if (!table || !key.endsWith('*')) return [ref]
  const prefix = key.slice(0, -1)
  return table.cells.filter((c) => c.key.startsWith(prefix)).map((c) => `${id}:${c.key}`)
}

/** A reference (`requests:new.np`, `sections:other`, `fees:notices`) as its kind and key; the key may hold colons. */
export function splitRef(ref: string): [string, string | undefined] {
  const i = ref.indexOf(':')
  return i < 0 ? [ref, undefined] : [ref.slice(0, i), ref.slice(i + 1)]
}
