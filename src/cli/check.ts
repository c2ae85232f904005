// `check <files…> [--last-year <file>] [--json]`: the findings of checkReport, readable or as JSON.
import { checked, fileBlock } from '../shared/batch'
import type { Finding } from '../shared/checks'
import { reportToJsonValue } from '../shared/model/json'
import type { Report } from '../shared/model/report'
import type { Command } from './command'
import { loadReportFile, type Loaded } from './load'
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
  /** The checks' findings, as the editor's 问题 panel shows them. */
  findings: Finding[]
  /**
   * With `report: null`, why the file could not be read as a report; else what in it could not be read (the
   * importer's errors, as the editor's 导入说明 lists them), when anything.
   */
  problems?: string[]
  /** What the importer asks to check (导入说明's 需要核对), when anything. */
  toCheck?: string[]
}

/** Reads the files a few at a time (I/O overlaps with checking), results in the given order. */
async function loadAll(files: string[], parallel = 16): Promise<Loaded[]> {
  const out: Loaded[] = new Array(files.length)
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
  // Not one of the files checked, so not counted among them; the exit code still says the check is partial.
  let lastYearFailed = false
  if (o.lastYear) {
    const r = await loadReportFile(o.lastYear)
    if (r.report) lastYear = r.report
    else {
      lastYearFailed = true
      console.error(cliText.lastYearUnreadable(o.lastYear, r.problems.join('；')))
    }
  }
  const results: Result[] = []
  const out: string[] = []
  let withErrors = 0
  let withUnread = 0
  const loaded = await loadAll(o.files)
  for (const [i, file] of o.files.entries()) {
    const { report, problems, toCheck, unreadCells, notes: read } = loaded[i]
    if (!report) {
      unreadable++
      console.error(cliText.unreadable(file, problems.join('；')))
      results.push({ file, report: null, findings: [], problems })
      continue
    }
    const notes = read ?? [
      ...problems.map((message) => ({ level: 'error' as const, message })),
      ...toCheck.map((message) => ({ level: 'warning' as const, message }))
    ]
    const result = checked(file, report, problems, lastYear, notes, unreadCells)
    if (result.errors) withErrors++
    if (result.unread.length) withUnread++
    // As report-json.md prints a finding: the editor's quote stays out.
    const printed = result.findings.map(({ rule, severity, message, cells }) => ({
      rule,
      severity,
      message,
      cells
    }))
    results.push({
      file,
      report: reportToJsonValue(report),
      findings: printed,
      ...(result.unread.length ? { problems: result.unread } : {}),
      ...(toCheck.length ? { toCheck } : {})
    })
    if (!o.json) out.push(...fileBlock(result))
  }
  if (o.json) out.push(JSON.stringify(results, null, 2))
  else out.push('', cliText.total(o.files.length, withErrors, withUnread, unreadable))
  process.stdout.write(out.join('\n') + '\n')
  // What could not be read is a defect of the report as much as an error the checks find.
  return unreadable || lastYearFailed ? 2 : withErrors || withUnread ? 1 : 0
}

export const checkCommand: Command = { summary: cliText.checkSummary, help: cliText.checkHelp, run }
