// A report whose person typed something refused into some entries (a letter in a cell, an unreadable date):
// the draft keeps the last value that made sense there, so that nothing is lost, but checked, such an entry
// is blank, as its refusal says it holds no value. One function, for the editor's marks and the counts a
// saved draft shows on the home screen alike.
import type { Report } from '../model/report'
import { checkReport } from './index'
import type { Finding } from './types'

const LOCAL_KEYS: readonly string[] = ['published', 'publishBy', 'overviewLimit']

/** `report` with the entry at `ref` blank (`<table>:<key>`, `fees:<key>`, `meta:<local key>`). */
export function withBlank(report: Report, ref: string): Report {
  const [head, key] = [ref.slice(0, ref.indexOf(':')), ref.slice(ref.indexOf(':') + 1)]
  if (head === 'meta') {
    if (!LOCAL_KEYS.includes(key)) return report
    const next = { ...report }
    delete next[key as 'published' | 'publishBy' | 'overviewLimit']
    return next
  }
  if (head === 'fees') return { ...report, fees: { ...report.fees, [key]: null } }
  const table = report.tables[head as keyof Report['tables']]
  return table ? { ...report, tables: { ...report.tables, [head]: { ...table, [key]: null } } } : report
}

/**
 * checkReport on `report` with the `refused` entries blank (`view`, as checked); a refused cell has its own
 * message, so it is not also called blank. The refusals themselves are the caller's (the editor words them
 * at the field).
 */
export function checkWithRefused(
  report: Report,
  refused: ReadonlySet<string>,
  lastYear?: Report
): { view: Report; findings: Finding[] } {
  if (!refused.size) return { view: report, findings: checkReport(report, lastYear) }
  let view = report
  for (const ref of refused) view = withBlank(view, ref)
  return { view, findings: checkReport(view, lastYear, refused) }
}
