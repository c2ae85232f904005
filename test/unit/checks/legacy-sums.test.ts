// L-T-01: the sums of a report's indicator tables before 2019, read from the text the legacy format keeps
// them in: seed 000's 附表 (family A, read from a web table cell by cell), and rows of families B, C, D as
// a pasted table or a PDF prints them.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import { importReport } from '@shared/import'
import { emptyReport } from '@shared/model/report'
import type { Report } from '@shared/model/report'
import { locateQuote } from '@shared/text/locate'
import { SHARED } from '../import/expect'

let liwan: Report
beforeAll(async () => {
  const data = readFileSync(join(SHARED, 'seeds/000_2ce564af3c6c5d5d.txt'))
  const r = await importReport({ name: '000.txt', data })
  if (!r.ok) throw new Error(r.message)
  liwan = r.report
})

const sums = (r: Report) => checkReport(r).filter((f) => f.rule === 'legacy.tableSum')

function legacy(other: string): Report {
  const r = emptyReport('legacy', 2014, '某某区人民政府', 'government')
  return { ...r, sections: { ...r.sections, other } }
}

describe('indicator tables of seed 000 (family A)', () => {
  it('hold in 荔湾 2014: 6404, 91 and 91 are the sums of the items under them', () => {
    expect(liwan.sections.other).toContain('申请总数\n91')
    expect(sums(liwan)).toEqual([])
  })

  it('a changed item is an error in section 六 naming the total, the items and the difference', () => {
    const other = liwan.sections.other.replace('其中:1.网上申请数\n14', '其中:1.网上申请数\n15')
    const r = { ...liwan, sections: { ...liwan.sections, other } }
    const [f, ...more] = sums(r)
    expect(more).toEqual([])
    expect(f).toMatchObject({ severity: 'error', cells: ['sections:other'] })
    expect(f.message).toBe(
      '“其他需要报告的事项”部分的统计表：“申请总数”为91，其下各项合计为92（网上申请数15＋信函申请数13＋当面申请数64＋传真申请数0＋其他形式申请数0），相差1'
    )
    // a click on the finding selects the total's row in the text
    const at = locateQuote(other, f.quote ?? '')
    expect(at && other.slice(...at)).toBe('申请总数\n91')
  })

  it('a changed total of 主动公开信息数 (11 kinds of information) is found as well', () => {
    const other = liwan.sections.other.replace('主动公开信息数\n6404', '主动公开信息数\n6400')
    const [f] = sums({ ...liwan, sections: { ...liwan.sections, other } })
    expect(f.message).toContain('“主动公开信息数”为6400，其下各项合计为6404')
    // items named in full: the 件 of 规范性文件 is part of the word, not a unit
    expect(f.message).toMatch(/规范性文件\d+＋/)
    expect(f.message).toMatch(/其他文件\d+/)
  })
})

