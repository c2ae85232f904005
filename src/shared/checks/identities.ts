// Every arithmetic identity of a format (F1–F7, X1–X3, T2-03 …) evaluated generically from the declaration.
// Each is compiled once per format into flat term lists, so a check is a few array walks.
import { cellIndex } from '../formats'
import type { FormatDecl, Identity, TableId } from '../formats'
import type { CellMap, Report } from '../model/report'
import { cellName } from './labels'
import { checkText } from './messages'
import type { Finding } from './types'

interface Term {
  table: TableId
  key: string
  sign: number
  last: boolean
  name: string
}

interface Compiled {
  identity: Identity
  left: Term[]
  right: Term[]
  /** This year's terms, in reading order, without repeats. */
  current: Term[]
  hasLast: boolean
  cells: string[]
}

const cache = new WeakMap<FormatDecl, Compiled[]>()

function compile(format: FormatDecl): Compiled[] {
  let out = cache.get(format)
  if (out) return out
  const index = cellIndex(format)
  const term = (t: Identity['left']['terms'][number]): Term => {
    const [table, key] = t.cell.split(/:(.*)/s) as [TableId, string]
    const decl = index.get(t.cell)
    if (!decl) throw new Error(`identity names unknown cell ${t.cell}`)
    return { table, key, sign: t.sign ?? 1, last: !!t.last, name: cellName(decl) }
  }
  out = format.identities.map((identity) => {
    const left = identity.left.terms.map(term)
    const right = identity.right.terms.map(term)
    const current: Term[] = []
    const seen = new Set<string>()
    for (const t of [...left, ...right]) {
      const ref = `${t.table}:${t.key}`
      if (!t.last && !seen.has(ref)) {
        seen.add(ref)
        current.push(t)
      }
    }
    return {
      identity,
      left,
      right,
      current,
      hasLast: [...left, ...right].some((t) => t.last),
      // Last year's cells are not editable here, so findings point only at this year's.
      cells: current.map((t) => `${t.table}:${t.key}`)
    }
  })
  cache.set(format, out)
  return out
}

const EPSILON = 1e-6

function sum(
  terms: Term[],
  now: Record<TableId, CellMap>,
  last: Record<TableId, CellMap> | undefined
): number {
  let s = 0
  for (const t of terms) s += t.sign * ((t.last ? last?.[t.table]?.[t.key] : now[t.table][t.key]) ?? 0)
  return s
}

/** Findings for every violated identity. Terms of last year are read only from a report of year − 1. */
export function checkIdentities(report: Report, format: FormatDecl, lastYear: Report | undefined): Finding[] {
  const findings: Finding[] = []
  const now = report.tables
  const last = lastYear?.tables
  for (const c of compile(format)) {
    if (c.hasLast) {
      if (!last) continue
      const lastTerms = [...c.left, ...c.right].filter((t) => t.last)
      if (lastTerms.some((t) => typeof last[t.table]?.[t.key] !== 'number')) continue
    }
    let filled = 0
    for (const t of c.current) if (now[t.table][t.key] != null) filled++
    if (filled === 0) continue
    const l = sum(c.left, now, last)
    const r = sum(c.right, now, last)
    const { identity: id } = c
    const broken = id.relation === '=' ? Math.abs(l - r) > EPSILON : l - r > EPSILON
    if (!broken) continue
    let message =
      id.relation === '='
        ? checkText.identityEqual(id.where, id.left.label, l, id.right.label, r)
        : checkText.identityAtMost(id.where, id.left.label, l, id.right.label, r)
    if (filled < c.current.length) {
      message += checkText.blanksCounted(
        c.current.filter((t) => now[t.table][t.key] == null).map((t) => t.name)
      )
    }
    findings.push({ rule: id.rule, severity: id.severity, message, cells: c.cells })
  }
  return findings
}
