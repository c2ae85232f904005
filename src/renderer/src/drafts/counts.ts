// Error and warning counts for the home list, computed on save so listing never re-runs the checks;
// stamped with the checks' version, so that counts made by an older app are made again (recountStale).
import { CHECKS_VERSION, checkReport, findingKey } from '@shared/checks'
import type { Report } from '@shared/model/report'

export interface FindingCounts {
  errorCount: number
  warningCount: number
  checkedWith: number
}

/** Dismissed warnings are not counted; an error cannot be dismissed. */
export function countFindings(
  report: Report,
  lastYear?: Report,
  dismissed: readonly string[] = []
): FindingCounts {
  let errorCount = 0
  let warningCount = 0
  const ignored = new Set(dismissed)
  for (const f of checkReport(report, lastYear)) {
    if (f.severity === 'error') errorCount++
    else if (!ignored.has(findingKey(f))) warningCount++
  }
  return { errorCount, warningCount, checkedWith: CHECKS_VERSION }
}
