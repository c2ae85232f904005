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
