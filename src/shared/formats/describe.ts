// The identities of a format as a person reads them, for the app's 使用说明: one line per rule, with the
// columns, rows or items it holds for (the declaration states each place apart, as the checks need it).
import type { FormatDecl, Identity, Severity } from './types'

export interface RuleLine {
  /** The reviewer catalogue id (checks.md), e.g. T3-01. */
  code: string
  severity: Severity
  /** “一+二 ＝ 三（七）+四”. */
  text: string
  /** Where it holds: “表三“自然人”列”, … in the declaration's order. */
  places: string[]
  /** It compares with last year's report, so it is checked only when one is given. */
  lastYear: boolean
  /** When the rule may be let be (a running total that some agencies print as this year's count). */
  note?: string
}

const RELATION: Record<Identity['relation'], string> = { '=': '＝', '<=': '≤' }

export function describeIdentities(format: FormatDecl): RuleLine[] {
  const lines = new Map<string, RuleLine>()
  for (const i of format.identities) {
    const text = `${i.left.label} ${RELATION[i.relation]} ${i.right.label}`
    const key = `${i.code}|${text}`
    const line = lines.get(key)
    if (line) line.places.push(i.where)
    else
      lines.set(key, {
        code: i.code,
        severity: i.severity,
        text,
        places: [i.where],
        lastYear: [...i.left.terms, ...i.right.terms].some((t) => t.last),
        ...(i.note && { note: i.note })
      })
  }
  return [...lines.values()]
}
