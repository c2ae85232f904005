// The sums the editor offers at a broken identity's total (改为 N). Which totals get one is decided from the
// findings together: one finding alone cannot tell a wrong total from a wrong part summed into it.
import { splitRef } from '../formats'
import type { FormatDecl, Identity, Term } from '../formats'
import type { Report } from '../model/report'
import type { Finding } from './types'

export interface Offer {
  /** The total the sum is offered at. */
  cell: string
  sum: number
}

const identityCache = new WeakMap<FormatDecl, Map<string, Identity[]>>()
function identitiesByRule(format: FormatDecl): Map<string, Identity[]> {
  let m = identityCache.get(format)
  if (!m) {
    m = new Map()
    for (const id of format.identities) {
      const list = m.get(id.rule)
      if (list) list.push(id)
      else m.set(id.rule, [id])
    }
    identityCache.set(format, m)
  }
  return m
}

/** The identities a finding says are broken: its rule's, every one of whose cells of this year it names. */
export function identitiesOf(format: FormatDecl, finding: Finding): Identity[] {
  const cells = new Set(finding.cells)
  return (identitiesByRule(format).get(finding.rule) ?? []).filter((identity) =>
    [...identity.left.terms, ...identity.right.terms].every((t) => t.last || cells.has(t.cell))
  )
}

/**
 * An equality's total and the parts that sum to it: the total is the side with a single term of this
 * year's report, added. None for a bound (≤), nor where both sides are sums (一+二 = 三（七）+四).
 */
export function totalOf(identity: Identity): { total: Term; parts: Term[] } | undefined {
  if (identity.relation !== '=') return undefined
  for (const [mine, other] of [
    [identity.left, identity.right],
    [identity.right, identity.left]
  ] as const) {
    if (mine.terms.length !== 1 || mine.terms[0].last || mine.terms[0].sign) continue
    return { total: mine.terms[0], parts: other.terms }
  }
  return undefined
}

function valueOf(report: Report, lastYear: Report | undefined, term: Term): number | null | undefined {
  const src = term.last ? lastYear : report
  if (!src) return undefined
  const [table, key = ''] = splitRef(term.cell)
  const v = src.tables[table as keyof Report['tables']]?.[key]
  return v === undefined ? undefined : v
}

/**
 * For each finding, the sums offered at the totals of the identities it says are broken. None where a part
 * is blank or refused (blank to the checks): the sum would be a guess, and a correct total offered a wrong
 * one. None either where a part of this year's is a cell of another broken identity that is an error: that
 * part is then the likelier mistake — another rule's wrong total, which that rule's own offer puts right
 * (a sum offered here, once taken, would have that rule offer the old figure back), or a figure mistyped
 * where two rules read it, when any sum offered would be wrong. A total shared with another broken rule
 * keeps its offer: the mistake is that total.
 */
export function offeredSums(
  format: FormatDecl,
  findings: readonly Finding[],
  report: Report,
  lastYear?: Report
): Map<Finding, Offer[]> {
  const broken = findings.map((f) => ({ f, identities: identitiesOf(format, f) }))
  // How many error findings of a broken identity name each cell: a finding's own cells count once in it.
  const named = new Map<string, number>()
  for (const { f, identities } of broken)
    if (f.severity === 'error' && identities.length)
      for (const ref of new Set(f.cells)) named.set(ref, (named.get(ref) ?? 0) + 1)
  const out = new Map<Finding, Offer[]>()
  for (const { f, identities } of broken) {
    const own = new Set(f.severity === 'error' && identities.length ? f.cells : [])
    const elsewhere = (ref: string): boolean => (named.get(ref) ?? 0) > (own.has(ref) ? 1 : 0)
    for (const identity of identities) {
      const shape = totalOf(identity)
      if (!shape) continue
      if (shape.parts.some((t) => !t.last && elsewhere(t.cell))) continue
      let sum = 0
      let known = true
      for (const t of shape.parts) {
        const v = valueOf(report, lastYear, t)
        if (v === undefined || v === null) known = false
        else sum += (t.sign ?? 1) * v
      }
      if (!known || valueOf(report, lastYear, shape.total) === sum) continue
      // Money may carry float noise after summing; counts stay integers.
      const offer = { cell: shape.total.cell, sum: Math.round(sum * 10000) / 10000 }
      const list = out.get(f)
      if (list) list.push(offer)
      else out.set(f, [offer])
    }
  }
  return out
}
