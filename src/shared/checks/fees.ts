// Section 六's 信息处理费 figures (FEE-01..04, 国办函〔2020〕109号).
import type { FormatDecl } from '../formats'
import { FEE_DOMAINS, FEE_KEYS } from '../model/fees'
import type { Report } from '../model/report'
import { domainFinding } from './cells'
import { checkText } from './messages'
import { normalizeProse } from './text'
import type { Finding } from './types'

const ref = (k: string) => `fees:${k}`
const isTens = (v: number) => Math.abs(v / 10 - Math.round(v / 10)) < 1e-9
// “收取信息处理费3940元” in prose.
const FEE_IN_PROSE = /信息处理费[^。；\d]{0,12}?(\d+(?:\.\d+)?)元/g

export function checkFees(report: Report, format: FormatDecl): Finding[] {
  const out: Finding[] = []
  const f = report.fees
  if (format.feesPrematureYear === report.year) {
    const claimed =
      FEE_KEYS.some((k) => (f[k] ?? 0) > 0) ||
      [...normalizeProse(report.sections.other).matchAll(FEE_IN_PROSE)].some((m) => Number(m[1]) > 0)
    if (claimed) {
      out.push({
        rule: 'fees.premature',
        severity: 'warning',
        message: checkText.feesPremature,
        cells: [...FEE_KEYS.map(ref), 'sections:other']
      })
    }
  }
  if (!format.requiresFees) return out

  const missing = FEE_KEYS.filter((k) => f[k] === null)
  if (missing.length) {
    out.push({
      rule: 'fees.missing',
      severity: 'error',
      message: checkText.feesMissing(missing.map((k) => checkText.fees[k])),
      cells: missing.map(ref)
    })
  }
  let valid = true
  for (const k of FEE_KEYS) {
    const v = f[k]
    const bad = v === null ? null : domainFinding(ref(k), checkText.fees[k], v, FEE_DOMAINS[k])
    if (bad) {
      out.push(bad)
      valid = false
    }
  }
  if (!valid) return out

  if (format.feeLapsedCell) {
    const [table, key] = format.feeLapsedCell.split(/:(.*)/s) as ['requests', string]
    const lapsed = report.tables[table]?.[key]
    if (lapsed && lapsed > 0 && f.notices !== null && f.notices < lapsed) {
      out.push({
        rule: 'fees.notices',
        severity: 'error',
        message: checkText.feesNotices(f.notices, lapsed),
        cells: [ref('notices'), format.feeLapsedCell]
      })
    }
  }
  if (f.collected !== null && f.noticedAmount !== null && f.collected > f.noticedAmount) {
    out.push({
      rule: 'fees.collected',
      severity: 'warning',
      message: checkText.feesCollected(f.collected, f.noticedAmount),
      cells: [ref('collected'), ref('noticedAmount')]
    })
  }
  for (const k of ['noticedAmount', 'collected'] as const) {
    const v = f[k]
    if (v !== null && !isTens(v)) {
      out.push({
        rule: 'fees.tens',
        severity: 'warning',
        message: checkText.feesTens(checkText.fees[k], v),
        cells: [ref(k)]
      })
    }
  }
  return out
}
