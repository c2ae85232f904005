// The sample report a newcomer finds on first start (marked 示例). Pure data. It carries exactly two
// deliberate errors, so live checks show at once:
//   1. 表四“行政复议”下“总计”列 is 3, but 结果维持 1 + 尚未审结 1 = 2 (T4-01);
//   2. 总体情况 says 新收政府信息公开申请170件, table 三 says 169 (NAR-01).
// Everything else holds: table 三 balances in every row and column, no cell is blank.
import { emptyReport, type Report } from '../model/report'
import { sampleSections } from './text'
import { sampleTables } from './tables'

export const SAMPLE_AGENCY = '清河市滨江区人民政府'
/** The year tests pin the sample to; the app's first start takes `sampleYear(today)`. */
export const SAMPLE_YEAR = 2024

/**
 * The year whose report a 县级人民政府 still has to publish on `today` (YYYY-MM-DD): last year's until its
 * 3月31日, then this year's. A sample dated earlier would greet a newcomer as already late.
 */
export const sampleYear = (today: string): number => {
  const year = Number(today.slice(0, 4))
  return today.slice(5) <= '03-31' ? year - 1 : year
}

export function sampleReport(year = SAMPLE_YEAR): Report {
  const report = emptyReport('2021', year, SAMPLE_AGENCY, 'government')
  const tables = sampleTables()
  for (const t of ['active', 'requests', 'review'] as const) {
    for (const key of Object.keys(report.tables[t])) {
      const v = tables[t][key]
      // A key the format declares but the sample forgot must fail loudly in tests, not become 0.
      report.tables[t][key] = v === undefined ? null : v
    }
  }
  report.sections = sampleSections(year)
  report.fees = { notices: 0, noticedAmount: 0, collected: 0 }
  return report
}
