// 批量检查 and the CLI's check: files read by the importer, checked, and described for people.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { batchCsv, batchReport, checkFile, checked, describeFindings } from '@shared/batch'
import { checkReport } from '@shared/checks'
import { emptyReport } from '@shared/model/report'
import { loadFixture } from './checks/fixtures'

const seed = (name: string) => ({ name, data: new Uint8Array(readFileSync(`../shared/seeds/${name}`)) })

describe('checking files', () => {
  it('reads a published page and checks it, errors first (seed 001: published before its year ended)', async () => {
    const r = await checkFile(seed('001_b8f27916e8f9841a.txt'))
    if (!r.ok) throw new Error(r.problems.join())
    expect(r.report.year).toBe(2016)
    expect(r.findings.map((f) => f.rule)).toContain('meta.publishedEarly')
    const firstWarning = r.findings.findIndex((f) => f.severity === 'warning')
    expect(r.findings.slice(firstWarning).every((f) => f.severity === 'warning')).toBe(true)
    expect(r.errors).toBe(firstWarning)
    expect(r.errors + r.warnings).toBe(r.findings.length)
  })

  it('says in Chinese why a file is not a report, and goes on', async () => {
    const r = await checkFile({
      name: '会议纪要.txt',
      data: new TextEncoder().encode('关于召开周例会的通知')
    })
    expect(r).toMatchObject({ ok: false, name: '会议纪要.txt' })
    expect(!r.ok && r.problems[0]).toMatch(/[\u4e00-\u9fff]/)
  })

  it('folds a table’s many blank cells into one line, and keeps a few apart', () => {
    const report = emptyReport('2021', 2024, '某局', 'department')
    report.tables.review['rev.total'] = 0
    const lines = describeFindings(report, checkReport(report)).map((l) => l.text)
    expect(lines.filter((t) => t.startsWith('表四'))).toEqual([
      '表四有 14 格未填写（空白不等于0，没有发生请填0）：行政复议“结果维持”、行政复议“结果纠正”、行政复议“其他结果”、行政复议“尚未审结”、未经复议直接起诉“结果维持”、未经复议直接起诉“结果纠正”……'
    ])
    report.tables.review = Object.fromEntries(Object.keys(report.tables.review).map((k) => [k, 0]))
    report.tables.review['rev.keep'] = null
    const one = describeFindings(report, checkReport(report)).map((l) => l.text)
    expect(one.filter((t) => t.startsWith('表四'))).toEqual([
      expect.stringMatching(/^表四 行政复议“结果维持”未填写/)
    ])
  })

  it('writes the whole review as text: one block per file, then the total', async () => {
    const results = [
      await checkFile(seed('001_b8f27916e8f9841a.txt')),
      await checkFile({ name: 'x.docx', data: new Uint8Array([1, 2, 3]) })
    ]
    const text = batchReport(results)
    expect(text).toMatch(
      /^== 001_b8f27916e8f9841a\.txt：下陆区政府 2016年度（2019年以前的报告）\n {3}错误 \d+ 项，提醒 \d+ 项\n {3}\[错误\] /
    )
    expect(text).toContain('x.docx：无法读取：')
    expect(text.trimEnd().split('\n').at(-1)).toBe('共 2 份：1 份有错误，1 份无法读取')
  })

  it('writes the review as a table for Excel: dates, deadline, on time, counts, the main errors', async () => {
    const late = loadFixture('valid-2021.json') // 某某市人民政府, 2024: due 2025年3月31日
    late.published = '2025-04-02'
    const onTime = {
      ...loadFixture('valid-2021.json'),
      agency: '某某县人民政府, "二"',
      published: '2025-03-01'
    }
    const results = [
      await checkFile(seed('001_b8f27916e8f9841a.txt')),
      checked('late.json', late, []),
      checked('ok.json', onTime, []),
      await checkFile({ name: 'x.docx', data: new Uint8Array([1]) })
    ]
    const rows = batchCsv(results).split('\r\n')
    expect(rows[0]).toBe('序号,文件,机关名称,年度,发布日期,发布时限,按时发布,错误,提示,主要错误')
    expect(rows[1]).toMatch(
      /^1,001_b8f27916e8f9841a\.txt,下陆区政府,2016,2016年12月30日,2017年3月31日,否,3,\d+,/
    )
    expect(rows[2]).toMatch(/^2,late\.json,某某市人民政府,2024,2025年4月2日,2025年3月31日,否,0,1,$/)
    // A field with a comma or a quote is quoted, its quotes doubled.
    expect(rows[3]).toMatch(/^3,ok\.json,"某某县人民政府, ""二""",2024,2025年3月1日,2025年3月31日,是,0,/)
    expect(rows[4]).toMatch(/^4,x\.docx,,,,,,,,无法读取：/)
    expect(rows[5]).toBe('')
  })
})
