// `check <files…> [--last-year <file>] [--json]`: the findings of checkReport, readable or as JSON.
import { checkReport, type Finding } from '../shared/checks'
import { getFormat, tableOf, type TableId } from '../shared/formats'
import { reportToJsonValue } from '../shared/model/json'
import type { Report } from '../shared/model/report'
import type { Command } from './command'
import { loadReportFile } from './load'
import { cliText } from './messages'

interface Options {
  files: string[]
  lastYear?: string
  json: boolean
  help: boolean
}

function parseArgs(args: string[]): Options | string {
  const o: Options = { files: [], json: false, help: false }
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '--json') o.json = true
    else if (a === '--help' || a === '-h') o.help = true
    else if (a === '--last-year' || a.startsWith('--last-year=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i]
      if (!v) return cliText.missingValue('--last-year')
      o.lastYear = v
    } else if (a.startsWith('--')) return cliText.unknownOption(a)
    else o.files.push(a)
  }
  return o
}

interface Result {
  file: string
  report: Record<string, unknown> | null
  findings: Finding[]
  /** Only when the file could not be read as a report. */
  problems?: string[]
}

/** Problems in a file that still gave a report are errors in that file. */
const problemFinding = (message: string): Finding => ({
  rule: 'file.problem',
  severity: 'error',
  message,
  cells: []
})

const BLANK_GROUP_MIN = 4

/** Errors first, each group in the checks' own order. */
const bySeverity = (findings: Finding[]): Finding[] => [
  ...findings.filter((f) => f.severity === 'error'),
  ...findings.filter((f) => f.severity !== 'error')
]

/** Readable lines for one report: blank cells folded per table when there are many. */
function describe(report: Report, findings: Finding[]): string[] {
  const lines: string[] = []
  const format = getFormat(report.format)
  const blanks = new Map<string, Finding[]>()
  for (const f of findings) {
    if (f.rule === 'cell.blank') {
      const table = f.cells[0].split(':')[0]
      blanks.set(table, [...(blanks.get(table) ?? []), f])
    }
  }
  const tag = (f: Finding) => `   [${f.severity === 'error' ? cliText.error : cliText.warning}] `
  for (const f of findings) {
    const table = f.rule === 'cell.blank' ? f.cells[0].split(':')[0] : ''
    const group = blanks.get(table)
    if (!group || group.length < BLANK_GROUP_MIN) {
      lines.push(tag(f) + f.message)
      continue
    }
    if (group[0] !== f) continue
    const t = tableOf(format, table as TableId)
    const names = group.map((g) => g.message.split('未填写')[0].replace(/^表\S+ /, ''))
    const shown = names.length > 6 ? `${names.slice(0, 6).join('、')}……` : names.join('、')
    lines.push(tag(f) + cliText.blanks(`表${t?.number ?? ''}`, group.length, shown))
  }
  return lines
}

/** Reads the files a few at a time (I/O overlaps with checking), results in the given order. */
async function loadAll(
  files: string[],
  parallel = 16
): Promise<Awaited<ReturnType<typeof loadReportFile>>[]> {
  const out: Awaited<ReturnType<typeof loadReportFile>>[] = new Array(files.length)
  let next = 0
  const worker = async () => {
    while (next < files.length) {
      const i = next++
      out[i] = await loadReportFile(files[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(parallel, files.length) }, worker))
  return out
}

async function run(args: string[]): Promise<number> {
  const o = parseArgs(args)
  if (typeof o === 'string') {
    console.error(o)
    console.error(cliText.checkHelp)
    return 2
  }
  if (o.help) {
    console.log(cliText.checkHelp)
    return 0
  }
  if (!o.files.length) {
    console.error(cliText.noFiles)
    return 2
  }
  let unreadable = 0
  let lastYear: Report | undefined
  if (o.lastYear) {
    const r = await loadReportFile(o.lastYear)
    if (r.report) lastYear = r.report
    else {
      unreadable++
      console.error(cliText.lastYearUnreadable(o.lastYear, r.problems.join('；')))
    }
  }
  const results: Result[] = []
  const out: string[] = []
  let withErrors = 0
  const loaded = await loadAll(o.files)
  for (const [i, file] of o.files.entries()) {
    const { report, problems } = loaded[i]
    if (!report) {
      unreadable++
      console.error(cliText.unreadable(file, problems.join('；')))
      results.push({ file, report: null, findings: [], problems })
      continue
    }
    const findings = [...problems.map(problemFinding), ...checkReport(report, lastYear)]
    const errors = findings.filter((f) => f.severity === 'error').length
    if (errors) withErrors++
    // As report-json.md prints a finding: the editor's quote stays out.
    const printed = findings.map(({ rule, severity, message, cells }) => ({ rule, severity, message, cells }))
    results.push({ file, report: reportToJsonValue(report), findings: printed })
    if (!o.json) {
      out.push(cliText.heading(file, report.agency, report.year, cliText.formatName[report.format]))
      out.push(cliText.counts(errors, findings.length - errors))
      out.push(...describe(report, bySeverity(findings)))
    }
  }
  if (o.json) out.push(JSON.stringify(results, null, 2))
  else out.push('', cliText.total(o.files.length, withErrors, unreadable))
  process.stdout.write(out.join('\n') + '\n')
  return unreadable ? 2 : withErrors ? 1 : 0
}

export const checkCommand: Command = { summary: cliText.checkSummary, help: cliText.checkHelp, run }
