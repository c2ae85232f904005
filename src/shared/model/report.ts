// The report as data: report-json v1 (../shared/spec/report-json.md) is this type, one to one,
// except that 采购总金额's unit lives in `units` (the JSON writes it as tables.active["procurement.amountUnit"]).
import { formatForYear, getFormat } from '../formats'
import type { AmountUnit, FormatId, SectionId, TableId } from '../formats'

export const REPORT_SCHEMA = 'xxgk-nianbao/report'
export const REPORT_SCHEMA_VERSION = 1

/** A blank cell is `null`: unknown, never the same as 0. */
export type CellValue = number | null
export type CellMap = Record<string, CellValue>
export type AgencyKind = 'government' | 'department'

export const SECTION_IDS: readonly SectionId[] = [
  'overview',
  'active',
  'requests',
  'review',
  'problems',
  'other'
]
export const TABLE_IDS: readonly TableId[] = ['active', 'requests', 'review']

export interface Fees {
  /** 收费通知件数 */
  notices: CellValue
  /** 收费通知总金额（元） */
  noticedAmount: CellValue
  /** 实际收取总金额（元） */
  collected: CellValue
}

export interface Report {
  schema: typeof REPORT_SCHEMA
  schemaVersion: typeof REPORT_SCHEMA_VERSION
  format: FormatId
  agency: string
  agencyKind: AgencyKind
  year: number
  title: string
  sections: Record<SectionId, string>
  tables: Record<TableId, CellMap>
  /** Units of `amount` cells, by cell key (2019 采购总金额). */
  units?: Record<string, AmountUnit>
  fees: Fees
  /**
   * 发布日期 (YYYY-MM-DD), once known: PUB-01..03 read it and the exports sign with it. report-json v1
   * has no such key, so the JSON leaves it out (the app's backups carry it beside the report).
   */
  published?: string
  /**
   * 本地规定的发布时限 (MM-DD, in the year after `year`), for an agency whose deadline the 条例 does not set
   * (乡镇人民政府) or which a local rule sets earlier; absent, the 条例's applies (model/publication.ts).
   */
  publishBy?: string
  /** 本地规定的总体情况字数上限 (STR-10, e.g. 武威: 1000 字); absent, none applies. Not in report-json v1 either. */
  overviewLimit?: number
}

/**
 * The years a report may be of: what report-json reads (and so what a backup can restore). The editor and
 * 新建报告 refuse any other, so that a slip (2924 for 2024) is said at the field, never kept.
 */
export const isReportYear = (year: number): boolean => Number.isInteger(year) && year >= 1990 && year <= 2200

/** Characters of prose as a limit counts them: every character but spaces and line breaks. */
export const proseLength = (text: string): number => text.replace(/\s/g, '').length

export const defaultTitle = (agency: string, year: number): string =>
  `${agency}${year}年政府信息公开工作年度报告`

/**
 * The title once the agency or year changes: one still as made for them follows, one the official wrote
 * is kept.
 */
export const followedTitle = (
  report: Pick<Report, 'title' | 'agency' | 'year'>,
  agency: string,
  year: number
) => (report.title === defaultTitle(report.agency, report.year) ? defaultTitle(agency, year) : report.title)

/** A report with every declared cell blank. `format` defaults to the one the year calls for. */
export function emptyReport(
  format: FormatId | undefined,
  year: number,
  agency: string,
  agencyKind: AgencyKind
): Report {
  const decl = format ? getFormat(format) : formatForYear(year)
  const tables = { active: {}, requests: {}, review: {} } as Record<TableId, CellMap>
  for (const t of decl.tables) for (const c of t.cells) tables[t.id][c.key] = null
  return {
    schema: REPORT_SCHEMA,
    schemaVersion: REPORT_SCHEMA_VERSION,
    format: decl.id,
    agency,
    agencyKind,
    year,
    title: defaultTitle(agency, year),
    sections: { overview: '', active: '', requests: '', review: '', problems: '', other: '' },
    tables,
    fees: { notices: null, noticedAmount: null, collected: null }
  }
}

/** `units` with `key`'s unit set, or removed when there is none. */
export function withUnit(
  units: Report['units'],
  key: string,
  unit: AmountUnit | undefined
): Record<string, AmountUnit> {
  const { [key]: _old, ...rest } = units ?? {}
  return unit ? { ...rest, [key]: unit } : rest
}
