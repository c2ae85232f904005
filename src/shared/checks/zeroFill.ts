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

const key = (f: { rule: string; cells: readonly string[] }): string => `${f.rule}|${f.cells.join(',')}`

/**
 * The filled, non-zero cells of `before` that errors new in `after` hold against cells `zeros` wrote 0
 * into, in the order the checks name them. `after` is `before` with those zeros written.
 */
export function figuresAtOdds(before: Report, after: Report, zeros: readonly string[]): AtOdds[] {
  const zero = new Set(zeros)
  const earlier = new Set(
    checkReport(before)
      .filter((f) => f.severity === 'error')
      .map(key)
  )
  const out = new Map<string, number>()
  for (const f of checkReport(after)) {
    if (f.severity !== 'error' || earlier.has(key(f)) || !f.cells.some((c) => zero.has(c))) continue
    for (const ref of f.cells) {
      const [table, cell = ''] = splitRef(ref)
      const value = after.tables[table as keyof Report['tables']]?.[cell]
      if (!zero.has(ref) && typeof value === 'number' && value !== 0) out.set(ref, value)
    }
  }
  return [...out].map(([ref, value]) => ({ ref, value }))
}
