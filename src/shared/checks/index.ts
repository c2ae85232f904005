// checkReport: every check of checks.md that can be decided from the report (and last year's), pure.
// Rule ids (stable): the identities' own (requests.balance, review.total, active.* …), cell.domain,
// cell.blank, cell.moneyUnit, cell.amountUnit, active.regulations, meta.format, meta.year, meta.period,
// meta.agency, meta.lastYear, crossYear.identical, section.missing, section.empty, section.governmentDuties,
// section.topics, fees.missing, fees.notices, fees.collected, fees.tens, fees.premature, prose.quantity,
// prose.none, prose.percentage, prose.percentRounding, section.partsCount, section.generic,
// prose.oldRegulation, prose.legacyOutcome, meta.planForYear, crossYear.sameText, prose.conflict,
// prose.partsSum, prose.partOverWhole, section.length, fees.legacyPart, prose.requestUnit, legacy.tableSum,
// meta.publishedEarly, meta.publishedLate, prose.fullWidthDigits.
import { getFormat, type FormatDecl } from '../formats'
import type { Report } from '../model/report'
import { checkBreakdowns } from './breakdown'
import { checkCells } from './cells'
import { checkDigits } from './digits'
import { checkFees } from './fees'
import { checkIdentities } from './identities'
import { checkIndicatorSums } from './indicators'
import { checkText } from './messages'
import { checkMeta } from './meta'
import { checkProse, proseReportsActivity } from './prose'
import { checkPublication } from './publication'
import { checkRecycled } from './recycled'
import { checkSections } from './sections'
import type { Finding } from './types'
import { checkWording } from './wording'

export type { Finding } from './types'

/**
 * Which rules counted a stored draft's errors and warnings. Bump it whenever a rule is added or changed:
 * the home list recounts the drafts counted by an older one (the app's drafts/store.ts recountStale).
 */
export const CHECKS_VERSION = 32

/** What identifies a finding for an official who dismisses it: its rule and its words (which quote the text). */
export const findingKey = (f: Finding): string =>
  // A table's blank cells are one finding whose words count them: dismissed, it stays so while cells are
  // filled, rather than coming back at the next one.
  f.rule === 'cell.blank' && f.cells.length > 1
    ? `${f.rule}|${f.cells[0].split(':')[0]}`
    : `${f.rule}|${f.message}`

/**
 * XY-04: every cell filled and equal to last year's — a copied table. Zeros two years running are a small
 * body's true record, suspect only where the prose says something was done (checks.md XY-04).
 */
function sameTables(a: Report, b: Report, format: FormatDecl): boolean {
  if (!format.tables.length) return false
  let zeros = true
  for (const t of format.tables) {
    for (const c of t.cells) {
      const x = a.tables[t.id][c.key]
      if (x === null || x === undefined || x !== b.tables[t.id]?.[c.key]) return false
      if (x !== 0) zeros = false
    }
  }
  return !zeros || proseReportsActivity(a, format)
}

/**
 * Every finding on `report`. Cross-year rules (XY-01..03, T2-01) run only when `lastYear` is the same
 * agency's report on the year before; another year gives one meta.lastYear warning instead.
 */
export function checkReport(
  report: Report,
  lastYear?: Report,
  refused?: ReadonlySet<string>,
  unread?: ReadonlySet<string>
): Finding[] {
  const format = getFormat(report.format)
  const out: Finding[] = []
  let previous = lastYear
  if (lastYear && lastYear.year !== report.year - 1) {
    out.push({
      rule: 'meta.lastYear',
      severity: 'warning',
      message: checkText.lastYearMismatch(report.year, lastYear.year),
      cells: ['meta:year']
    })
    previous = undefined
  }
  if (previous && previous.format === report.format && sameTables(report, previous, format)) {
    out.push({
      rule: 'crossYear.identical',
      severity: 'warning',
      message: checkText.identicalToLastYear,
      cells: ['meta:year']
    })
  }
  out.push(
    ...checkMeta(report, format),
    ...checkPublication(report),
    ...checkSections(report, format),
    ...checkIdentities(report, format, previous, refused, unread),
    ...checkIndicatorSums(report, format),
    ...checkCells(report, format, new Set([...(refused ?? []), ...(unread ?? [])])),
    ...checkFees(report, format, refused),
    ...checkProse(report, format),
    ...checkBreakdowns(report, format),
    ...checkWording(report, format),
    ...checkDigits(report, format),
    ...checkRecycled(report, format, previous)
  )
  return out
}

/** Findings by the cells they name, for marks at each cell (`requests:new.tot`, `sections:overview` …). */
export function findingsByCell(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>()
  for (const f of findings) {
    for (const c of f.cells) {
      const list = map.get(c)
      if (list) list.push(f)
      else map.set(c, [f])
    }
  }
  return map
}
