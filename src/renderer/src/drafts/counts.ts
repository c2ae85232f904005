// Error and warning counts for the home list, computed on save so listing never re-runs the checks.
import type { Report } from '@shared/model/report'

export interface FindingCounts {
  errorCount: number
  warningCount: number
}

type Checker = (report: Report, lastYear?: Report) => { severity: 'error' | 'warning' }[]

let checker: Checker | undefined

/** Until src/shared/checks lands, counts are 0; then this module imports checkReport directly. */
export function setChecker(fn: Checker): void {
  checker = fn
}

export function countFindings(report: Report, lastYear?: Report): FindingCounts {
  if (!checker) return { errorCount: 0, warningCount: 0 }
  let errorCount = 0
  let warningCount = 0
  for (const f of checker(report, lastYear)) {
    if (f.severity === 'error') errorCount++
    else warningCount++
  }
  return { errorCount, warningCount }
}
