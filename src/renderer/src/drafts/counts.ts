// Error and warning counts for the home list, computed on save so listing never re-runs the checks;
// stamped with the checks' version, so that counts made by an older app are made again (recountStale).
import { CHECKS_VERSION, checkReport } from '@shared/checks'
import type { Report } from '@shared/model/report'

export interface FindingCounts {
  errorCount: number
  warningCount: number
  checkedWith: number
}

export function countFindings(report: Report, lastYear?: Report): FindingCounts {
  let errorCount = 0
  let warningCount = 0
  for (const f of checkReport(report, lastYear)) {
    if (f.severity === 'error') errorCount++
    else warningCount++
  }
  return { errorCount, warningCount, checkedWith: CHECKS_VERSION }
}
