// How findings name cells: by the labels the law prints, shortened where a printed label carries a note.
import { cellIndex, tableOf } from '../formats'
import type { CellDecl, FormatDecl, TableId } from '../formats'

/** “（二）部分公开（区分处理的，只计这一情形，不计其他情形）” → “（二）部分公开”. */
export const shortRowLabel = (label: string): string => label.replace(/(.)（[^（）]{6,}）$/, '$1')

export const tableName = (format: FormatDecl, id: TableId): string => `表${tableOf(format, id)?.number ?? ''}`

/** Within a table: 一、本年新收政府信息公开申请数量“自然人”. */
export const cellName = (c: CellDecl): string => `${shortRowLabel(c.rowLabel)}“${c.colLabel}”`

/** Standing alone: 表三 一、本年新收政府信息公开申请数量“自然人”. */
export function cellFullName(format: FormatDecl, ref: string): string {
  const c = cellIndex(format).get(ref)
  if (!c) return ref
  return `${tableName(format, c.table)} ${cellName(c)}`
}
