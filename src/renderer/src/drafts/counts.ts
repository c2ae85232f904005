// Error and warning counts for the home list, computed on save so listing never re-runs the checks;
// stamped with the checks' version, so that counts made by an older app are made again (recountStale).
import { CHECKS_VERSION, findingKey } from '@shared/checks'
import { checkWithRefused } from '@shared/checks/refused'
import type { Report } from '@shared/model/report'

export interface FindingCounts {
  errorCount: number
  warningCount: number
  checkedWith: number
}

/**
 * As the editor counts them: dismissed warnings are not counted (an error cannot be dismissed), and a text
 * typed and refused is an error, its entry checked as blank.
 */
export function countFindings(
  report: Report,
  lastYear?: Report,
  dismissed: readonly string[] = [],
  inputs: Readonly<Record<string, string>> = {}
): FindingCounts {
  const refused = Object.keys(inputs)
  let errorCount = refused.length
  let warningCount = 0
  const ignored = new Set(dismissed)
  for (const f of checkWithRefused(report, new Set(refused), lastYear).findings) {
    if (f.severity === 'error') errorCount++
    else if (!ignored.has(findingKey(f))) warningCount++
  }
  return { errorCount, warningCount, checkedWith: CHECKS_VERSION }
}
