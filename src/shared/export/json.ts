// report-json v1, written by the model's own serializer so that export and the JSON reader never drift.
import { serializeReport } from '../model/json'
import type { Report } from '../model/report'

export const exportJson = (report: Report): string => serializeReport(report)
