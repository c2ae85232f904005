// The cells whose figure last year's report settles: an equality of the format between one cell of this
// year's and figures of last year's only (上年结转 = 上年“四、结转下年度继续办理”, XY-01; the 2019 format's
// 上一年项目数量 = last year's count + its 本年增/减, XY-03). Read from the declared identities, so that a
// format's rules, the 上年 hint beside a cell and 从上年报告新建 cannot disagree.
import { shortRowLabel } from '../checks/labels'
import { domainViolation } from '../model/domain'
import type { Report } from '../model/report'
import { cellIndex, getFormat, splitRef } from './index'
import type { FormatDecl, TableId, Term } from './types'

export interface Carried {
  value: number
  /** What it is, as the rule names it: 上年“四、结转下年度继续办理”. */
  label: string
}

const lastValue = (lastYear: Report, term: Term): number | null => {
  const [table, key = ''] = splitRef(term.cell)
  return lastYear.tables[table as keyof Report['tables']]?.[key] ?? null
}

interface CarriedRule {
  /** This year's cell (`table:key`). */
  cell: string
  /** Last year's figures that give it. */
  from: readonly Term[]
  label: string
}

/** The format's cells that last year's report settles, each with the figures it is settled by. */
export function carriedRules(format: FormatDecl): CarriedRule[] {
  const out: CarriedRule[] = []
  for (const identity of format.identities) {
    if (identity.relation !== '=') continue
    for (const [mine, theirs] of [
      [identity.left, identity.right],
      [identity.right, identity.left]
    ]) {
      const [cell] = mine.terms
      if (mine.terms.length !== 1 || cell.last || cell.sign) continue
      if (theirs.terms.every((t) => t.last))
        out.push({ cell: cell.cell, from: theirs.terms, label: theirs.label })
    }
  }
  return out
}

/**
 * Per cell (`table:key`), the figure last year's report gives it; cells last year left blank are not in it,
 * nor those it would give a figure the cell cannot hold (3 items, 减少5: −2 items), last year's own mistake.
 */
export function carriedFromLastYear(format: FormatDecl, lastYear: Report): Map<string, Carried> {
  const out = new Map<string, Carried>()
  const cells = cellIndex(format)
  for (const { cell, from, label } of carriedRules(format)) {
    const values = from.map((t) => lastValue(lastYear, t))
    if (values.some((v) => v === null)) continue
    const value = from.reduce((sum, t, i) => sum + (t.sign ?? 1) * values[i]!, 0)
    const domain = cells.get(cell)?.domain
    if (domain && domainViolation(value, domain)) continue
    out.set(cell, { value, label })
  }
  return out
}

/**
 * Last year's rows, in last year's format, holding figures that this year's table has no cell for (a report
 * of 2021's format after one of 2019's): `rows` that 2021's 表二 has not at all (其他对外管理服务事项, 政府集中
 * 采购), then `columns`, rows it prints with other columns (规章, 规范性文件, 行政许可). A row is known by its
 * key (norm: 2019's 规范性文件 is 2021's 行政规范性文件); one 2021 splits (r6: （六）其他处理 into r6_1…r6_3) is
 * there still. Named so that the official does not look for them. Shortened labels, in order.
 */
export function unmatchedFromLastYear(
  format: FormatDecl,
  lastYear: Report,
  table: TableId
): { rows: string[]; columns: string[] } {
  const none = { rows: [], columns: [] }
  if (lastYear.format === format.id) return none
  const rowOf = (key: string) => key.slice(0, key.indexOf('.'))
  const cells = format.tables.find((t) => t.id === table)?.cells ?? []
  const mine = new Set(cells.map((c) => c.key))
  const rowsHere = new Set(cells.map((c) => rowOf(c.key)))
  const split = (row: string) => [...rowsHere].some((r) => r.startsWith(`${row}_`))
  const rows = new Map<string, { label: string; here: boolean }>()
  for (const c of getFormat(lastYear.format).tables.find((t) => t.id === table)?.cells ?? []) {
    const row = rowOf(c.key)
    if (mine.has(c.key) || split(row) || typeof lastYear.tables[table]?.[c.key] !== 'number') continue
    rows.set(row, { label: shortRowLabel(c.rowLabel), here: rowsHere.has(row) })
  }
  const all = [...rows.values()]
  return {
    rows: all.filter((r) => !r.here).map((r) => r.label),
    columns: all.filter((r) => r.here).map((r) => r.label)
  }
}
