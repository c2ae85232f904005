// OFD import: a report laid out on OFD pages (made here, ofd-make.ts) comes back with every cell and every
// section's words; templates (running heads) are not the report; a package of pictures or a broken one is
// refused with its reason.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { exportReport } from '@shared/export'
import { getFormat } from '@shared/formats'
import { importReport } from '@shared/import'
import { importText } from '@shared/import/messages'
import { parseReportJson } from '@shared/model/json'
import type { Report } from '@shared/model/report'
import { ofdOf, RUNNING_HEAD } from './ofd-make'

const REPORTS = join(import.meta.dirname, '../../fixtures/reports')

function original(name: string): Report {
  const { report } = parseReportJson(readFileSync(join(REPORTS, `${name}.json`), 'utf8'))
  if (!report) throw new Error(name)
  return report
}

/** Cells by key and sections without white space (a page breaks lines where it ends them). */
function essence(r: Report) {
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

async function ofdOfReport(report: Report): Promise<Uint8Array> {
  return ofdOf((await exportReport(report, 'txt')).data as string)
}

describe('a report laid out on OFD pages', () => {
  it.each(['valid-2021', 'valid-2019', 'seed002-jilin-commerce-2020'])(
    '%s comes back cell for cell, without the template’s running head',
    async (name) => {
      const report = original(name)
      const data = await ofdOfReport(report)
      const r = await importReport({ name: `${name}.ofd`, data })
      if (!r.ok) throw new Error(r.message)
      expect(essence(r.report)).toEqual(essence(report))
      expect(r.problems[0]?.message).toMatch(/^从 OFD（\d+页）中读取文字导入/)
      expect(JSON.stringify(r.report.sections)).not.toContain(RUNNING_HEAD)
    }
  )

  it('is recognised by its content whatever the file is called', async () => {
    const r = await importReport({ name: '报告.zip', data: await ofdOfReport(original('valid-2021')) })
    expect(r.ok && r.report.tables.requests['new.tot']).toBe(27)
  })
})

describe('an OFD that cannot be read', () => {
  it('pages of pictures (a scan) are refused, saying why', async () => {
    const data = await ofdOf('某某市人民政府2024年政府信息公开工作年度报告\n一、总体情况', { pictures: true })
    expect(await importReport({ name: 'scan.ofd', data })).toEqual({
      ok: false,
      message: importText.ofdScanned,
      problems: []
    })
  })

  it('a package whose OFD.xml names no document', async () => {
    const zip = new JSZip()
    zip.file('OFD.xml', '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody/></ofd:OFD>')
    const r = await importReport({ name: 'x.ofd', data: await zip.generateAsync({ type: 'uint8array' }) })
    expect(!r.ok && r.message).toBe(importText.ofdBroken('OFD.xml names no DocRoot'))
  })
})
