// Files that are not a published report nor our report-json, picked in 导入已发布的报告 all the same: each is
// refused with what it is, in words an official understands, and never read as text (QA: the app's backup
// said “schema 应为…”, an OpenDocument .fodt imported with “<text:p>” in its title).
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { beforeEach, describe, expect, it } from 'vitest'
import { exportBackup } from '@renderer/drafts/backup'
import { createDraft, trashDraft } from '@renderer/drafts/store'
import { importReport } from '@shared/import'
import { BACKUP_FORMAT } from '@shared/import/json'
import { importText } from '@shared/import/messages'
import { jsonText } from '@shared/model/messages'
import { emptyReport, REPORT_SCHEMA } from '@shared/model/report'
import { serializeReport } from '@shared/model/json'
import { freshDb } from '../drafts/helpers'
import { IMPORT_FIXTURES } from './expect'
import { imported } from './imported'

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s)

async function refusal(name: string, data: Uint8Array | string): Promise<string> {
  const r = await importReport({ name, data })
  if (r.ok) throw new Error(`imported ${name}: ${r.report.title}`)
  return r.message
}

describe('the app’s backup (首页 备份全部报告)', () => {
  beforeEach(freshDb)

  it('is refused as a backup, its reports counted, and sent to 从备份恢复', async () => {
    await createDraft({ agency: '甲局', year: 2024, agencyKind: 'department' })
    await createDraft({ agency: '乙局', year: 2023, agencyKind: 'department' })
    await trashDraft(await createDraft({ agency: '丙局', year: 2022, agencyKind: 'department' }))
    const file = await exportBackup()
    const message = await refusal('年报编辑器备份-2025-01-20.json', bytes(file))
    // The sample, made at first start, is a report of the home list like the others.
    expect(message).toBe(importText.backup({ live: 3, trashed: 1 }))
    expect(message).toBe(
      '这是年报编辑器的备份文件（含 3 份报告，另有 1 份在回收站中），不是一份报告；请在首页用“从备份恢复”打开，而不是导入'
    )
    // Known by its content, whatever the file is called.
    expect(await refusal('备份.txt', file)).toBe(message)
  })

  it('says nothing of the trash when none of its reports is there', async () => {
    await createDraft({ agency: '甲局', year: 2024, agencyKind: 'department' })
    expect(await refusal('backup.json', await exportBackup())).toBe(
      '这是年报编辑器的备份文件（含 2 份报告），不是一份报告；请在首页用“从备份恢复”打开，而不是导入'
    )
  })

  it('is still told apart when damaged (cut short), and not sent to a restore that would refuse it', async () => {
    await createDraft({ agency: '甲局', year: 2024, agencyKind: 'department' })
    const file = await exportBackup()
    expect(await refusal('backup.json', file.slice(0, file.length / 2))).toBe(importText.backupDamaged)
    // Its marker there but its contents not what its checksum says: damaged too, as restore would find it.
    expect(await refusal('backup.json', JSON.stringify({ format: BACKUP_FORMAT, version: 2 }))).toBe(
      importText.backupDamaged
    )
    const tampered = JSON.parse(file)
    tampered.payload.drafts[0].report.agency = '乙局'
    expect(await refusal('backup.json', JSON.stringify(tampered))).toBe(importText.backupDamaged)
  })
})

describe('JSON that is not our report-json', () => {
  const NOT_OURS = importText.notReportJson(false)

  it.each([
    ['an empty object', '{}'],
    ['an array', '[]'],
    ['an array of reports', `[${serializeReport(emptyReport('2021', 2024, '甲局', 'department'))}]`],
    ['another program’s data', '{"schema":"https://example.com/other","name":"x"}'],
    ['a report without its schema', '{"format":"2021","year":2024,"agency":"甲局"}'],
    ['a string', '"某某局2023年政府信息公开工作年度报告"'],
    ['a number', '2023']
  ])('%s is not a report file of this app', async (_, text) => {
    const message = await refusal('data.json', text)
    expect(message).toBe(NOT_OURS)
    expect(message).not.toMatch(/schema|JSON 对象|应为/)
  })

  it('a .json that is not JSON at all is said to be damaged or not ours', async () => {
    expect(await refusal('data.json', '{"a": 1,')).toBe(importText.notReportJson(true))
    expect(await refusal('data.json', '某某局2023年政府信息公开工作年度报告')).toBe(
      importText.notReportJson(true)
    )
  })

  it('JSON in a file of another name is known by its content', async () => {
    expect(await refusal('data.txt', '{"rows": [1, 2, 3]}')).toBe(NOT_OURS)
    expect(await refusal('data.html', bytes('[{"id": 1}]'))).toBe(NOT_OURS)
  })

  it('a text that only begins like JSON is read as a report', async () => {
    const text = readFileSync('/work/shared/fixtures/2023_hongze_qu.txt', 'utf8')
    const plain = await imported('a.txt', text)
    const bracketed = await imported('a.txt', `[转载]\n${text}`)
    expect(bracketed.report.tables).toEqual(plain.report.tables)
    expect(bracketed.report.agency).toBe(plain.report.agency)
  })
})