describe('rows as text prints them', () => {
  it('a label and its figure on one line (tabs, spaces, a unit after the figure)', () => {
    const text = [
      '对申请的答复总数\t30件',
      '其中：1.同意公开  20',
      '2.同意部分公开 5件',
      '3.不同意公开\t4'
    ].join('\n')
    expect(sums(legacy(text)).map((f) => f.message)).toEqual([
      '“其他需要报告的事项”部分的统计表：“对申请的答复总数”为30，其下各项合计为29（同意公开20＋同意部分公开5＋不同意公开4），相差1'
    ])
    expect(sums(legacy(text.replace('30件', '29件')))).toEqual([])
  })

  it('full-width figures read as figures', () => {
    expect(sums(legacy('申请总数　１０\n其中：1.网上申请数　６\n2.当面申请数　３'))).toHaveLength(1)
    expect(sums(legacy('申请总数　９\n其中：1.网上申请数　６\n2.当面申请数　３'))).toEqual([])
  })

  it('family B: unit, code, 本期实际 and 本年累计 — the sum is of 本年累计; the (n) reasons sum 否决', () => {
    const rows = [
      '指标名称 | 计量单位 | 代码 | 本期实际 | 本年累计',
      '对申请的答复总数 | 条 | 17 | 3 | 12',
      '其中：1.同意公开答复数 | 条 | 18 | 1 | 6',
      '2.同意部分公开答复数 | 条 | 19 | 1 | 2',
      '3.否决公开答复总数 | 条 | 20 | 1 | 4',
      '否决其中：(1)“非《规定》所指政府信息”数 | 条 | 21 | 0 | 1',
      '(2)“信息不存在”数 | 条 | 22 | 1 | 2',
      '(3)“非本部门掌握”数 | 条 | 23 | 0 | 1'
    ]
    expect(sums(legacy(rows.join('\n')))).toEqual([])
    const broken = rows.with(6, '(2)“信息不存在”数 | 条 | 22 | 1 | 3')
    expect(sums(legacy(broken.join('\n'))).map((f) => f.message)).toEqual([
      expect.stringContaining('“否决公开答复总数”为4，其下各项合计为5')
    ])
  })

  it('family C: the reasons under 4.不同意公开 are its own sum, and skipped in the sum of 申请答复数', () => {
    const rows = [
      '（三）申请答复数 10',
      '1.属于已主动公开范围数 2',
      '2.同意公开答复数 3',
      '3.同意部分公开答复数 1',
      '4.不同意公开答复数 2',
      '其中：涉及国家秘密 1',
      '涉及个人隐私 1',
      '5.不属于本行政机关公开数 1',
      '6.申请信息不存在数 1',
      '7.告知作出更改补充数 0',
      '8.告知通过其他途径办理数 0',
      '（二）申请办结数 10',
      '1.按时办结数 9',
      '2.延期办结数 1'
    ]
    expect(sums(legacy(rows.join('\n')))).toEqual([])
    const reasons = sums(legacy(rows.with(6, '涉及个人隐私 2').join('\n')))
    expect(reasons.map((f) => f.message)).toEqual([
      expect.stringContaining('“不同意公开答复数”为2，其下各项合计为3')
    ])
    const late = sums(legacy(rows.with(13, '2.延期办结数 2').join('\n')))
    expect(late.map((f) => f.message)).toEqual([
      expect.stringContaining('“申请办结数”为10，其下各项合计为11')
    ])
  })

  it('family D: nothing under 3.否决公开答复总数, so the rows after it are not its parts', () => {
    const rows = [
      '本年度对申请的答复总数 5',
      '1.同意公开 3',
      '2.同意部分公开 1',
      '3.否决公开答复总数 1',
      '行政复议数 2',
      '行政诉讼数 0'
    ]
    expect(sums(legacy(rows.join('\n')))).toEqual([])
  })

  it('channels under 主动公开信息数 may overlap: not a sum', () => {
    expect(sums(legacy('主动公开信息数 100\n其中：1.政府网站 100\n2.政府公报 20'))).toEqual([])
  })
})

describe('what is not a table', () => {
  it('a blank or “-” item leaves the sum unknown', () => {
    expect(sums(legacy('申请总数 10\n其中：1.网上申请数 6\n2.当面申请数\n-'))).toEqual([])
    expect(sums(legacy('申请总数 10\n其中：1.网上申请数 6\n2.当面申请数'))).toEqual([])
  })

  it('sentences are the prose checks’ to read, and a sentence ends a table', () => {
    expect(sums(legacy('全年申请总数 10件，其中：1.网上申请6件；2.当面申请3件。'))).toEqual([])
    expect(sums(legacy('申请总数 10\n以下为各方式的申请数。\n1.网上申请数 6\n2.当面申请数 3'))).toEqual([])
  })

  it('is a rule of the legacy format only', () => {
    const r = {
      ...legacy('申请总数 10\n其中：1.网上申请数 6\n2.当面申请数 3'),
      format: '2019' as const,
      year: 2019
    }
    expect(sums(r)).toEqual([])
  })
})
