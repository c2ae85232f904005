// 本年无此项 writes 0 into a table's blank cells: right for a year in which nothing happened, wrong where
// the table already holds a figure the zeros must account for (上年结转 5 件 are this year 办结 or 结转
// again). Which figures those are, so that the editor can say why the zeros brought errors.
import { splitRef } from '../formats'
import type { Report } from '../model/report'
import { checkReport } from './index'

export interface AtOdds {
  ref: string
  value: number
}

/**
 * The filled, non-zero cells of `report` that its errors hold against cells `zeros` wrote 0 into, in the
 * order the checks name them. An error there before the zeros is named too: they made it no better.
 */
export function figuresAtOdds(report: Report, zeros: readonly string[]): AtOdds[] {
  const zero = new Set(zeros)
  const out = new Map<string, number>()
  for (const f of checkReport(report)) {
    if (f.severity !== 'error' || !f.cells.some((c) => zero.has(c))) continue
    for (const ref of f.cells) {
      const [table, cell = ''] = splitRef(ref)
      const value = report.tables[table as keyof Report['tables']]?.[cell]
      if (!zero.has(ref) && typeof value === 'number' && value !== 0) out.set(ref, value)
    }
  }
  return [...out].map(([ref, value]) => ({ ref, value }))
}
