import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadReportFile } from '../../../src/cli/load'
import { BACKUP_FORMAT, checksum } from '../../../src/shared/import/json'
import { gbkBytes } from '../import/gbk'

const tmp = mkdtempSync(join(tmpdir(), 'xxgk-load-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('loadReportFile', () => {
  it('reads a report-json file', async () => {
    const r = await loadReportFile('test/fixtures/reports/valid-2021.json')
    expect(r.problems).toEqual([])
    expect(r.report?.agency).toBe('某某市人民政府')
  })

  it('reads a report-json file saved again as UTF-16, with its byte order mark or without', async () => {
    const json = readFileSync('test/fixtures/reports/valid-2021.json', 'utf8')
    for (const [name, text] of [
      ['marked.json', `\uFEFF${json}`],
      ['unmarked.json', json]
    ]) {
      writeFileSync(join(tmp, name), Buffer.from(text, 'utf16le'))
      const r = await loadReportFile(join(tmp, name))
      expect([name, r.problems, r.report?.agency]).toEqual([name, [], '某某市人民政府'])
    }
  })

  it('explains what it cannot read, in Chinese', async () => {
    writeFileSync(join(tmp, 'a.xlsx'), 'x')
    expect(await loadReportFile(join(tmp, 'a.xlsx'))).toEqual({
      problems: [
        '“.xlsx”文件按内容读取也不是年度报告：没有找到年度报告的标题或章节标题（如“一、总体情况”），无法识别为政府信息公开工作年度报告；请使用 .json，或已发布报告的 .txt、.html、.htm、.shtml、.shtm、.mht、.mhtml、.docx、.doc、.xml、.pdf、.ofd'
      ],
      toCheck: []
    })
    expect(await loadReportFile(join(tmp, 'none.json'))).toEqual({ problems: ['文件不存在'], toCheck: [] })
    expect(await loadReportFile(tmp)).toEqual({ problems: ['这是一个文件夹，不是文件'], toCheck: [] })
  })

  it('reads a file by its content whatever its name: a page saved as .shtml, a download without extension', async () => {
    copyFileSync('test/fixtures/import/county2022.html', join(tmp, 'page.shtml'))
    copyFileSync('../shared/fixtures/2024_huaian_shi.txt', join(tmp, '2024年报'))
    const page = await loadReportFile(join(tmp, 'page.shtml'))
    const text = await loadReportFile(join(tmp, '2024年报'))
    expect([page.report?.year, page.problems]).toEqual([2022, []])
    expect([text.report?.agency, text.report?.year]).toEqual(['淮安市人民政府', 2024])
    // What is no report under no name read says both.
    writeFileSync(join(tmp, 'zip'), new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...Array(18).fill(0)]))
    expect((await loadReportFile(join(tmp, 'zip'))).problems).toEqual([
      expect.stringMatching(/^没有扩展名的文件按内容读取也不是年度报告：这是一个压缩文件，但不是 Word/)
    ])
  })

  it('tells the app’s backup and other JSON apart from a report, as the app does', async () => {
    const payload = { drafts: [], revisions: [] }
    const file = { format: BACKUP_FORMAT, version: 2, checksum: checksum(JSON.stringify(payload)), payload }
    writeFileSync(join(tmp, 'backup.json'), JSON.stringify(file))
    const backup = await loadReportFile(join(tmp, 'backup.json'))
    expect(backup.report).toBeUndefined()
    expect(backup.problems[0]).toMatch(/^这是年报编辑器的备份文件（含 0 份报告）.*请在首页用“从备份恢复”打开/)
    // one character changed: damaged, which 从备份恢复 would refuse too
    writeFileSync(
      join(tmp, 'backup.json'),
      JSON.stringify({ ...file, version: 2, payload: { ...payload, x: 1 } })
    )
    expect((await loadReportFile(join(tmp, 'backup.json'))).problems[0]).toMatch(/内容不完整或已损坏/)
    writeFileSync(join(tmp, 'other.json'), '{"hello":"world"}')
    expect((await loadReportFile(join(tmp, 'other.json'))).problems[0]).toMatch(
      /不是本软件导出的报告数据文件/
    )
  })

  it('reads a published report as the importer does: a PDF', async () => {
    const r = await loadReportFile('test/fixtures/import/pdf/valid-2021.libreoffice.pdf')
    expect([r.report?.agency, r.report?.tables.requests['new.tot'], r.problems]).toEqual([
      '某某市人民政府',
      27,
      []
    ])
  })

  it('reads a .json saved by Notepad as “ANSI” (GBK) or “Unicode” (UTF-16), as the editor imports it', async () => {
    const text = readFileSync('test/fixtures/reports/valid-2021.json', 'utf8')
    const want = await loadReportFile('test/fixtures/reports/valid-2021.json')
    writeFileSync(join(tmp, 'gbk.json'), gbkBytes(text))
    writeFileSync(
      join(tmp, 'utf16.json'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    )
    for (const name of ['gbk.json', 'utf16.json']) {
      const r = await loadReportFile(join(tmp, name))
      expect([name, r.problems, r.report]).toEqual([name, [], want.report])
    }
  })

  it('leaves values outside their domain to the checks', async () => {
    const doc = JSON.parse(
      (await import('node:fs')).readFileSync('test/fixtures/reports/valid-2021.json', 'utf8')
    )
    doc.tables.requests['new.np'] = -1
    doc.tables.requests['new.biz'] = 'x'
    writeFileSync(join(tmp, 'd.json'), JSON.stringify(doc))
    const r = await loadReportFile(join(tmp, 'd.json'))
    expect(r.problems).toEqual([
      '表三“一、本年新收政府信息公开申请数量”行“商业企业”列（tables.requests["new.biz"]）：应为数字或 null（空白），实际为 文字 "x"'
    ])
    expect(r.report?.tables.requests['new.np']).toBe(-1)
  })
})
