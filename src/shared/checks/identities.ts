// Every arithmetic identity of a format (F1–F7, X1–X3, T2-03 …) evaluated generically from the declaration.
// Each is compiled once per format into index lists over a flat array of the report's cell values, so a
// check reads each cell once and then only walks small integer arrays.
import { cellIndex, splitRef, tableOf } from '../formats'
import type { FormatDecl, Identity, TableId } from '../formats'
import type { Report } from '../model/report'
import { cellName } from './labels'
import { totalOf } from './offers'
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
  /** An equality's total, a single cell of this year (offers.ts totalOf): its side and position. */
  total?: { side: 'left' | 'right'; at: number }
}

interface CompiledFormat {
  refs: { table: TableId; key: string; name: string }[]
  /** 1 where a cell's domain admits negatives (the 2019 本年增/减). */
  signed: Uint8Array
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
  const signed = Uint8Array.from(index.values(), (decl) => (decl.domain.kind === 'signed' ? 1 : 0))
  const identities = format.identities.map((identity): Compiled => {
    const all = [...identity.left.terms, ...identity.right.terms]
    const current = [...new Set(all.filter((t) => !t.last).map((t) => pos(t.cell)))]
    const shape = totalOf(identity)
    return {
      total: shape && {
        side: identity.left.terms[0] === shape.total ? 'left' : 'right',
        at: pos(shape.total.cell)
      },
      identity,
      left: side(identity.left.terms),
      right: side(identity.right.terms),
      current: Int32Array.from(current),
      lastCells: Int32Array.from(new Set(all.filter((t) => t.last).map((t) => pos(t.cell)))),
      // Last year's cells are not editable here, so findings point only at this year's.
      cells: current.map((p) => `${refs[p].table}:${refs[p].key}`)
    }
  })
  out = { refs, signed, identities }
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

/** What a side is known to sum to: its filled terms, and whether its blank ones may add or take away. */
interface Known {
  sum: number
  /** A blank term may raise the side (a count), or lower it (a count taken away, or a signed cell). */
  up: boolean
  down: boolean
}

/**
 * A blank (or refused) cell is unknown, not 0: a count anywhere in [0, ∞), a signed cell (the 2019 本年增/减)
 * anywhere at all. Last year's terms are all known here (an identity missing one is not judged).
 */
function known(s: Side, now: Float64Array, last: Float64Array | undefined, signed: Uint8Array): Known {
  const out: Known = { sum: 0, up: false, down: false }
  for (let i = 0; i < s.at.length; i++) {
    const x = s.last[i] ? last![s.at[i]] : now[s.at[i]]
    if (x === x) {
      out.sum += s.sign[i] * x
      continue
    }
    if (signed[s.at[i]]) out.up = out.down = true
    else if (s.sign[i] > 0) out.up = true
    else out.down = true
  }
  return out
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
  /** The identity of each finding, and of those that say it fails (not a total merely blank). */
  const of: Identity[] = []
  const failed: Identity[] = []
  const { refs, signed, identities } = compile(format)
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
    if (filled === 0) continue
    const { identity: id } = c
    const L = known(c.left, now, last, signed)
    const R = known(c.right, now, last, signed)
    const d = L.sum - R.sum
    const blanks = filled < c.current.length
    if (!blanks) {
      const broken = id.relation === '=' ? Math.abs(d) > EPSILON : d > EPSILON
      if (!broken) continue
      let message =
        id.relation === '='
          ? checkText.identityEqual(id.where, id.left.label, L.sum, id.right.label, R.sum)
          : checkText.identityAtMost(id.where, id.left.label, L.sum, id.right.label, R.sum)
      if (id.note) message += `（${id.note}）`
      findings.push({ rule: id.rule, severity: id.severity, message, cells: [...c.cells] })
      of.push(id)
      failed.push(id)
      continue
    }
    const empty = [...c.current].filter((p) => now[p] !== now[p])
    const wrong = (p: number) => refused.has(`${refs[p].table}:${refs[p].key}`)
    const blank = empty.filter((p) => !wrong(p)).map((p) => refs[p].name)
    const wrongly = empty.filter(wrong).map((p) => refs[p].name)
    // A total left blank (or refused) under parts all filled: no figure typed is wrong, but what the total
    // should be is known. A warning, as a blank is (VAL-01), not an error: an official filling the table
    // down to its total would otherwise be told of a mistake before making one. It names the identity's
    // cells, so that the sum is offered at the total (offers.ts), and is no failure of the rule: a rule
    // it implies is still judged.
    if (c.total && empty.length === 1 && empty[0] === c.total.at) {
      const parts = c.total.side === 'left' ? R.sum : L.sum
      // 0 under parts all 0 was no finding while a blank counted as 0: VAL-01's offer of 0 says it.
      if (Math.abs(parts) <= EPSILON) continue
      const [total, others] = c.total.side === 'left' ? [id.left, id.right] : [id.right, id.left]
      let message = checkText.totalBlank(id.where, total.label, others.label, parts, wrongly.length > 0)
      if (id.note) message += `（${id.note}）`
      findings.push({ rule: id.rule, severity: 'warning', message, cells: [...c.cells] })
      of.push(id)
      continue
    }
    // left − right lies in [min, max] whatever the blanks hold; judged only where no filling can agree.
    const min = L.down || R.up ? -Infinity : d
    const max = L.up || R.down ? Infinity : d
    const broken = id.relation === '=' ? min > EPSILON || max < -EPSILON : min > EPSILON
    if (!broken) continue
    // The side already too large, and the other, as far as they are known.
    const [under, overKnown, underKnown] = min > EPSILON ? [id.right, L, R] : [id.left, R, L]
    let message =
      !underKnown.up && !underKnown.down && !overKnown.down
        ? checkText.identityExceeds(id.where, id.relation, under.label, underKnown.sum, overKnown.sum)
        : checkText.identityBounds(id.where, id.relation, [
            [id.left.label, L.sum, L.up, L.down],
            [id.right.label, R.sum, R.up, R.down]
          ])
    message += checkText.blanksUnknown(blank, wrongly)
    if (id.note) message += `（${id.note}）`
    findings.push({ rule: id.rule, severity: id.severity, message, cells: [...c.cells] })
    of.push(id)
    failed.push(id)
  }
  // A consequence of a rule that fails in the same place says nothing more (F6 where F1 fails).
  const failing = new Set(failed.map((id) => `${id.rule}|${id.where}`))
  return findings.filter((_, i) => !failing.has(`${of[i].impliedBy}|${of[i].where}`))
}
