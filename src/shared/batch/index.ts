// Checking many published reports at once (a 政务公开办 reviewing its agencies' reports): each file read
// by the importer and checked, never kept as a draft. The CLI's `check` and the app's 批量检查 share it.
import type { FileSource } from '../api'
import { checkReport, type Finding } from '../checks'
import { getFormat, splitRef } from '../formats'
import { batchText } from './messages'
import { importReport } from '../import'
import type { ImportInput, ImportProblem } from '../import'
import { agencyMatch, bare } from '../model/agency'
import { chineseDate, publicationDeadline } from '../model/publication'
import type { Report } from '../model/report'

/** Where a file was chosen (the app's dialog of many files says it), and its own name where `name` shows more. */
interface Chosen {
  /** Tells files of one name in two folders apart: the same file chosen again has the same `id`. */
  source?: FileSource
  /** The file's own name, where `name` puts its folder before it (addToReview). */
  file?: string
}

export interface CheckedFile extends Chosen {
  name: string
  ok: true
  report: Report
  /**
   * What the importer could not read (its errors: a cell, a row, a table or a part left blank), as the
   * editor's 导入说明 lists it for the report imported as a draft. A defect of the published report too, but
   * no finding of the checks: counted apart from `errors`.
   */
  unread: string[]
  /**
   * Everything the importer said, at its level (what it could not read, what is to be checked, what it
   * did): kept with the draft made from the file, as an import keeps it. Only `unread` counts.
   */
  notes: Pick<ImportProblem, 'level' | 'message' | 'ref' | 'finding'>[]
  /**
   * The file whose report was taken as last year's (withLastYears): the same agency's on the year before in
   * the batch, or the one `check --last-year` gave. A report without one was checked without a last year.
   */
  lastYearFile?: string
  /** An earlier file of the batch with the same agency's report on the same year (withLastYears). */
  sameAs?: string
  /** The cells the importer could not read: unknown, so the sums they are in are not judged. */
  unreadCells?: readonly string[]
  /** checkReport's findings, errors first: what the editor's 问题 panel shows for the report as a draft. */
  findings: Finding[]
  /** The checks' errors, the number the editor's 问题 panel shows. */
  errors: number
  warnings: number
}

/** A file checked, or one that could not be read as a report. */
export type FileCheck = CheckedFile | ({ name: string; ok: false; problems: string[] } & Chosen)

/** Errors first, each group in the checks' own order. */
const bySeverity = (findings: Finding[]): Finding[] => [
  ...findings.filter((f) => f.severity === 'error'),
  ...findings.filter((f) => f.severity !== 'error')
]

/** The findings on a report read with `unread` (what the importer could not read), counted apart. */
export function checked(
  name: string,
  report: Report,
  unread: string[],
  lastYear?: Report,
  notes: CheckedFile['notes'] = unread.map((message) => ({ level: 'error', message })),
  unreadCells: readonly string[] = []
): CheckedFile {
  // What the published text prints against the format, though read, is its finding too (VAL-02, STR-05).
  const printed = notes.flatMap(({ finding, message, ref }): Finding[] =>
    finding ? [{ ...finding, message, cells: ref ? [ref] : [] }] : []
  )
  const findings = bySeverity([...checkReport(report, lastYear, undefined, new Set(unreadCells)), ...printed])
  const errors = findings.filter((f) => f.severity === 'error').length
  return {
    name,
    ok: true,
    report,
    unread: [...unread],
    notes,
    findings,
    errors,
    warnings: findings.length - errors,
    ...(unreadCells.length && { unreadCells })
  }
}

