// What Word itself leaves in a .docx besides the text as shown — tracked moves, hidden text, text boxes, a main
// part named otherwise, HTML embedded whole — read as the page shows it. Each document is the app's own export
// with one place rewritten as Word writes it.
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { exportReport } from '@shared/export'
import type { Report } from '@shared/model/report'
import { loadFixture } from '../checks/fixtures'
import { imported, type Imported } from './imported'

const MARK = 987654

/** The report exported as .docx with MARK in `key` of 表三, and its document.xml. */
async function exported(
  key: string,
  report = loadFixture('valid-2021.json')
): Promise<{ zip: JSZip; xml: string; report: Report }> {
  report.tables.requests[key] = MARK
  const zip = await JSZip.loadAsync((await exportReport(report, 'docx')).data as Uint8Array)
  const xml = await zip.file('word/document.xml')!.async('string')
  return { zip, xml, report }
}

/** The whole run holding `text` (its properties too), to be replaced by what Word would write there. */
const runOf = (xml: string, text: string): string => {
  const at = xml.indexOf(`>${text}</w:t>`)
  expect(at).toBeGreaterThan(0)
  const start = xml.lastIndexOf('<w:r>', at)
  return xml.slice(start, xml.indexOf('</w:r>', at) + '</w:r>'.length)
}

/** The run holding MARK replaced by `runs`, `{rPr}` in them standing for the run's own properties. */
async function withCell(key: string, runs: string): Promise<{ r: Imported; report: Report }> {
  const { zip, xml, report } = await exported(key)
  const run = runOf(xml, String(MARK))
  const rPr = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(run)?.[0] ?? ''
  zip.file('word/document.xml', xml.replace(run, runs.replaceAll('{rPr}', rPr)))
  return { r: await imported('x.docx', await zip.generateAsync({ type: 'uint8array' })), report }
}

const t = (text: string, rPr = '{rPr}'): string => `<w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r>`

/** Every cell of 表三 but `key` as in `report`. */
function othersKept(r: Imported, report: Report, key: string): void {
  for (const [k, v] of Object.entries(report.tables.requests))
    if (k !== key) expect(r.report.tables.requests[k], k).toBe(v)
}

describe('tracked changes', () => {
  it('a figure moved (w:moveFrom, w:moveTo) is read once, where it was moved to', async () => {
    const by = 'w:author="张三" w:date="2025-01-10T10:00:00Z"'
    const { r, report } = await withCell(
      'new.biz',
      `<w:moveFromRangeStart w:id="1" ${by} w:name="move1"/><w:moveFrom w:id="2" ${by}>${t('53')}</w:moveFrom><w:moveFromRangeEnd w:id="1"/>` +
        `<w:moveToRangeStart w:id="3" ${by} w:name="move1"/><w:moveTo w:id="4" ${by}>${t('53')}</w:moveTo><w:moveToRangeEnd w:id="3"/>`
    )
    expect(r.report.tables.requests['new.biz']).toBe(53)
    othersKept(r, report, 'new.biz')
  })
})
