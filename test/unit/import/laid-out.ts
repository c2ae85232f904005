// For the tests of PDF and OFD import: a fixture report, and what must come back from its pages.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { getFormat } from '@shared/formats'
import { parseReportJson } from '@shared/model/json'
import type { Report } from '@shared/model/report'

const REPORTS = join(import.meta.dirname, '../../fixtures/reports')

export function fixtureReport(name: string): Report {
  const { report } = parseReportJson(readFileSync(join(REPORTS, `${name}.json`), 'utf8'))
  if (!report) throw new Error(name)
  return report
}

/** Cells by key and sections without white space (a page breaks lines where it ends them). */
export function essence(r: Report) {
  const format = getFormat(r.format)
  return {
    format: r.format,
    year: r.year,
    agency: r.agency,
    title: r.title,
    cells: format.tables.flatMap((t) =>
      t.cells.map((c) => `${t.id}:${c.key}=${r.tables[t.id][c.key] ?? ''}`)
    ),
    sections: format.sections.map((s) => r.sections[s.id].replace(/\s+/g, ''))
  }
}