/** Every cell an import error left blank: its `cells`, else what its ref names (a cell, `r2.*`, `*`). */
export function cellsLeftBlank(report: Report, problems: readonly ImportProblem[]): string[] {
  const out = new Set<string>()
  for (const p of problems) {
    if (p.level !== 'error') continue
    for (const c of p.cells ?? []) out.add(c)
    const [table, key = ''] = splitRef(p.ref ?? '')
    const decl = getFormat(report.format).tables.find((t) => t.id === table)
    if (!decl) continue
    if (key === '*' || key.endsWith('.*'))
      for (const c of decl.cells) {
        if (key === '*' || c.key.startsWith(key.slice(0, -1))) out.add(`${table}:${c.key}`)
      }
    else out.add(`${table}:${key}`)
  }
  // A stray row said against the whole table (`*`) left no cell blank: only the blank ones are unread.
  return [...out].filter((ref) => {
    const [table, key = ''] = splitRef(ref)
    return (report.tables[table as keyof Report['tables']]?.[key] ?? null) === null
  })
}

/**
 * Reads one file (any the importer reads) and checks it. Only the import's errors are counted as unread:
 * its notices and warnings (Traditional converted, a heading's other wording) are not defects; all are
 * kept as the draft's notes.
 */
export async function checkFile(
  input: ImportInput & { source?: FileSource },
  lastYear?: Report
): Promise<FileCheck> {
  const source = input.source && { source: input.source }
  const r = await importReport(input)
  if (!r.ok) return { name: input.name, ok: false, problems: [r.message], ...source }
  const unread = r.problems.filter((p) => p.level === 'error').map((p) => p.message)
  // With each note's place, so that a draft made from the file can go there, as an import's can.
  const notes = r.problems.map(({ level, message, ref, finding }) => ({
    level,
    message,
    ...(ref && { ref }),
    ...(finding && { finding })
  }))
  return {
    ...checked(input.name, r.report, unread, lastYear, notes, cellsLeftBlank(r.report, r.problems)),
    ...source
  }
}

/** A report of the batch with its agency as compared (spacing aside), found by its year. */
interface Entry {
  r: CheckedFile
  agency: string
}

/**
 * Each report checked again with the same agency's report on the year before, when the batch holds one
 * (a 政务公开办 checks two years' reports at once): the cross-year rules (上年结转 …) need it. The name as
 * written the same both years first, then with or without the city above it. A second report of an agency
 * and year already in the batch (a copy, or two versions) names the first, lest it count twice unnoticed.
 * With `given` (check --last-year), every report of its agency is checked against that one instead, as its
 * user asked; a report of another agency, against none.
 */
export function withLastYears(
  results: readonly FileCheck[],
  given?: { name: string; report: Report }
): FileCheck[] {
  // By year, and each name bared once: a review of a thousand reports compares each with its year's only.
  const byYear = new Map<number, Entry[]>()
  for (const r of results) {
    if (!r.ok) continue
    const entries = byYear.get(r.report.year) ?? []
    entries.push({ r, agency: bare(r.report.agency) })
    byYear.set(r.report.year, entries)
  }
  /** The report of `year` of r's agency: the first in the batch, or with `best` the name as written alike first. */
  const ofYear = (r: CheckedFile, year: number, best = false): CheckedFile | undefined => {
    const agency = bare(r.report.agency)
    let found: { r: CheckedFile; match: 0 | 1 } | undefined
    for (const o of byYear.get(year) ?? []) {
      // One name must end the other for agencyMatch to find them one agency's: most pairs end here.
      if (!o.agency.endsWith(agency) && !agency.endsWith(o.agency)) continue
      const match = agencyMatch(o.agency, agency)
      if (match === undefined || (found && found.match <= match)) continue
      found = { r: o.r, match }
      if (!best || match === 0) break
    }
    return found?.r
  }
  return results.map((r) => {
    if (!r.ok) return r
    const named = r.report.agency.trim() !== ''
    if (!named && !given) return r
    const first = named ? ofYear(r, r.report.year) : undefined
    const sameAs = first && first !== r ? { sameAs: first.name } : {}
    const paired = given || !named ? undefined : ofYear(r, r.report.year - 1, true)
    // --last-year names one agency's report: another agency's, checked against it, would get its 上年结转 wrong.
    const ours =
      given &&
      (!named ||
        !given.report.agency.trim() ||
        agencyMatch(given.report.agency, r.report.agency) !== undefined)
        ? given
        : undefined
    // Checked without a year before and still without one: its findings stand (a thousand files in `check`).
    if (!ours && !paired && !r.lastYearFile) {
      const { sameAs: _was, ...rest } = r
      return { ...rest, ...sameAs }
    }
    // Named whatever its year: checkReport then says (meta.lastYear) that it served no cross-year rule.
    const last = ours ?? paired
    // Checked afresh: a review added to may have lost, or gained, the year before.
    return {
      ...checked(r.name, r.report, r.unread, last?.report, r.notes, r.unreadCells),
      ...(r.source && { source: r.source }),
      ...(r.file && { file: r.file }),
      ...(last && { lastYearFile: last.name }),
      ...sameAs
    }
  })
}

