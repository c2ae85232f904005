// Export then import gives back the same report: every cell (blank stays blank), the units, and the prose
// of every section, for the hand-entered fixtures and for generated 2019/2021 reports.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { getFormat } from '@shared/formats'
import { exportReport, EXPORT_KINDS } from '@shared/export'
import type { ExportKind } from '@shared/export'
import { paragraphs } from '@shared/export/prose'
import { importReport } from '@shared/import'
import { parseReportJson } from '@shared/model/json'
import type { Report } from '@shared/model/report'
import { arbReport, filledReport } from './export/reports'

const FIXTURES = join(import.meta.dirname, '../fixtures/reports')
const fixtures: [string, Report][] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => {
    const { report } = parseReportJson(readFileSync(join(FIXTURES, f), 'utf8'))
    return report ? [[f, report] as [string, Report]] : []
  })

/** What must survive a round trip: the cells of the format, amount units, and the prose by paragraph. */
function essence(report: Report) {
  const format = getFormat(report.format)
  return {
    format: report.format,
    year: report.year,
    title: report.title,
    cells: Object.fromEntries(
      format.tables.map((t) => [
        t.id,
        Object.fromEntries(t.cells.map((c) => [c.key, report.tables[t.id][c.key] ?? null]))
      ])
    ),
    units: Object.fromEntries(
      format.tables.flatMap((t) =>
        t.cells
          // a blank amount prints nothing, so its unit has nowhere to go
          .filter((c) => c.domain.kind === 'amount' && report.tables[t.id][c.key] != null)
          .map((c) => [c.key, report.units?.[c.key] ?? null])
      )
    ),
    sections: Object.fromEntries(
      format.sections.map((s) => [s.id, paragraphs(report.sections[s.id]).join('\n')])
    )
  }
}

/** report-json is read by the model's JSON reader (importReport takes published documents: txt, html, docx). */
async function roundTrip(report: Report, kind: ExportKind): Promise<Report> {
  const out = await exportReport(report, kind)
  if (kind === 'json') {
    const { report: back, problems } = parseReportJson(out.data as string)
    if (!back) throw new Error(`json: ${problems.join('；')}`)
    return back
  }
  const data = typeof out.data === 'string' ? new TextEncoder().encode(out.data) : out.data
  const result = await importReport({ name: out.fileName, data })
  if (!result.ok) throw new Error(`${kind}: ${result.message}`)
  return result.report
}

describe.each(EXPORT_KINDS.map((k) => [k]))('round trip through %s', (kind) => {
  it.each(fixtures)('fixture %s comes back the same', async (_name, report) => {
    expect(essence(await roundTrip(report, kind))).toEqual(essence(report))
  })

  it.each([2024, 2020])(
    'a filled %i report with blanks, negatives, money and units comes back the same',
    async (year) => {
      const report = filledReport(year)
      expect(essence(await roundTrip(report, kind))).toEqual(essence(report))
    }
  )

  it.each(['2021', '2019'] as const)(
    'generated %s reports come back the same',
    async (formatId) => {
      await fc.assert(
        fc.asyncProperty(arbReport(formatId), async (report) => {
          const back = await roundTrip(report, kind)
          expect(essence(back)).toEqual(essence(report))
          // report-json keeps everything: agency kind, fees, prose exactly as typed
          if (kind === 'json') expect(back).toEqual(report)
        }),
        { numRuns: kind === 'docx' ? 15 : 40 }
      )
    },
    300_000
  )
})

describe('titles the round trip once lost', () => {
  // The importer took a title whose agency starts with 本 or 现 for prose; 本溪市 is a real city.
  it.each(EXPORT_KINDS.map((k) => [k]))(
    '%s: 本溪市人民政府’s report keeps its title and agency',
    async (kind) => {
      const report = filledReport(2022, '本溪市人民政府')
      const back = await roundTrip(report, kind)
      expect([back.title, back.agency, back.year]).toEqual([report.title, report.agency, report.year])
    }
  )
})
