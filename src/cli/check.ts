// `check <files…> [--last-year <file>] [--json]`: the findings of checkReport, readable or as JSON.
import { batchReport, checked, withLastYears, type FileCheck } from '../shared/batch'
import type { Finding } from '../shared/checks'
import { exportJson } from '../shared/export/json'
import type { Report } from '../shared/model/report'
import { isOption, optionValue } from './args'
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
    // After `--` every argument is a file, a name beginning with '-' too (--x.json).
    if (a === '--') {
      o.files.push(...args.slice(i + 1))
      break
    }
    if (a === '--json') o.json = true
    else if (a === '--help' || a === '-h') o.help = true
    else if (a === '--last-year' || a.startsWith('--last-year=')) {
      const { value, next } = optionValue(args, i)
      if (!value) return cliText.missingValue('--last-year')
      o.lastYear = value
      i = next
    } else if (isOption(a)) return cliText.unknownOption(a)
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
  /** An earlier file given with the same agency's report on the same year, as 批量检查 names it. */
  sameAs?: string
  /** The file whose report was taken as last year's: the same agency's among the files, or --last-year. */
  lastYearFile?: string
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
  let lastYear: { name: string; report: Report } | undefined
  // Not one of the files checked, so not counted among them; the exit code still says the check is partial.
  let lastYearFailed = false
  if (o.lastYear) {
    const r = await loadReportFile(o.lastYear)
    if (r.report) lastYear = { name: o.lastYear, report: r.report }
    else {
      lastYearFailed = true
      console.error(cliText.lastYearUnreadable(o.lastYear, r.problems.join('；')))
    }
  }
  const loaded = await loadAll(o.files)
  const files = o.files.map((file, i): FileCheck => {
    const { report, problems, toCheck, unreadCells, notes: read } = loaded[i]
    if (!report) {
      // Said at once, and with the review: a reader of the review saved to a file sees it there too.
      console.error(cliText.unreadable(file, problems.join('；')))
      return { name: file, ok: false, problems }
    }
    const notes = read ?? [
      ...problems.map((message) => ({ level: 'error' as const, message })),
      ...toCheck.map((message) => ({ level: 'warning' as const, message }))
    ]
    return checked(file, report, problems, undefined, notes, unreadCells)
  })
  // As 批量检查 checks them: two years of an agency among the files against each other (unless --last-year
  // names the year before for all), and a second report of an agency and year named.
  const results = withLastYears(files, lastYear)
  // Named by the user for these files: one it served none of, silently, would read as a cross-year check passed.
  for (const r of results)
    if (lastYear && r.ok && !r.lastYearFile)
      console.error(
        cliText.lastYearOtherAgency(lastYear.name, lastYear.report.agency, r.name, r.report.agency)
      )
  if (o.json) {
    const json = results.map((r, i): Result => {
      if (!r.ok) return { file: r.name, report: null, findings: [], problems: r.problems }
      const { toCheck } = loaded[i]
      return {
        file: r.name,
        // As `export --to json` writes it: a section's own heading typed first is no part of its text there.
        report: JSON.parse(exportJson(r.report)) as Record<string, unknown>,
        // As report-json.md prints a finding: the editor's quote stays out.
        findings: r.findings.map(({ rule, severity, message, cells }) => ({
          rule,
          severity,
          message,
          cells
        })),
        ...(r.unread.length ? { problems: r.unread } : {}),
        ...(toCheck.length ? { toCheck } : {}),
        ...(r.sameAs ? { sameAs: r.sameAs } : {}),
        ...(r.lastYearFile ? { lastYearFile: r.lastYearFile } : {})
      }
    })
    process.stdout.write(JSON.stringify(json, null, 2) + '\n')
  } else process.stdout.write(batchReport(results))
  // What could not be read is a defect of the report as much as an error the checks find.
  const read = results.filter((r) => r.ok)
  if (read.length < results.length || lastYearFailed) return 2
  return read.some((r) => r.errors || r.unread.length) ? 1 : 0
}

export const checkCommand: Command = { summary: cliText.checkSummary, help: cliText.checkHelp, run }
