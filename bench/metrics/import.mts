// import.ms.txt / .html / .docx / .pdf / .ofd / .wordxml / .pdfCMap: median ms for importReport on one
// report (goals 10, 10, 50, 250, 50, 50, 250).
// txt: seed 004 (Traditional, flattened tables: the slowest text path); html: the hand-made county2022.html
// with all three tables in the official layout; docx: valid-2021.json exported to Word by the exporter;
// pdf: the same report as LibreOffice prints it (4 pages), pdf.js already loaded (its first load is once);
// ofd: the same report on OFD pages (test/fixtures/import/ofd); wordxml: the same report as LibreOffice's
// Word 2003 XML, named .doc as sites publish it; pdfCMap: the same report in 宋体 not embedded (GBK-EUC-H),
// read through Adobe's CMaps as the CLI gives them (test/unit/import/pdf-make.ts).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { exportReport } from '../../src/shared/export/index.ts'
import { createRequire } from 'node:module'
import type { ImportInput } from '../../src/shared/import/index.ts'
import { parseReportJson } from '../../src/shared/model/json.ts'
import { cmaps } from '../../src/cli/cmaps.ts'
import { cjkPdfOf } from '../../test/unit/import/pdf-make.ts'

const root = join(import.meta.dirname, '../..')
// Loaded as the CLI loads it (tsx's CommonJS path): imported into this ES module, tsx evaluates the
// shared code from a data: URL, where the importer's own import('./pdf') cannot be resolved.
const { importReport } = createRequire(import.meta.url)(
  '../../src/shared/import/index.ts'
) as typeof import('../../src/shared/import/index.ts')

async function medianMs(input: ImportInput, runs: number): Promise<number> {
  for (let i = 0; i < 5; i++) {
    const r = await importReport(input)
    if (!r.ok) throw new Error(`${input.name}: ${r.message}`)
  }
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await importReport(input)
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  return Math.round(times[runs >> 1] * 100) / 100
}

export default async () => {
  const txt = new Uint8Array(readFileSync('/work/shared/seeds/004_f38c235b9a3e9290.txt'))
  const html = readFileSync(join(root, 'test/fixtures/import/county2022.html'), 'utf8')
  const { report } = parseReportJson(
    readFileSync(join(root, 'test/fixtures/reports/valid-2021.json'), 'utf8')
  )
  if (!report) throw new Error('valid-2021.json does not read')
  const docx = (await exportReport(report, 'docx')).data as Uint8Array
  const pdf = new Uint8Array(readFileSync(join(root, 'test/fixtures/import/pdf/valid-2021.libreoffice.pdf')))
  const ofd = new Uint8Array(readFileSync(join(root, 'test/fixtures/import/ofd/valid-2021.ofd')))
  const wordxml = new Uint8Array(readFileSync(join(root, 'test/fixtures/import/doc/valid-2021.wordml.xml')))
  const oldPdf = cjkPdfOf((await exportReport(report, 'txt')).data as string, 'GBK-EUC-H')
  // metric → the file, how many timed runs, the goal in ms
  const cases: [string, ImportInput, number, number][] = [
    ['import.ms.txt', { name: 'seed004.txt', data: txt }, 100, 10],
    ['import.ms.html', { name: 'county2022.html', data: html }, 100, 10],
    ['import.ms.docx', { name: 'valid-2021.docx', data: docx }, 30, 50],
    ['import.ms.ofd', { name: 'valid-2021.ofd', data: ofd }, 30, 50],
    ['import.ms.pdf', { name: 'valid-2021.pdf', data: pdf }, 20, 250],
    ['import.ms.wordxml', { name: 'valid-2021.doc', data: wordxml }, 30, 50],
    ['import.ms.pdfCMap', { name: 'valid-2021.pdf', data: oldPdf, cmaps }, 20, 250]
  ]
  const out: Record<string, { value: number; unit: string; goal: number }> = {}
  for (const [metric, input, runs, goal] of cases)
    out[metric] = { value: await medianMs(input, runs), unit: 'ms', goal }
  return out
}
