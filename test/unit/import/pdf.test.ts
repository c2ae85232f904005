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
import { layout, type Placed } from '@shared/import/layout'
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

  // A figure is set apart from the Chinese beside it, in a run of its own. valid-2021's 2023|年度 by 0.22 em of
  // its 三号 text, on a page whose 五号 tables made 0.3 of their size the gap of a space: “2023 年度”,
  // “收费通知件数 0 件”. xialu-2016's 信息|13800 by 0.31 em in a justified line: “信息 13800余”.
  it.each([
    ['valid-2021', fixtureReport('valid-2021')],
    [
      'xialu-2016',
      parseReportJson(readFileSync(join(IMPORT_FIXTURES, 'pdf/xialu-2016.json'), 'utf8')).report!
    ]
  ])(
    '%s: every part comes back character for character, no space between a figure and its words',
    async (name, report) => {
      const r = await importReport({ name: `${name}.pdf`, data: pdf(`${name}.libreoffice.pdf`) })
      if (!r.ok) throw new Error(r.message)
      expect(r.report.sections).toEqual(report.sections)
    }
  )

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

describe('runs of a line, as placed on the page, joined', () => {
  // Positions as pdf.js gives them in LibreOffice's PDFs (三号 16 pt text, 五号 10.5 pt tables).
  const run = (text: string, x: number, size: number, y = 700): Placed => ({
    text,
    x,
    y,
    right: x + size * (/^[\x20-\x7e]+$/.test(text) ? text.length / 2 : text.length),
    size
  })
  const table = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => run('0', 300 + i * 40, 10.5, 600 - i * 20))

  it('a figure and the Chinese beside it touch, on a page of tables; table cells and English words do not', () => {
    // 0.22 em as set, 0.31 em in a justified line (信息|13800), 0.35 em as Chromium justifies it
    const words = [run('统计', 80, 16), run('2023', 112 + 3.5, 16), run('年度', 147.5 + 5, 16)]
    const justified = [run('信息', 80, 16, 680), run('13800', 112 + 5.6, 16, 680)]
    // Chromium names 自 by its radical ⾃
    const radical = [run('期限⾃', 80, 16, 620), run('2024', 128 + 5.5, 16, 620)]
    // a label beside a label (LibreOffice's cell margins, 0.87 em of 五号); words of a name in English
    const label = [run('（三）不', 80, 10.5, 660), run('1.属于国家秘密', 80 + 42 + 9.1, 10.5, 660)]
    const english = [run('TRS', 80, 16, 640), run('WCM', 80 + 24 + 4, 16, 640)]
    expect(layout([...words, ...justified, ...label, ...english, ...radical, ...table]).slice(0, 5)).toEqual([
      '统计2023年度',
      '信息13800',
      '（三）不 1.属于国家秘密',
      'TRS WCM',
      '期限⾃2024'
    ])
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