describe('our report-json', () => {
  const report = emptyReport('2021', 2024, '甲局', 'department')

  it('imports by its extension or its content', async () => {
    const text = serializeReport(report)
    expect((await imported('甲局.json', text)).report).toEqual(report)
    expect((await imported('甲局.txt', bytes(text))).report).toEqual(report)
  })

  it('keeps the model’s words for what is wrong in a report of ours', async () => {
    const doc = JSON.parse(serializeReport(report)) as Record<string, unknown>
    expect(await refusal('a.json', JSON.stringify({ ...doc, schemaVersion: 2 }))).toBe(
      jsonText.schemaVersion(1, 2)
    )
    expect(await refusal('a.json', JSON.stringify({ ...doc, year: '今年' }))).toBe(jsonText.year('今年'))
    const r = await imported('a.json', JSON.stringify({ ...doc, title: 7 }))
    expect(r.problems).toEqual([{ level: 'error', message: jsonText.string('报告标题（title）', 7) }])
  })

  it('keeps a value outside its cell’s domain, for the checks to name: not “not read” as well', async () => {
    const doc = JSON.parse(serializeReport(report)) as { tables: Record<string, Record<string, number>> }
    doc.tables.active['reg.made'] = 1.5
    const r = await imported('a.json', JSON.stringify(doc))
    expect(r.report.tables.active['reg.made']).toBe(1.5)
    expect(r.problems).toEqual([])
    const { checkReport } = await import('@shared/checks')
    expect(checkReport(r.report).some((f) => f.rule === 'cell.domain')).toBe(true)
  })

  it('says where a report of ours cut short is broken, as before', async () => {
    const text = serializeReport(report)
    const message = await refusal('a.json', text.slice(0, 200))
    // in words, not JSON.parse's English ("Unterminated string in JSON at position 200")
    expect(message).toMatch(/^不是有效的 JSON：(文件在中途结束，内容不完整|第 \d+ 个字符处格式有误)/)
    expect(message).not.toMatch(/[A-Za-z]{5}/)
    expect(text.startsWith(`{\n  "schema": "${REPORT_SCHEMA}"`)).toBe(true)
  })
})

describe('XML and RTF that are no web page', () => {
  const fodt = readFileSync(join(IMPORT_FIXTURES, 'doc/features.fodt'))
  it('an OpenDocument flat file (.fodt) is named, with the way to a .docx, never read as text', async () => {
    const want =
      '这是 OpenDocument 文本文档（.fodt，LibreOffice 等软件保存的格式），本软件不能直接读取；请在 WPS 或 Word 中“另存为”.docx 后再导入'
    expect(await refusal('features.fodt', new Uint8Array(fodt))).toBe(want)
    expect(await refusal('features.fodt', fodt.toString('utf8'))).toBe(want)
    expect(await refusal('features.html', new Uint8Array(fodt))).toBe(want)
    // Without its declaration it is the same document.
    expect(await refusal('x.xml', fodt.toString('utf8').replace(/^<\?xml[^>]*>\s*/, ''))).toBe(want)
  })

  it('a zipped OpenDocument text (.odt) is named too', async () => {
    const zip = new JSZip()
    zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' })
    zip.file('content.xml', '<office:document-content/>')
    const odt = await zip.generateAsync({ type: 'uint8array' })
    expect(await refusal('a.odt', odt)).toBe(importText.openDocument('.odt'))
    const ods = new JSZip()
    ods.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' })
    expect(await refusal('a.ods', await ods.generateAsync({ type: 'uint8array' }))).toBe(
      importText.zipNotDocx
    )
  })

  it('a .docx whose body is cut short or overwritten is said to be damaged, not a text with no report', async () => {
    const zip = new JSZip()
    zip.file('[Content_Types].xml', '<Types/>')
    zip.file('word/document.xml', '<not-xml')
    const r = await importReport({ name: '报告.docx', data: await zip.generateAsync({ type: 'uint8array' }) })
    expect(r.ok ? '' : r.message).toBe(importText.docxBroken(importText.docxNoBody))
  })

  it('other XML is said to be XML data, not a report', async () => {
    const sheet =
      '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<!-- 导出 -->\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet><Table><Row><Cell><Data>某某局2023年政府信息公开工作年度报告</Data></Cell></Row></Table></Worksheet></Workbook>'
    expect(await refusal('a.xml', sheet)).toBe(importText.xml)
    expect(await refusal('a.txt', bytes(`\uFEFF<?xml version="1.0"?><rss><title>某某局</title></rss>`))).toBe(
      importText.xml
    )
  })

  it('RTF is named, with the way to a .docx', async () => {
    const rtf =
      '{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0 SimSun;}}\\f0 \\u26576?\\u26576?\\u23616?2023\\par}'
    expect(await refusal('a.rtf', rtf)).toBe(importText.rtf)
    expect(await refusal('a.doc', bytes(rtf))).toBe(importText.rtf)
  })
})

describe('web pages that open like XML still import', () => {
  const html = readFileSync(join(IMPORT_FIXTURES, 'county2022.html'), 'utf8')
  const plain = () => imported('county2022.html', html)

  it('XHTML: an XML declaration before the doctype, under any name', async () => {
    const { report } = await plain()
    const xhtml = `<?xml version="1.0" encoding="UTF-8"?>\n${html}`
    expect((await imported('county2022.xhtml', bytes(xhtml))).report).toEqual(report)
    expect((await imported('county2022.html', xhtml)).report).toEqual(report)
    expect((await imported('county2022.txt', bytes(xhtml))).report).toEqual(report)
  })

  it('XHTML with its namespace and no doctype, and a fragment of a page', async () => {
    const { report } = await plain()
    const namespaced = `<?xml version="1.0" encoding="UTF-8"?>\n${html
      .replace('<!DOCTYPE html>', '')
      .replace('<html>', '<html xmlns="http://www.w3.org/1999/xhtml">')}`
    expect((await imported('a.html', namespaced)).report).toEqual(report)
    const body = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? ''
    const fragment = await imported('a.html', `<?xml version="1.0"?>\n<div>${body}</div>`)
    expect(fragment.report.tables).toEqual(report.tables)
  })
})
