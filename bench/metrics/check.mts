// check.us.2021 / check.us.2019: median µs for checkReport on one full report (goal ≤ 50).
// cli.reportsPerSecond: the real checker process (tsx src/cli/main.ts check) over 1,000 report-json files
// in a temp dir, whole process wall time (goal ≥ 500).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkReport } from '../../src/shared/checks/index.ts'
import { parseReportJson } from '../../src/shared/model/json.ts'
import type { Report } from '../../src/shared/model/report.ts'

const root = join(import.meta.dirname, '../..')
const fixture = (name: string): Report => {
  const { report } = parseReportJson(readFileSync(join(root, 'test/fixtures/reports', name), 'utf8'))
  if (!report) throw new Error(`fixture ${name} does not read`)
  return report
}

function medianMicros(report: Report, runs = 5000): number {
  for (let i = 0; i < 500; i++) checkReport(report)
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    checkReport(report)
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  return Math.round(times[runs >> 1] * 1000 * 10) / 10
}

function cliRate(count = 1000): number {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-bench-'))
  try {
    const base = JSON.parse(readFileSync(join(root, 'test/fixtures/reports/valid-2021.json'), 'utf8'))
    const files: string[] = []
    for (let i = 0; i < count; i++) {
      // Vary a cell so that about half of the reports have findings to print.
      base.tables.requests['new.np'] = 20 + (i % 2)
      base.agency = `某某市第${i}号人民政府`
      const path = join(dir, `${i}.json`)
      writeFileSync(path, JSON.stringify(base))
      files.push(path)
    }
    const tsx = join(root, 'node_modules/tsx/dist/cli.mjs')
    const t = performance.now()
    const r = spawnSync(process.execPath, [tsx, join(root, 'src/cli/main.ts'), 'check', ...files], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 28
    })
    const seconds = (performance.now() - t) / 1000
    if (r.status !== 1) throw new Error(`checker exited ${r.status}: ${r.stderr}`)
    return Math.round(count / seconds)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export default async () => ({
  'check.us.2021': { value: medianMicros(fixture('valid-2021.json')), unit: 'µs', goal: 50 },
  'check.us.2019': { value: medianMicros(fixture('valid-2019.json')), unit: 'µs', goal: 50 },
  'cli.reportsPerSecond': { value: cliRate(), unit: 'reports/s', goal: 500 }
})
