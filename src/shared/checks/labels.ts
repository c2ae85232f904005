// How every message names a cell: as an official finds it on the printed table, by the labels the law
// prints, in quotes, with 行 and 列 saying which is which (表三“二、上年结转政府信息公开申请数量”行“自然人”列).
// A label carrying a note is shortened to its name. Rows and columns alone are named the same way
// (表三“总计”列, 表二“规章”行: the identities' `where`).
import { cellIndex, tableOf } from '../formats'
import type { CellDecl, FormatDecl, TableDecl, TableId } from '../formats'
import { shortRowLabel } from '../formats/build'

export { shortRowLabel }

export const tableName = (format: FormatDecl, id: TableId): string => `表${tableOf(format, id)?.number ?? ''}`

const rowLabelsCache = new WeakMap<TableDecl, Set<string>>()
/** The labels a table prints at the head of a row of figures. */
function rowLabels(table: TableDecl): Set<string> {
  let labels = rowLabelsCache.get(table)
  if (!labels) {
    labels = new Set(table.grid.flatMap((row) => row.flatMap((c) => (c.kind === 'label' ? [c.text] : []))))
    rowLabelsCache.set(table, labels)
  }
  return labels
}

/**
 * Within its table: “一、本年新收政府信息公开申请数量”行“自然人”列. Table 四 prints one row of figures under
 * headings two deep, a cell's `rowLabel` being a heading over columns: “行政复议”下“总计”列.
 */
export function cellName(table: TableDecl, c: CellDecl): string {
  const row = shortRowLabel(c.rowLabel)
  return rowLabels(table).has(c.rowLabel) ? `“${row}”行“${c.colLabel}”列` : `“${row}”下“${c.colLabel}”列`
}

/** Standing alone: 表三“一、本年新收政府信息公开申请数量”行“自然人”列. */
export const tableCellName = (table: TableDecl, c: CellDecl): string =>
  `表${table.number}${cellName(table, c)}`

/** The cell of `ref` (requests:new.tot) standing alone. */
export function cellFullName(format: FormatDecl, ref: string): string {
  const c = cellIndex(format).get(ref)
  const table = c && tableOf(format, c.table)
  return c && table ? tableCellName(table, c) : ref
}
