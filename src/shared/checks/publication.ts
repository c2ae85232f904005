// PUB-01..03: the publication date against the year reported on and the deadline that applies.
import { chineseDate, isIsoDate, publicationDeadline } from '../model/publication'
import type { Report } from '../model/report'
import { checkText } from './messages'
import type { Finding } from './types'

export function checkPublication(report: Report): Finding[] {
  const { published } = report
  if (!published || !isIsoDate(published)) return []
  // ISO dates compare as strings.
  const yearEnd = `${report.year + 1}-01-01`
  if (published < yearEnd)
    return [
      {
        rule: 'meta.publishedEarly',
        severity: 'error',
        message: checkText.publishedEarly(chineseDate(published), report.year),
        // at the date only: the message names the year, and the year is more often right than the date
        cells: ['meta:published']
      }
    ]
  const deadline = publicationDeadline(report)
  if (deadline && published > deadline.date)
    return [
      {
        rule: 'meta.publishedLate',
        severity: 'warning',
        message: checkText.publishedLate(chineseDate(published), chineseDate(deadline.date), deadline.basis),
        cells: report.publishBy ? ['meta:published', 'meta:publishBy'] : ['meta:published']
      }
    ]
  return []
}