/**
 * The review with files chosen later added to it (the 区县 one folder, the 市直部门 another), each report then
 * checked against its agency's year before if chosen too. A file chosen again replaces its row: a report
 * its name, agency and year (agencies often name their files alike), and a file that could not be read
 * (sent again, corrected) its name's. A file that cannot be read takes no report's row away, since which
 * of the reports of that name it was meant to be cannot be told: its failure is a row of its own. Where the
 * dialog says where each file was (`source`), a file is known by its place, not its name: 区县/2024年度报告.docx
 * is not 市直部门/2024年度报告.docx, and both are named with their folder, as here, while both are listed.
 */
export function addToReview(before: readonly FileCheck[], chosen: readonly FileCheck[]): FileCheck[] {
  const file = (r: FileCheck): string => r.file ?? r.name
  const place = (r: FileCheck): string => (r.source ? `@${r.source.id}` : file(r))
  const key = (r: CheckedFile): string => `${place(r)}|${r.report.agency}|${r.report.year}`
  const places = new Set(chosen.map(place))
  const reports = new Set(chosen.flatMap((r) => (r.ok ? [key(r)] : [])))
  const kept = before.filter((r) => (r.ok ? !reports.has(key(r)) : !places.has(place(r))))
  const all = [...kept, ...chosen]
  const placesOf = new Map<string, Set<string>>()
  for (const r of all) placesOf.set(file(r), (placesOf.get(file(r)) ?? new Set()).add(place(r)))
  const named = all.map((r): FileCheck => {
    const { file: _was, ...rest } = r
    const own = file(r)
    return r.source && placesOf.get(own)!.size > 1
      ? { ...rest, name: `${r.source.folder}/${own}`, file: own }
      : { ...rest, name: own }
  })
  return withLastYears(named)
}

export interface FindingLine {
  severity: Finding['severity']
  text: string
}

/** Readable lines for one report (the checks name a table's blank cells in one finding). */
export const describeFindings = (findings: Finding[]): FindingLine[] =>
  findings.map((f) => ({ severity: f.severity, text: f.message }))

/** One line of a file's review: what could not be read, then the checks' errors and warnings. */
export interface FileLine {
  /** `check`: what the importer asks to check (a table's words left in the prose, …), apart from the checks. */
  severity: 'unread' | Finding['severity'] | 'check'
  text: string
}

/**
 * What the importer asks to check: its warnings (its notices say what it did, its errors what it could not
 * read), but for those that are findings of the published text, counted with the checks'.
 */
const toCheck = (r: CheckedFile): string[] =>
  r.notes.filter((n) => n.level === 'warning' && !n.finding).map((n) => n.message)

/** Every line of one file's review: what the importer could not read first, then the findings. */
export const describeFile = (r: CheckedFile): FileLine[] => [
  ...r.unread.map((text): FileLine => ({ severity: 'unread', text })),
  ...describeFindings(r.findings),
  ...toCheck(r).map((text): FileLine => ({ severity: 'check', text }))
]

const label = (l: FileLine): string => batchText[l.severity]

