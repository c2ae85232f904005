// 批量检查 and the CLI's check: files read by the importer, checked, and described for people.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  addToReview,
  batchCsv,
  batchReport,
  batchTotal,
  cellsLeftBlank,
  checkFile,
  withLastYears,
  checked,
  describeFile,
  describeFindings,
  fileBlock
} from '@shared/batch'
import { checkReport } from '@shared/checks'
import { importReport } from '@shared/import'
import { emptyReport } from '@shared/model/report'
import { loadFixture } from './checks/fixtures'

const file = (path: string) => ({
  name: path.split('/').at(-1)!,
  data: new Uint8Array(readFileSync(path))
})
const seed = (name: string) => file(`../shared/seeds/${name}`)
const HONGZE = '../shared/fixtures/2024_hongze_qu_rawtext.txt'

async function checkedFile(input: { name: string; data: Uint8Array }) {
  const r = await checkFile(input)
  if (!r.ok) throw new Error(r.problems.join())
  return r
}

describe('checking files', () => {
  it('reads a published page and checks it, errors first (seed 001: published before its year ended)', async () => {
    const r = await checkedFile(seed('001_b8f27916e8f9841a.txt'))
    expect(r.report.year).toBe(2016)
    expect(r.findings.map((f) => f.rule)).toContain('meta.publishedEarly')
    const firstWarning = r.findings.findIndex((f) => f.severity === 'warning')
    expect(r.findings.slice(firstWarning).every((f) => f.severity === 'warning')).toBe(true)
    expect(r.errors).toBe(firstWarning)
    expect(r.errors + r.warnings).toBe(r.findings.length)
    expect(r.unread).toEqual([])
  })

  it('says in Chinese why a file is not a report, and goes on', async () => {
    const r = await checkFile({
      name: '会议纪要.txt',
      data: new TextEncoder().encode('关于召开周例会的通知')
    })
    expect(r).toMatchObject({ ok: false, name: '会议纪要.txt' })
    expect(!r.ok && r.problems[0]).toMatch(/[\u4e00-\u9fff]/)
  })

  it('a table’s blank cells are one line, as the checks name them together', () => {
    const report = emptyReport('2021', 2024, '某局', 'department')
    report.tables.review['rev.total'] = 0
    const lines = describeFindings(checkReport(report)).map((l) => l.text)
    expect(lines.filter((t) => t.startsWith('表四'))).toEqual([
      '表四有14格未填写（“行政复议”下“结果维持”列、“行政复议”下“结果纠正”列、“行政复议”下“其他结果”列等）；空白不等于0，没有发生的请填0'
    ])
    report.tables.review = Object.fromEntries(Object.keys(report.tables.review).map((k) => [k, 0]))
    report.tables.review['rev.keep'] = null
    const one = describeFindings(checkReport(report)).map((l) => l.text)
    expect(one.filter((t) => t.startsWith('表四'))).toEqual([
      expect.stringMatching(/^表四“行政复议”下“结果维持”列未填写/)
    ])
  })

  it('writes the whole review as text: one block per file, then the total', async () => {
    const results = [
      await checkFile(seed('001_b8f27916e8f9841a.txt')),
      await checkFile({ name: 'x.docx', data: new Uint8Array([1, 2, 3]) })
    ]
    const text = batchReport(results)
    expect(text).toMatch(
      /^== 001_b8f27916e8f9841a\.txt：下陆区人民政府 2016年度（2019年以前的格式）\n {3}错误 \d+ 项，提示 \d+ 项；导入时有 \d+ 处需要核对\n {3}\[错误\] /
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
    expect(rows[0]).toBe(
      '序号,文件,机关名称,年度,重复（同一机关同一年度）,上年报告（跨年核对）,发布日期,发布时限,按时发布,错误,提示,未能读取,需要核对,主要错误,未能读取的内容,需要核对的内容'
    )
    // Published 2016年12月30日, before the year 2016 it reports on was over: not “否” (late).
    expect(rows[1]).toMatch(
      /^1,001_b8f27916e8f9841a\.txt,下陆区人民政府,2016,,,2016年12月30日,2017年3月31日,早于年度结束,3,\d+,0,\d+,[^,]+,,.*$/
    )
    expect(rows[2]).toMatch(/^2,late\.json,某某市人民政府,2024,,,2025年4月2日,2025年3月31日,否,0,1,0,0,,,$/)
    // A field with a comma or a quote is quoted, its quotes doubled.
    expect(rows[3]).toMatch(/^3,ok\.json,"某某县人民政府, ""二""",2024,,,2025年3月1日,2025年3月31日,是,0,/)
    expect(rows[4]).toMatch(/^4,x\.docx,,,,,,,,,,,,无法读取：[^,]*,,$/)
    expect(rows[5]).toBe('')
  })

  it('writes a text that a spreadsheet would run as a formula as text (=, +, @, -), numbers as they are', () => {
    const report = loadFixture('valid-2021.json')
    report.agency = '=HYPERLINK("http://x","y")'
    const row = batchCsv([checked('-1.txt', report, [])]).split('\r\n')[1]
    expect(row).toMatch(/^1,'-1\.txt,"'=HYPERLINK\(""http:\/\/x"",""y""\)",2024,/)
  })

  it('leaves 按时发布 blank without a 发布日期', () => {
    const report = loadFixture('valid-2021.json')
    delete report.published
    expect(batchCsv([checked('a.json', report, [])]).split('\r\n')[1]).toMatch(
      /^1,a\.json,某某市人民政府,2024,,,,2025年3月31日,,0,/
    )
  })
})

// The editor shows the checks' errors in its 问题 panel and what the importer could not read in its
// 导入说明: the review counts the two apart, so that its numbers are the editor's.
describe('the checks’ errors apart from what could not be read', () => {
  it.each([
    // QA's three: the review said 28, 34 and 6 errors where the editor said 4, 32 and 3.
    [HONGZE, 24],
    // Its “/” and “—” are read, as what they print (VAL-06), not as cells unread.
    ['test/fixtures/import/county2022.html', 0],
    ['../shared/seeds/003_45be4a81e410cd61.txt', 3],
    ['test/fixtures/import/doc/valid-2021.doc', 0]
  ])(
    '%s: as many errors as checkReport finds on the imported report, unread cells aside',
    async (path, unread) => {
      const r = await checkedFile(file(path))
      const imported = await importReport(file(path))
      if (!imported.ok) throw new Error(imported.message)
      // A sum with a cell the importer could not read is not judged: the published table may add up.
      // What the published report prints against the format is its finding too, after the checks'.
      const printed = imported.problems.flatMap((p) =>
        p.finding ? [{ ...p.finding, message: p.message, cells: p.ref ? [p.ref] : [] }] : []
      )
      const found = [
        ...checkReport(imported.report, undefined, undefined, new Set(r.unreadCells)),
        ...printed
      ]
      expect(r.errors).toBe(found.filter((f) => f.severity === 'error').length)
      expect(r.warnings).toBe(found.filter((f) => f.severity === 'warning').length)
      expect(r.findings).toEqual(
        found.filter((f) => f.severity === 'error').concat(found.filter((f) => f.severity === 'warning'))
      )
      // What could not be read: the import's errors, in its order; its notices and warnings are not counted.
      expect(r.unread).toEqual(imported.problems.filter((p) => p.level === 'error').map((p) => p.message))
      expect(r.unread).toHaveLength(unread)
    }
  )

  it('never calls a cell it could not read 未填写, nor judges a sum with it (a figure printed 三千, a JSON cell "三")', async () => {
    const enc = new TextEncoder()
    const text = readFileSync('../shared/fixtures/2024_huaian_shi.txt', 'utf8').split('\n')
    text[122] = text[122]!.replace('3001', '三千')
    const printed = await checkedFile({ name: 'huaian.txt', data: enc.encode(text.join('\n')) })
    expect(printed.unread).toHaveLength(1)
    const doc = JSON.parse(JSON.stringify(loadFixture('valid-2021.json'))) as {
      tables: { requests: Record<string, unknown> }
    }
    doc.tables.requests['new.np'] = '三'
    const json = await checkedFile({ name: 'r.json', data: enc.encode(JSON.stringify(doc)) })
    expect(json.unread).toHaveLength(1)
    expect(json.unreadCells).toEqual(['requests:new.np'])
    for (const r of [printed, json]) {
      expect(r.findings.filter((f) => f.rule === 'cell.blank')).toEqual([])
      expect(r.findings.filter((f) => f.cells.includes('requests:new.np'))).toEqual([])
    }
  })

  it('says both counts in the text, what could not be read first in the lines, and in the total', async () => {
    const r = await checkedFile(file(HONGZE))
    const text = batchReport([r])
    const lines = text.split('\n')
    // 表三's two column sums read 0 where the rows could not be read: not judged (24 unread).
    expect(r.errors).toBe(2)
    const asked = r.notes.filter((n) => n.level === 'warning').length
    expect(lines[1]).toBe(
      `   错误 2 项，提示 ${r.warnings} 项；另有 24 处内容未能读取；导入时有 ${asked} 处需要核对`
    )
    expect(lines[2]).toBe('   [未能读取] 表二没有找到“行政事业性收费”这一行，该行各格留空')
    expect(lines.filter((l) => l.startsWith('   [未能读取] '))).toHaveLength(24)
    expect(lines.filter((l) => l.startsWith('   [错误] '))).toHaveLength(2)
    expect(lines[26]).toMatch(/^ {3}\[错误\] /)
    expect(text.trimEnd().split('\n').at(-1)).toBe('共 1 份：1 份有错误，1 份有未能读取的内容')
    expect(describeFile(r).map((l) => l.severity)).toEqual([
      ...Array(24).fill('unread'),
      ...Array(2).fill('error'),
      ...Array(r.warnings).fill('warning'),
      // last, what the importer asks to check, as the draft's 导入说明 lists it
      ...Array(r.notes.filter((n) => n.level === 'warning').length).fill('check')
    ])
    const toCheck = r.notes.filter((n) => n.level === 'warning').map((n) => `   [需要核对] ${n.message}`)
    expect(toCheck.length).toBeGreaterThan(0)
    // the file's block ends with them; then a blank line, the total and the final newline
    expect(lines.slice(-3 - toCheck.length, -3)).toEqual(toCheck)
  })

  it('a heading worded otherwise than the format (STR-02) is the published report’s warning; not before 2019', async () => {
    const { exportReport } = await import('@shared/export')
    const official = '四、政府信息公开行政复议、行政诉讼情况'
    const alias = '四、因政府信息公开工作被申请行政复议和提起行政诉讼情况'
    const text = (await exportReport(loadFixture('valid-2021.json'), 'txt')).data as string
    expect(text).toContain(official)
    const data = new TextEncoder().encode(text.replace(official, alias))
    const r = await checkedFile({ name: 'a.txt', data })
    expect(r.findings.filter((f) => f.rule === 'section.heading')).toEqual([
      {
        rule: 'section.heading',
        severity: 'warning',
        message: `标题“${alias}”按“${official}”导入（与规定写法不同）`,
        cells: ['sections:review']
      }
    ])
    // The 2016 report's 一、信息公开概述 is the old format's own business.
    const old = await checkedFile(seed('001_b8f27916e8f9841a.txt'))
    expect(old.notes.some((n) => n.message.startsWith('标题“一、信息公开概述”'))).toBe(true)
    expect(old.findings.some((f) => f.rule === 'section.heading')).toBe(false)
  })

  it('counts a file with nothing but unread content apart from one with errors', () => {
    const report = loadFixture('valid-2021.json')
    const results = [
      checked('a.json', report, ['表三没有找到“3.其他”这一行，该行各格留空']),
      checked('b.json', report, [])
    ]
    expect(batchTotal(results)).toBe('共 2 份：0 份有错误，1 份有未能读取的内容')
    expect(batchReport(results)).toContain(
      '== a.json：某某市人民政府 2024年度（2021年版格式）\n   错误 0 项，提示 0 项；另有 1 处内容未能读取\n   [未能读取] 表三没有找到'
    )
    expect(batchReport(results)).toContain(
      '== b.json：某某市人民政府 2024年度（2021年版格式）\n   没有发现问题\n'
    )
  })

  it('says how much is to be checked beside 没有发现问题, so a clean count is not read as all clear', () => {
    const notes = [
      { level: 'notice' as const, message: '原文为繁体字，已转换为简体字' },
      { level: 'warning' as const, message: '标题中没有年份，按正文推断为 2024 年，请核对' }
    ]
    const r = checked('c.json', loadFixture('valid-2021.json'), [], undefined, notes)
    expect(fileBlock(r)).toEqual([
      '== c.json：某某市人民政府 2024年度（2021年版格式）',
      '   没有发现问题；导入时有 1 处需要核对',
      '   [需要核对] 标题中没有年份，按正文推断为 2024 年，请核对'
    ])
  })

  it('gives what could not be read columns of its own in the table', async () => {
    const r = await checkedFile(file(HONGZE))
    const cols = batchCsv([r]).split('\r\n')[1].split(',')
    const asked = r.notes.filter((n) => n.level === 'warning')
    expect(cols.slice(9, 13)).toEqual(['2', String(r.warnings), '24', String(asked.length)])
    // 需要核对的内容: what the source prints wrongly but was read, which a 通报 names too.
    expect(asked.length).toBeGreaterThan(0)
    expect(batchCsv([r]).split('\r\n')[1]).toContain(asked[0].message)
    // 主要错误: the checks' own; 未能读取的内容: the first three the importer met.
    expect(cols[13]).not.toMatch(/没有找到|留空/)
    expect(cols[14]).toBe(
      '表二没有找到“行政事业性收费”这一行，该行各格留空；表三“（七）总计”行读到 14 个数，应为 7 个，无法确定各数所在的列，该行各格留空；表三“4.无正当理由大量反复申请”行读到 14 个数，应为 7 个，无法确定各数所在的列，该行各格留空'
    )
  })
})

describe('withLastYears: two years of one agency in one batch', () => {
  it('checks each report with the same agency’s report on the year before, named with or without its city', () => {
    const now = loadFixture('valid-2021.json')
    const last = structuredClone(now)
    last.year = now.year - 1
    last.agency = `某某省${now.agency}`
    // Last year carried 1 more request over than this year took in.
    last.tables.requests['next.np'] = (now.tables.requests['carry.np'] ?? 0) + 1
    last.tables.requests['next.tot'] = (now.tables.requests['carry.tot'] ?? 0) + 1
    const other = { ...structuredClone(now), agency: '另一个局' }
    const [a, b, c] = withLastYears([
      checked('now.json', now, []),
      checked('last.json', last, []),
      checked('other.json', other, [])
    ])
    if (!a.ok || !b.ok || !c.ok) throw new Error('not checked')
    expect(a.lastYearFile).toBe('last.json')
    expect(a.findings.some((f) => f.rule === 'requests.carryOver' && f.severity === 'error')).toBe(true)
    expect(fileBlock(a)[2]).toBe('   已与上年报告“last.json”对照检查（上年结转等跨年规则）')
    // The table says it too, so that a cross-year error in it names the other file.
    const csv = batchCsv([a, b, c]).split('\r\n')
    expect(csv[1]).toMatch(/^1,now\.json,某某市人民政府,2024,,last\.json,/)
    expect(csv[2]).toMatch(/^2,last\.json,某某省某某市人民政府,2023,,,/)
    expect([b.lastYearFile, c.lastYearFile]).toEqual([undefined, undefined])
    // Checked again without the year before (it left the review), the report loses what it brought.
    const [alone] = withLastYears([a])
    expect(
      alone.ok && [alone.lastYearFile, alone.findings.some((f) => f.rule === 'requests.carryOver')]
    ).toEqual([undefined, false])
    expect(c.findings.some((f) => f.rule === 'requests.carryOver')).toBe(false)
  })

  it('pairs the two years, and names a second report, whether the name’s brackets were typed full-width or not', () => {
    const now = { ...loadFixture('valid-2021.json'), agency: '洪泽区住房和城乡建设局(区人民防空办公室)' }
    const last = {
      ...structuredClone(now),
      year: now.year - 1,
      agency: '洪泽区住房和城乡建设局（区人民防空办公室）'
    }
    const again = { ...structuredClone(now), agency: '洪泽区住房和城乡建设局（区人民防空办公室）。' }
    const [a, , c] = withLastYears([
      checked('2024.json', now, []),
      checked('2023.json', last, []),
      checked('2024 - 副本.json', again, [])
    ])
    if (!a.ok || !c.ok) throw new Error('not checked')
    expect([a.lastYearFile, c.lastYearFile, c.sameAs]).toEqual(['2023.json', '2023.json', '2024.json'])
  })

  it('names a second report of an agency and year already in the batch', () => {
    const report = loadFixture('valid-2021.json')
    const [a, b] = withLastYears([
      checked('a.json', report, []),
      checked('a - 副本.json', structuredClone(report), [])
    ])
    if (!a.ok || !b.ok) throw new Error('not checked')
    expect([a.sameAs, b.sameAs]).toEqual([undefined, 'a.json'])
    expect(fileBlock(b)).toContain('   与“a.json”是同一机关同一年度的报告，请核对是否重复')
    // A 通报 made from the table counts the agency once: the copy's row names the first file.
    const csv = batchCsv([a, b]).split('\r\n')
    expect(csv[1]).toMatch(/^1,a\.json,某某市人民政府,2024,,,/)
    expect(csv[2]).toMatch(/^2,a - 副本\.json,某某市人民政府,2024,a\.json,,/)
    // The first gone from the review, the copy is no second report.
    const [alone] = withLastYears([b])
    expect(alone.ok && alone.sameAs).toBe(undefined)
  })

  it('checks every report of its agency against the one given (check --last-year), naming it, and still names a second report', () => {
    const now = loadFixture('valid-2021.json')
    const last = { ...structuredClone(now), year: now.year - 1 }
    const other = { ...structuredClone(now), agency: '另一个局' }
    const [a, b, c, d] = withLastYears(
      [
        checked('a.json', now, []),
        checked('b.json', structuredClone(now), []),
        checked('c.json', last, []),
        checked('d.json', other, [])
      ],
      { name: 'given.json', report: last }
    )
    if (!a.ok || !b.ok || !c.ok || !d.ok) throw new Error('not checked')
    expect([a.lastYearFile, b.lastYearFile, b.sameAs]).toEqual(['given.json', 'given.json', 'a.json'])
    expect(a.findings.some((f) => f.rule === 'requests.carryOver')).toBe(true)
    // Given of its own year, it serves no cross-year rule, and the checks say so.
    expect(c.lastYearFile).toBe('given.json')
    expect(c.findings.map((f) => f.rule)).toContain('meta.lastYear')
    // Another agency's report is checked without it.
    expect(d.lastYearFile).toBeUndefined()
    expect(d.findings.some((f) => f.rule === 'requests.carryOver')).toBe(false)
  })
})

describe('addToReview: files chosen later', () => {
  const report = (agency: string) => ({ ...loadFixture('valid-2021.json'), agency })
  const failed = (name: string, why = '文件是空的，没有可导入的内容') => ({
    name,
    ok: false as const,
    problems: [why]
  })
  const rows = (results: ReturnType<typeof addToReview>) =>
    results.map((r) => (r.ok ? `${r.name} ${r.report.agency}` : `${r.name} 无法读取`))

  it('replaces a row that could not be read with the same name sent again, read or not', () => {
    const before = addToReview([], [failed('洪泽区2024.txt'), checked('甲.json', report('甲区人民政府'), [])])
    const corrected = addToReview(before, [checked('洪泽区2024.txt', report('洪泽区人民政府'), [])])
    expect(rows(corrected)).toEqual(['甲.json 甲区人民政府', '洪泽区2024.txt 洪泽区人民政府'])
    expect(batchTotal(corrected)).toBe('共 2 份：0 份有错误')
    const again = addToReview(before, [failed('洪泽区2024.txt', '文件过大')])
    expect(again).toEqual([before[1], failed('洪泽区2024.txt', '文件过大')])
  })

  it('tells files of one name in two folders apart, naming each with its folder while both are listed', () => {
    const county = { id: 'a1', folder: '区县' }
    const city = { id: 'b2', folder: '市直部门' }
    const from = <T extends object>(r: T, source: { id: string; folder: string }) => ({ ...r, source })
    const before = addToReview([], [from(failed('2024年度报告.docx'), county)])
    expect(rows(before)).toEqual(['2024年度报告.docx 无法读取'])
    // another folder's file of that name is another file: the failure stays
    const both = addToReview(before, [from(checked('2024年度报告.docx', report('市人民政府'), []), city)])
    expect(rows(both)).toEqual(['区县/2024年度报告.docx 无法读取', '市直部门/2024年度报告.docx 市人民政府'])
    // the file itself sent again, corrected, replaces its failure; names shown with folders while both are there
    const corrected = addToReview(both, [
      from(checked('2024年度报告.docx', report('甲区人民政府'), []), county)
    ])
    expect(rows(corrected)).toEqual([
      '市直部门/2024年度报告.docx 市人民政府',
      '区县/2024年度报告.docx 甲区人民政府'
    ])
    // and a report sent again replaces its own row only
    const again = addToReview(corrected, [from(checked('2024年度报告.docx', report('市人民政府'), []), city)])
    expect(rows(again)).toEqual([
      '区县/2024年度报告.docx 甲区人民政府',
      '市直部门/2024年度报告.docx 市人民政府'
    ])
  })

  it('keeps a report’s row when a file of its name cannot be read, the failure a row of its own', () => {
    // Which of the reports of that name the file was meant to be cannot be told: none is taken away.
    const before = addToReview(
      [],
      [
        checked('2024年度报告.json', report('甲区人民政府'), []),
        checked('2024年度报告.json', report('乙区人民政府'), [])
      ]
    )
    const after = addToReview(before, [failed('2024年度报告.json')])
    expect(rows(after)).toEqual([
      '2024年度报告.json 甲区人民政府',
      '2024年度报告.json 乙区人民政府',
      '2024年度报告.json 无法读取'
    ])
    expect(batchTotal(after)).toBe('共 3 份：0 份有错误，1 份无法读取')
    // A report read again replaces its own row only, its failure's too.
    const read = addToReview(after, [checked('2024年度报告.json', report('乙区人民政府'), [])])
    expect(rows(read)).toEqual(['2024年度报告.json 甲区人民政府', '2024年度报告.json 乙区人民政府'])
  })
})

describe('cellsLeftBlank: what an import could not read', () => {
  it('names the cells a row or a table left blank, not those read, so that a stray row hides no sum', () => {
    const report = loadFixture('valid-2021.json')
    // A row of figures that fits no row is said against the whole table; every cell was read all the same.
    expect(cellsLeftBlank(report, [{ level: 'error', message: '多出一行', ref: 'requests:*' }])).toEqual([])
    report.tables.requests['r2.np'] = null
    report.tables.requests['r2.tot'] = null
    expect(
      cellsLeftBlank(report, [
        { level: 'error', message: '行读不出', ref: 'requests:r2.*' },
        { level: 'warning', message: '要核对', ref: 'requests:r1.np' }
      ])
    ).toEqual(['requests:r2.np', 'requests:r2.tot'])
  })
})
