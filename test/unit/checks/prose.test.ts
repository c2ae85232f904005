// Prose ↔ table on real 2021-format prose (../shared/fixtures: pdftotext output, lines broken mid-word,
// spaces around numbers).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import type { Report } from '@shared/model/report'
import { loadFixture } from './fixtures'

const overviewOf = (file: string): string => {
  const s = readFileSync(`../shared/fixtures/${file}`, 'utf8')
  return s.slice(s.indexOf('一、总体情况') + 6, s.indexOf('二、主动公开政府信息情况'))
}

function withOverview(text: string, cells: Record<string, number>): Report {
  const r = loadFixture('valid-2021.json')
  r.sections.overview = text
  for (const [ref, v] of Object.entries(cells)) {
    const [t, k] = ref.split(':') as ['requests' | 'review', string]
    r.tables[t][k] = v
  }
  return r
}

// What the prose says against the tables; how its digits are typed has a rule of its own (digits.test.ts).
const prose = (r: Report) =>
  checkReport(r).filter((f) => f.rule.startsWith('prose.') && f.rule !== 'prose.fullWidthDigits')

describe('prose quantities in 淮安市 2024 (2021 format)', () => {
  // Table values of that report: 一 3119, 二 34, （七） 3050, 四 103; 行政复议 351, 行政诉讼 46.
  const table = {
    'requests:new.tot': 3119,
    'requests:carry.tot': 34,
    'requests:r7.tot': 3050,
    'requests:next.tot': 103,
    'review:rev.total': 351,
    'review:lit1.total': 40,
    'review:lit2.total': 6
  }
  const text = overviewOf('2024_huaian_shi.txt')

  it('reads 受理3119, 上年度结转34, 答复3050, 顺延103, 行政复议351, 行政诉讼46 and finds them equal', () => {
    expect(prose(withOverview(text, table))).toEqual([])
  })

  it.each(Object.keys(table))('a different %s is caught', (ref) => {
    const cells = { ...table, [ref]: table[ref as keyof typeof table] + 1 }
    const found = prose(withOverview(text, cells))
    expect(found).toHaveLength(1)
    expect(found[0].rule).toBe('prose.quantity')
    expect(found[0].cells).toContain(ref)
  })

  it('does not treat “合格率均为100%” as a share of a count', () => {
    expect(text).toContain('100%')
    expect(prose(withOverview(text, table)).filter((f) => f.rule === 'prose.percentage')).toEqual([])
  })
})

describe('prose quantities in 洪泽区 2024', () => {
  it('flags 受理…17件 against a table that says 95 (the report’s own inconsistency)', () => {
    const r = withOverview(overviewOf('2024_hongze_qu.txt'), { 'requests:new.tot': 95 })
    expect(prose(r).map((f) => f.message)).toEqual([
      '“总体情况”部分写“受理政府信息公开申请17件”，但表三 一、本年新收政府信息公开申请数量“总计”为95（新收申请应与表格一致）'
    ])
  })
})

describe('percentages against the table (NAR-02)', () => {
  const base = loadFixture('valid-2021.json')

  it('takes the whole from the table when the share names it (占办结总数的…)', () => {
    const r = structuredClone(base)
    r.sections.review = '全年予以公开15件，占办结总数的60%。'
    expect(prose(r)).toEqual([
      {
        rule: 'prose.percentage',
        severity: 'error',
        message:
          '“政府信息公开行政复议、行政诉讼情况”部分写“15件，占办结总数的60%”：15÷28=53.6%，不是60%（表三 （七）总计“总计”为28）',
        cells: ['sections:review', 'requests:r7.tot'],
        quote: '15件，占办结总数的60%'
      }
    ])
    r.sections.review = '全年予以公开15件，占办结总数的53.6%。'
    expect(prose(r)).toEqual([])
  })

  it('quotes a share to a bracket after it, or a few characters on, never one', () => {
    const r = structuredClone(base)
    r.sections.review = '办结的申请中，约19.0%（较上年增加2件）属于环保类。'
    expect(prose(r).map((f) => f.message)[0]).toContain('写“办结的申请中，约19.0%”')
    r.sections.review = '办结的申请中，约19.0%属于环保类信息而非其他各类信息的总和'
    expect(prose(r).map((f) => f.message)[0]).toContain('写“办结的申请中，约19.0%属于环保类信”')
  })

  it('flags a share that no count out of the table’s whole can produce', () => {
    const r = structuredClone(base)
    r.sections.review = '办结的申请中，约19.0%属于环保类。'
    expect(prose(r).map((f) => f.message)).toEqual([
      '“政府信息公开行政复议、行政诉讼情况”部分写“办结的申请中，约19.0%属于环保类”：28件中不可能恰好占19.0%（5件为17.9%，6件为21.4%）（表三 （七）总计“总计”为28）'
    ])
  })
})