/** One file's block of the review as text: its heading, its counts, its lines. */
export function fileBlock(r: CheckedFile): string[] {
  return [
    batchText.heading(r.name, r.report.agency, r.report.year, getFormat(r.report.format).name),
    batchText.counts(r.errors, r.warnings, r.unread.length, toCheck(r).length),
    ...(r.sameAs ? [`   ${batchText.sameAs(r.sameAs)}`] : []),
    ...(r.lastYearFile ? [`   ${batchText.lastYear(r.lastYearFile)}`] : []),
    ...describeFile(r).map((l) => `   [${label(l)}] ${l.text}`)
  ]
}

/** The whole review as text, one block per file, as `check` prints it and 批量检查 saves it. */
export function batchReport(results: FileCheck[]): string {
  const out: string[] = []
  for (const r of results) {
    if (!r.ok) out.push(batchText.unreadable(r.name, r.problems.join('；')))
    else out.push(...fileBlock(r))
  }
  out.push('', batchTotal(results))
  return out.join('\n') + '\n'
}

/** Files with the checks' errors and files with content not read are counted apart (a file may be both). */
export const batchTotal = (results: FileCheck[]): string =>
  batchText.total(
    results.length,
    results.filter((r) => r.ok && r.errors > 0).length,
    results.filter((r) => r.ok && r.unread.length > 0).length,
    results.filter((r) => !r.ok).length
  )

const MAIN_ERRORS = 3
const MAIN_ERRORS_COLUMN = batchText.csvColumns.indexOf('主要错误')

/**
 * One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). A text that Excel or WPS
 * would take for a formula (a file name or an agency from a web page starting with =, +, @ or -) is led by
 * an apostrophe, which they show as text; numbers are written as they are.
 */
const csvField = (v: string | number): string => {
  const s = typeof v === 'string' && /^[=+@\-\t\r]/.test(v) ? `'${v}` : String(v)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/**
 * Whether the report was published on time, as PUB-01..03 judged it: 是, 否 (late), or 早于年度结束 (before
 * the year it reports on was over); blank when its date, or for 是/否 its deadline, is unknown.
 */
function onTime(r: CheckedFile): string {
  if (!r.report.published) return ''
  const rules = new Set(r.findings.map((f) => f.rule))
  if (rules.has('meta.publishedEarly')) return batchText.early
  if (!publicationDeadline(r.report)) return ''
  return rules.has('meta.publishedLate') ? batchText.no : batchText.yes
}

/**
 * The review as a table for Excel or WPS (a 通报 lists which reports were wrong or late): one row per file.
 * The checks' errors and what could not be read are counted and listed in columns of their own.
 * CSV in UTF-8; the caller adds the byte-order mark Excel needs to read it as such.
 */
export function batchCsv(results: FileCheck[]): string {
  const rows = results.map((r, i) => {
    // Why it could not be read, under 主要错误: the columns between say nothing of it.
    if (!r.ok)
      return [
        i + 1,
        r.name,
        ...Array<string>(MAIN_ERRORS_COLUMN - 2).fill(''),
        `${batchText.unreadableShort}：${r.problems.join('；')}`,
        '',
        ''
      ]
    const deadline = publicationDeadline(r.report)
    const errors = r.findings.filter((f) => f.severity === 'error').slice(0, MAIN_ERRORS)
    return [
      i + 1,
      r.name,
      r.report.agency,
      r.report.year,
      r.sameAs ?? '',
      r.lastYearFile ?? '',
      r.report.published ? chineseDate(r.report.published) : '',
      deadline ? chineseDate(deadline.date) : '',
      onTime(r),
      r.errors,
      r.warnings,
      r.unread.length,
      // What the source prints wrongly but was read (2000万, “/”, a label worded otherwise): a 通报 names it.
      toCheck(r).length,
      errors.map((f) => f.message).join('；'),
      r.unread.slice(0, MAIN_ERRORS).join('；'),
      toCheck(r).slice(0, MAIN_ERRORS).join('；')
    ]
  })
  return [batchText.csvColumns, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}
