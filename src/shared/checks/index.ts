// checkReport: every check of checks.md that can be decided from the report (and last year's), pure.
import { getFormat } from '../formats'
import type { Report } from '../model/report'
import { checkIdentities } from './identities'
import type { Finding } from './types'

export type { Finding } from './types'

export function checkReport(report: Report, lastYear?: Report): Finding[] {
  const format = getFormat(report.format)
  return [...checkIdentities(report, format, lastYear)]
}
