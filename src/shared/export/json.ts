// report-json v1, written by the model's own serializer so that export and the JSON reader never drift.
import { getFormat } from '../formats'
import { feesWithStated } from '../model/feeWords'
import { serializeReport } from '../model/json'
import type { Report } from '../model/report'

// A fee the form leaves blank but the text of 六 states is written as stated: a JSON reader does not read prose.
export const exportJson = (report: Report): string =>
  serializeReport(
    getFormat(report.format).requiresFees
      ? { ...report, fees: feesWithStated(report.fees, report.sections.other) }
      : report
  )
