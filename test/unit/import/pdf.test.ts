// PDF import: the text is laid out as pdftotext would (import/pdf.ts) and read by the text importer. A PDF
// made from a report by LibreOffice comes back with every cell and every section's words; a scan, a locked
// or damaged file is refused with its reason. Chromium's print (the app's own PDF export) is covered by
// the end-to-end test, in the browser build, and here by its text as the reader lays it out.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importReport } from '@shared/import'
import { importText } from '@shared/import/messages'
import { essence, fixtureReport } from './laid-out'
import { unifyRadicals } from '@shared/text/radicals'
import { IMPORT_FIXTURES } from './expect'
import { exportReport } from '@shared/export'
import { cmaps } from '../../../src/cli/cmaps'
import { cjkPdfOf } from './pdf-make'
import { paragraphs } from '@shared/export/prose'
import { SECTION_IDS, type Report } from '@shared/model/report'
import { parseReportJson } from '@shared/model/json'

const pdf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(IMPORT_FIXTURES, 'pdf', name)))

describe('a PDF made by LibreOffice from a report', () => {
  it.each(['valid-2021', 'seed002-jilin-commerce-2020'])('%s comes back cell for cell', async (name) => {
    const data = pdf(`${name}.libreoffice.pdf`)
    const r = await importReport({ name: `${name}.pdf`, data })
    if (!r.ok) throw new Error(r.message)
    expect(essence(r.report)).toEqual(essence(fixtureReport(name)))
    expect(r.problems[0]).toEqual({
      level: 'notice',
      message: importText.laidOutRead('PDF', name === 'valid-2021' ? 4 : 5)
    })
    // the caller's bytes are still there (pdf.js may take over the buffer it is given)
    expect(data.length).toBeGreaterThan(1000)
  })

  it('is recognised by its content whatever the file is called', async () => {
    const r = await importReport({ name: '报告', data: pdf('valid-2021.libreoffice.pdf') })
    expect(r.ok && r.report.year).toBe(2024)
  })
})

describe('a PDF whose Chinese font is not embedded (older producers)', () => {
  const oldPdf = async (cmap: 'GBK-EUC-H' | 'UniGB-UCS2-H') =>
    cjkPdfOf((await exportReport(fixtureReport('valid-2021'), 'txt')).data as string, cmap)

  it.each(['GBK-EUC-H', 'UniGB-UCS2-H'] as const)(
    '%s: read through Adobe’s CMaps, cell for cell',
    async (cmap) => {
      const asked: string[] = []
      const r = await importReport({
        name: '年报.pdf',
        data: await oldPdf(cmap),
        cmaps: (name) => (asked.push(name), cmaps(name))
      })
      if (!r.ok) throw new Error(r.message)
      expect(essence(r.report)).toEqual(essence(fixtureReport('valid-2021')))
      // the encoding the font names, and the one that gives Adobe-GB1's characters their Unicode
      expect(new Set(asked)).toEqual(new Set([cmap, 'Adobe-GB1-UCS2']))
    }
  )

  it('without the CMaps, is refused for its fonts, not taken for a scan', async () => {
    const r = await importReport({ name: '年报.pdf', data: await oldPdf('GBK-EUC-H') })
    expect(!r.ok && r.message).toBe(importText.pdfFonts)
  })
})

describe('the app’s own PDF (Chromium’s print of the HTML export) as its reader lays it out', () => {
  // Each paragraph's first line is set in by 2em and the lines it wraps onto start at the margin. list-2024
  // is ten items of two lines, none closed by a stop (…做到“应公开尽公开”); town-2026 a short report whose
  // last line of 总体情况 wraps (…社会评议满 / 意，…): neither has lines enough filling the width, beside
  // its last lines and its tables' labels, for the page's width to be seen by that alone.
  it.each([
    ['list-2024', 'pdf/list-2024.json'],
    ['town-2026', 'pdf/town-2026.json'],
    ['valid-2021', '../reports/valid-2021.json']
  ])('%s: every part comes back paragraph for paragraph', async (name, source) => {
    const text = readFileSync(join(IMPORT_FIXTURES, 'pdf', `${name}.chromium-pdf.txt`), 'utf8')
    const r = await importReport({ name: `${name}.txt`, data: text })
    if (!r.ok) throw new Error(r.message)
    const { report } = parseReportJson(readFileSync(join(IMPORT_FIXTURES, source), 'utf8'))
    const parts = (sections: Report['sections']) => SECTION_IDS.map((id) => paragraphs(sections[id]))
    expect(parts(r.report.sections)).toEqual(parts(report!.sections))
  })
})

describe('a PDF that cannot be read', () => {
  const ascii = (s: string): Uint8Array => new TextEncoder().encode(s)

  it('a scan (pages without text) is refused, saying why', async () => {
    const blank = ascii(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
        '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'
    )
    expect(await importReport({ name: 'scan.pdf', data: blank })).toEqual({
      ok: false,
      message: importText.pdfScanned,
      problems: []
    })
  })

  it('a file with an open password', async () => {
    const r = await importReport({ name: 'locked.pdf', data: pdf('locked.pdf') })
    expect(!r.ok && r.message).toBe(importText.pdfLocked)
  })

  it('a damaged file', async () => {
    const r = await importReport({ name: 'x.pdf', data: ascii('%PDF-1.7\n' + '垃圾'.repeat(100)) })
    // pdf.js says why in English (“Invalid PDF structure.”): the official is told in Chinese what to do
    expect(!r.ok && r.message).toMatch(/^PDF 文件不完整或已损坏，无法读取：可能没有下载完整；请重新下载/)
    expect(!r.ok && r.message.replace(/PDF|Word/g, '')).not.toMatch(/[A-Za-z]{3}/)
  })
})

describe('radicals for ideographs', () => {
  it('a PDF printed from HTML names glyphs by radicals: read as the ideographs', () => {
    expect(unifyRadicals('某某市⼈⺠政府⻔⼾⽹站，⼀、总体情况')).toBe('某某市人民政府门户网站，一、总体情况')
    const plain = '人民政府2024年'
    expect(unifyRadicals(plain)).toBe(plain)
  })

  it('in any text imported', async () => {
    const r = await importReport({
      name: 'r.txt',
      data: '某某市⼈⺠政府2024年政府信息公开⼯作年度报告\n⼀、总体情况\n正⽂。\n⼆、主动公开政府信息情况\n'
    })
    expect(r.ok && [r.report.agency, r.report.sections.overview]).toEqual(['某某市人民政府', '正文。'])
  })
})
