// export.ms.html and export.ms.docx: median time to export one full report (every cell filled, prose in
// every section), after a warm-up so that module loading is not counted.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { exportReport } from '../../src/shared/export/index.ts'
import type { ExportKind } from '../../src/shared/export/index.ts'
import { parseReportJson } from '../../src/shared/model/json.ts'
import { emptyReport } from '../../src/shared/model/report.ts'
import type { Report } from '../../src/shared/model/report.ts'

function fullReport(): Report {
  const fixture = join(import.meta.dirname, '../../test/fixtures/reports/valid-2021.json')
  try {
    const { report } = parseReportJson(readFileSync(fixture, 'utf8'))
    if (report) return report
  } catch {
    // no fixture: fall back to a generated one
  }
  const r = emptyReport('2021', 2024, '某某市某某区人民政府', 'government')
  let i = 0
  for (const t of Object.values(r.tables)) for (const k of Object.keys(t)) t[k] = i++ * 3
  for (const id of Object.keys(r.sections) as (keyof Report['sections'])[])
    r.sections[id] =
      '本年度认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息1860条。\n'.repeat(8)
  return r
}

async function median(kind: ExportKind, runs: number): Promise<number> {
  const report = fullReport()
  for (let i = 0; i < 3; i++) await exportReport(report, kind)
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await exportReport(report, kind)
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  return Math.round(times[Math.floor(times.length / 2)] * 100) / 100
}

export default async () => ({
  'export.ms.html': { value: await median('html', 200), unit: 'ms', goal: 5 },
  'export.ms.docx': { value: await median('docx', 30), unit: 'ms', goal: 200 }
})
