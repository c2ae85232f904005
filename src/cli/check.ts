// `check <files…> [--last-year <file>] [--json]`: the findings of checkReport, readable or as JSON.
import { checked, describeFindings } from '../shared/batch'
import type { Finding } from '../shared/checks'
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
    const result = checked(file, report, problems, lastYear)
    const { findings, errors } = result
    if (errors) withErrors++
    // As report-json.md prints a finding: the editor's quote stays out.
    const printed = findings.map(({ rule, severity, message, cells }) => ({ rule, severity, message, cells }))
    results.push({ file, report: reportToJsonValue(report), findings: printed })
    if (!o.json) {
      out.push(cliText.heading(file, report.agency, report.year, cliText.formatName[report.format]))
      out.push(cliText.counts(errors, result.warnings))
      for (const l of describeFindings(report, findings))
        out.push(`   [${l.severity === 'error' ? cliText.error : cliText.warning}] ${l.text}`)
    }
  }
  if (o.json) out.push(JSON.stringify(results, null, 2))
  else out.push('', cliText.total(o.files.length, withErrors, unreadable))
  process.stdout.write(out.join('\n') + '\n')
  return unreadable ? 2 : withErrors ? 1 : 0
}

export const checkCommand: Command = { summary: cliText.checkSummary, help: cliText.checkHelp, run }
