// Every arithmetic identity of a format (F1–F7, X1–X3, T2-03 …) evaluated generically from the declaration.
// Each is compiled once per format into index lists over a flat array of the report's cell values, so a
// check reads each cell once and then only walks small integer arrays.
import { cellIndex, splitRef, tableOf } from '../formats'
import type { FormatDecl, Identity, TableId } from '../formats'
import type { Report } from '../model/report'
import { cellName } from './labels'
import { checkText } from './messages'
import type { Finding } from './types'

interface Side {
  /** Positions in the format's cell list, and the sign of each term. */
  at: Int32Array
  sign: Float64Array
  last: Uint8Array
}

interface Compiled {
  identity: Identity
  left: Side
  right: Side
  /** This year's cells read, in reading order, without repeats (positions). */
  current: Int32Array
  lastCells: Int32Array
  cells: string[]
}

interface CompiledFormat {
  refs: { table: TableId; key: string; name: string }[]
  identities: Compiled[]
}

const cache = new WeakMap<FormatDecl, CompiledFormat>()

function compile(format: FormatDecl): CompiledFormat {
  let out = cache.get(format)
  if (out) return out
  const index = cellIndex(format)
  const refs = [...index].map(([ref, decl]) => {
    const [table, key = ''] = splitRef(ref) as [TableId, string?]
    return { table, key, name: cellName(tableOf(format, table)!, decl) }
  })
  const position = new Map([...index.keys()].map((ref, i) => [ref, i]))
  const pos = (ref: string): number => {
    const p = position.get(ref)
    if (p === undefined) throw new Error(`identity names unknown cell ${ref}`)
    return p
  }
  const side = (terms: Identity['left']['terms']): Side => ({
    at: Int32Array.from(terms, (t) => pos(t.cell)),
    sign: Float64Array.from(terms, (t) => t.sign ?? 1),
    last: Uint8Array.from(terms, (t) => (t.last ? 1 : 0))
  })
  const identities = format.identities.map((identity): Compiled => {
    const all = [...identity.left.terms, ...identity.right.terms]
    const current = [...new Set(all.filter((t) => !t.last).map((t) => pos(t.cell)))]
    return {
      identity,
      left: side(identity.left.terms),
      right: side(identity.right.terms),
      current: Int32Array.from(current),
      lastCells: Int32Array.from(new Set(all.filter((t) => t.last).map((t) => pos(t.cell)))),
      // Last year's cells are not editable here, so findings point only at this year's.
      cells: current.map((p) => `${refs[p].table}:${refs[p].key}`)
    }
  })
  out = { refs, identities }
  cache.set(format, out)
  return out
}

/** The report's cells in the format's order; NaN where blank (or absent). */
function values(report: Report, refs: CompiledFormat['refs']): Float64Array {
  const v = new Float64Array(refs.length)
  for (let i = 0; i < refs.length; i++) {
    const x = report.tables[refs[i].table]?.[refs[i].key]
    v[i] = typeof x === 'number' ? x : NaN
  }
  return v
}

const EPSILON = 1e-6

/**
 * A side of several of this year's cells, all blank, is a part of the table not begun (a report just made
 * from last year's holds only 上年结转): its sum is unknown, not 0, and the blank cells are reported as
 * such. A single blank cell (a total left empty under filled parts) is still read as 0, so the total is
 * offered the sum of its parts.
 */
function unbegun(s: Side, now: Float64Array): boolean {
  let terms = 0
  for (let i = 0; i < s.at.length; i++) {
    if (s.last[i]) continue
    if (now[s.at[i]] === now[s.at[i]]) return false
    terms++
  }
  return terms > 1
}

function sum(s: Side, now: Float64Array, last: Float64Array | undefined): number {
  let total = 0
  for (let i = 0; i < s.at.length; i++) {
    const x = s.last[i] ? last![s.at[i]] : now[s.at[i]]
    if (x === x) total += s.sign[i] * x
  }
  return total
}

/**
 * Findings for every violated identity. Terms of last year are read only when `lastYear` is given.
 * `refused`: cells whose typed entry was refused, blank in `report` as checked, named as wrongly filled
 * rather than as not filled. `unread`: cells a published report's import could not read (批量检查), whose
 * identities are not judged.
 */
export function checkIdentities(
  report: Report,
  format: FormatDecl,
  lastYear: Report | undefined,
  refused: ReadonlySet<string> = new Set(),
  unread: ReadonlySet<string> = new Set()
): Finding[] {
  const findings: Finding[] = []
  const failed: Identity[] = []
  const { refs, identities } = compile(format)
  const now = values(report, refs)
  const last = lastYear ? values(lastYear, refs) : undefined
  for (const c of identities) {
    if (c.lastCells.length) {
      // Last year's report must hold every cell the identity reads (a 2019-format year lacks 现行有效件数).
      if (!last) continue
      let missing = false
      for (let i = 0; i < c.lastCells.length; i++)
        if (last[c.lastCells[i]] !== last[c.lastCells[i]]) missing = true
      if (missing) continue
    }
    // A cell the importer could not read is unknown, not blank: the published table may well add up.
    if (unread.size && c.cells.some((ref) => unread.has(ref))) continue
    let filled = 0
    for (let i = 0; i < c.current.length; i++) if (now[c.current[i]] === now[c.current[i]]) filled++
    if (filled === 0 || unbegun(c.left, now) || unbegun(c.right, now)) continue
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
      const empty = [...c.current].filter((p) => now[p] !== now[p])
      const wrong = (p: number) => refused.has(`${refs[p].table}:${refs[p].key}`)
      message += checkText.blanksCounted(
        empty.filter((p) => !wrong(p)).map((p) => refs[p].name),
        empty.filter(wrong).map((p) => refs[p].name)
      )
    }
    if (id.note) message += `（${id.note}）`
    findings.push({ rule: id.rule, severity: id.severity, message, cells: [...c.cells] })
    failed.push(id)
  }
  // A consequence of a rule that fails in the same place says nothing more (F6 where F1 fails).
  const failing = new Set(failed.map((id) => `${id.rule}|${id.where}`))
  return findings.filter((_, i) => !failing.has(`${failed[i].impliedBy}|${failed[i].where}`))
}
