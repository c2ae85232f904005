// Checking many published reports at once (a 政务公开办 reviewing its agencies' reports): each file read
// by the importer and checked, never kept as a draft. The CLI's `check` and the app's 批量检查 share it.
import { checkReport, type Finding } from '../checks'
import { batchText } from './messages'
import { getFormat, tableOf, type TableId } from '../formats'
import { importReport } from '../import'
import type { ImportInput } from '../import'
import { chineseDate, publicationDeadline } from '../model/publication'
import type { Report } from '../model/report'

export interface CheckedFile {
  name: string
  ok: true
  report: Report
  /** Errors first. */
  findings: Finding[]
  errors: number
  warnings: number
}

/** A file checked, or one that could not be read as a report. */
export type FileCheck = CheckedFile | { name: string; ok: false; problems: string[] }

/** What the importer met that broke the report (a blanked cell, a lost structure) is an error of it. */
const problemFinding = (message: string): Finding => ({
  rule: 'file.problem',
  severity: 'error',
  message,
  cells: []
})

/** Errors first, each group in the checks' own order. */
const bySeverity = (findings: Finding[]): Finding[] => [
  ...findings.filter((f) => f.severity === 'error'),
  ...findings.filter((f) => f.severity !== 'error')
]

/** The findings on a report read with `problems` (the importer's errors), counted. */
export function checked(name: string, report: Report, problems: string[], lastYear?: Report): CheckedFile {
  const findings = bySeverity([...problems.map(problemFinding), ...checkReport(report, lastYear)])
  const errors = findings.filter((f) => f.severity === 'error').length
  return { name, ok: true, report, findings, errors, warnings: findings.length - errors }
}

/** Reads one file (txt, html, docx, json) and checks it. Notices and warnings of the import are not errors. */
export async function checkFile(input: ImportInput, lastYear?: Report): Promise<FileCheck> {
  const r = await importReport(input)
  if (!r.ok) return { name: input.name, ok: false, problems: [r.message] }
  const problems = r.problems.filter((p) => p.level === 'error').map((p) => p.message)
  return checked(input.name, r.report, problems, lastYear)
}

const BLANK_GROUP_MIN = 4
const BLANK_NAMES_SHOWN = 6

export interface FindingLine {
  severity: Finding['severity']
  text: string
}

/** Readable lines for one report: a table's blank cells folded into one line when there are many. */
export function describeFindings(report: Report, findings: Finding[]): FindingLine[] {
  const format = getFormat(report.format)
  const tableOfBlank = (f: Finding): string => (f.rule === 'cell.blank' ? f.cells[0].split(':')[0] : '')
  const blanks = new Map<string, Finding[]>()
  for (const f of findings) {
    const t = tableOfBlank(f)
    if (t) blanks.set(t, [...(blanks.get(t) ?? []), f])
  }
  const lines: FindingLine[] = []
  for (const f of findings) {
    const group = blanks.get(tableOfBlank(f))
    if (!group || group.length < BLANK_GROUP_MIN) {
      lines.push({ severity: f.severity, text: f.message })
      continue
    }
    if (group[0] !== f) continue
    const t = tableOf(format, tableOfBlank(f) as TableId)
    const names = group.map((g) => g.message.split('未填写')[0].replace(/^表\S+ /, ''))
    const shown =
      names.length > BLANK_NAMES_SHOWN
        ? `${names.slice(0, BLANK_NAMES_SHOWN).join('、')}……`
        : names.join('、')
    lines.push({ severity: f.severity, text: batchText.blanks(`表${t?.number ?? ''}`, group.length, shown) })
  }
  return lines
}

/** The whole review as text, one block per file, as `check` prints it and 批量检查 saves it. */
export function batchReport(results: FileCheck[]): string {
  const out: string[] = []
  for (const r of results) {
    if (!r.ok) {
      out.push(batchText.unreadable(r.name, r.problems.join('；')))
      continue
    }
    out.push(batchText.heading(r.name, r.report.agency, r.report.year, batchText.formatName[r.report.format]))
    out.push(batchText.counts(r.errors, r.warnings))
    for (const l of describeFindings(r.report, r.findings))
      out.push(`   [${l.severity === 'error' ? batchText.error : batchText.warning}] ${l.text}`)
  }
  out.push('', batchTotal(results))
  return out.join('\n') + '\n'
}

export const batchTotal = (results: FileCheck[]): string =>
  batchText.total(
    results.length,
    results.filter((r) => r.ok && r.errors > 0).length,
    results.filter((r) => !r.ok).length
  )

const MAIN_ERRORS = 3

/** One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
const csvField = (v: string | number): string => {
  const s = String(v)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** Whether the report was published on time, as PUB-01..03 judged it; blank when its date or deadline is unknown. */
function onTime(r: CheckedFile): string {
  if (!r.report.published || !publicationDeadline(r.report)) return ''
  return r.findings.some((f) => f.rule.startsWith('meta.published')) ? batchText.no : batchText.yes
}

/**
 * The review as a table for Excel or WPS (a 通报 lists which reports were wrong or late): one row per file.
 * CSV in UTF-8; the caller adds the byte-order mark Excel needs to read it as such.
 */
export function batchCsv(results: FileCheck[]): string {
  const rows = results.map((r, i) => {
    if (!r.ok)
      return [
        i + 1,
        r.name,
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        `${batchText.unreadableShort}：${r.problems.join('；')}`
      ]
    const deadline = publicationDeadline(r.report)
    const errors = r.findings.filter((f) => f.severity === 'error').slice(0, MAIN_ERRORS)
    return [
      i + 1,
      r.name,
      r.report.agency,
      r.report.year,
      r.report.published ? chineseDate(r.report.published) : '',
      deadline ? chineseDate(deadline.date) : '',
      onTime(r),
      r.errors,
      r.warnings,
      errors.map((f) => f.message).join('；')
    ]
  })
  return [batchText.csvColumns, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}
