// report-json v1, written by the model's own serializer so that export and the JSON reader never drift.
import { getFormat } from '../formats'
import { feesWithStated } from '../model/feeWords'
import { serializeReport } from '../model/json'
import { SECTION_IDS, type Report } from '../model/report'
import { withoutOwnHeading } from './prose'

// A fee the form leaves blank but the text of 六 states is written as stated: a JSON reader does not read prose.
// The sections go without a heading pasted as their first line, as report-json has them.
export function exportJson(report: Report): string {
  const sections = { ...report.sections }
  for (const id of SECTION_IDS) sections[id] = withoutOwnHeading(sections[id], id)
  const fees = getFormat(report.format).requiresFees
    ? feesWithStated(report.fees, sections.other, report.year)
    : report.fees
  return serializeReport({ ...report, sections, fees })
}