describe('the whole of a share in prose (seed 003 wording)', () => {
  const base = loadFixture('valid-2019.json')
  const shares = (text: string) => {
    const r = structuredClone(base)
    r.sections.requests = text
    return prose(r)
      .filter((f) => f.rule.startsWith('prose.percent'))
      .map((f) => f.message)
  }

  it('skips counts that carry their own share (共878件，占91.1%) when looking for the whole', () => {
    const text =
      '2019年,我区共受理信息公开申请964件,主要以公民申请为主,共878件,占91.1%;法人申请共66件,占6.8%;其他组织申请共20件,占2.1%'
    expect(shares(text)).toEqual([])
    expect(shares(text.replace('占6.8%', '占7.8%'))).toEqual([
      '“收到和处理政府信息公开申请情况”部分写“66件,占7.8%”：66÷964=6.85%，不是7.8%'
    ])
  })
})

describe('prose wording', () => {
  const base = loadFixture('valid-2021.json')
  const check = (sentence: string) => {
    const r = structuredClone(base)
    r.sections.overview = `${r.sections.overview}\n${sentence}`
    return prose(r).map((f) => f.message)
  }

  it.each([
    ['全年共受理政府信息公开申请 27 件（含上年结转2件）。', 0],
    ['当面答复3件。', 0],
    ['本年新收到各类政府信息公开申请27件。', 0],
    ['本年新收到各类政府信息公开申请２８件。', 1],
    ['全年办结申请共1,028件。', 1],
    ['结转至下年度继续办理2件。', 1],
    ['其中予以公开16件。', 1],
    ['部分公开4件。', 0],
    ['部分公开3件。', 1],
    ['网站访问量同比增长17.9%。', 0],
    ['制定行政规范性文件6件。', 1],
    ['全年办理行政复议案件35件。', 0],
    ['全年已办结政务服务事项1200件。', 0],
    ['政府信息公开申请均已办结，共办结30件。', 1],
    ['因政府信息公开被申请行政复议案件4起。', 1],
    ['共收到政府信息公开申请29件（其中上年结转2件）。', 0]
  ])('%s → %i finding(s)', (sentence, n) => {
    expect(check(sentence)).toHaveLength(n)
  })
})

describe('one quantity quoted twice with different values (NAR-05)', () => {
  const base = loadFixture('valid-2021.json')
  const blankNew = (r: Report): Report => {
    for (const k of Object.keys(r.tables.requests)) if (k.startsWith('new.')) r.tables.requests[k] = null
    return r
  }

  it('is told when the table cannot settle it (its cells still blank), naming both places', () => {
    const r = blankNew(structuredClone(base))
    r.sections.overview = '本年新收到各类政府信息公开申请27件。'
    r.sections.requests = '本年新收政府信息公开申请30件。'
    const conflicts = checkReport(r).filter((f) => f.rule === 'prose.conflict')
    expect(conflicts).toHaveLength(1)
    expect(conflicts[0].severity).toBe('warning')
    expect(conflicts[0].message).toMatch(
      /“总体情况”部分写“[^”]*27件”，“收到和处理政府信息公开申请情况”部分写“[^”]*30件”/
    )
    expect(conflicts[0].cells).toEqual(
      expect.arrayContaining(['sections:overview', 'sections:requests', 'requests:new.tot'])
    )
  })

  it('within one section says 后面又', () => {
    const r = blankNew(structuredClone(base))
    r.sections.overview = '本年新收到各类政府信息公开申请27件。……全年新收政府信息公开申请28件。'
    const [c] = checkReport(r).filter((f) => f.rule === 'prose.conflict')
    expect(c.message).toContain('后面又写')
  })

  it('leaves it to prose.quantity once the table is filled, and says nothing when the values agree', () => {
    const filled = structuredClone(base)
    filled.sections.requests = '本年新收政府信息公开申请30件。'
    const rules = checkReport(filled).map((f) => f.rule)
    expect(rules).toContain('prose.quantity')
    expect(rules).not.toContain('prose.conflict')
    const agree = blankNew(structuredClone(base))
    agree.sections.overview = '本年新收到各类政府信息公开申请27件。'
    agree.sections.requests = '本年新收政府信息公开申请27件。'
    expect(checkReport(agree).map((f) => f.rule)).not.toContain('prose.conflict')
  })
})
