// Error and warning counts for the home list, computed on save so listing never re-runs the checks;
// stamped with the checks' version, so that counts made by an older app are made again (recountStale).
import { CHECKS_VERSION, findingKey } from '@shared/checks'
import { checkWithRefused } from '@shared/checks/refused'
import { checksum } from '@shared/import/json'
import type { Report } from '@shared/model/report'
import { asLastYear } from './lastYear'
import type { DraftRecord } from './types'

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

/**
 * What a draft's counts were made from, so that the home list runs the checks only on the drafts for which
 * it has changed: the checks' version, the draft's own write (`rev`: every writer of its report bumps it)
 * and last year's report by its content, whoever wrote it (an edit, a restore, a backup, or none now).
 */
export function countedFor(
  record: Pick<DraftRecord, 'rev'>,
  lastYear: Pick<DraftRecord, 'id' | 'report' | 'inputs'> | undefined
): string {
  const last = lastYear ? `${lastYear.id}:${checksum(JSON.stringify(asLastYear(lastYear)))}` : ''
  return `${CHECKS_VERSION}|${record.rev}|${last}`
}
