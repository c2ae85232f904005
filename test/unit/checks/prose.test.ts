// Prose ↔ table on real 2021-format prose (../shared/fixtures: pdftotext output, lines broken mid-word,
// spaces around numbers).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import { getFormat } from '@shared/formats'
import type { FormatId, TableId } from '@shared/formats'
import { emptyReport } from '@shared/model/report'
import type { Report } from '@shared/model/report'
import { sampleReport } from '@shared/sample'
import { summarizeTable } from '@shared/summary'
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
  // Table values of that report: 一 3119, 二 34, （七） 3050, 四 103; 行政复议 351 (维持72, 纠正64, 其他178,
  // 未审结37), 行政诉讼 26+20 (维持13+12, 纠正4+1, 其他8+1, 未审结1+6).
  const table = {
    'requests:new.tot': 3119,
    'requests:carry.tot': 34,
    'requests:r7.tot': 3050,
    'requests:next.tot': 103,
    'review:rev.total': 351,
    'review:rev.keep': 72,
    'review:rev.fix': 64,
    'review:rev.other': 178,
    'review:rev.pending': 37,
    'review:lit1.total': 26,
    'review:lit1.keep': 13,
    'review:lit1.fix': 4,
    'review:lit1.other': 8,
    'review:lit1.pending': 1,
    'review:lit2.total': 20,
    'review:lit2.keep': 12,
    'review:lit2.fix': 1,
    'review:lit2.other': 1,
    'review:lit2.pending': 6
  }
  const text = overviewOf('2024_huaian_shi.txt')

  it('reads 受理3119, 上年度结转34, 答复3050, 顺延103, 行政复议351, 行政诉讼46 and their results, and finds them equal', () => {
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
    // 区政府办代表区政府受理…: the figure is the 区政府's own in its report, another body's in a city's.
    r.agency = '淮安市洪泽区人民政府'
    expect(prose(r).map((f) => f.message)).toEqual([
      '“总体情况”部分写“受理政府信息公开申请17件”，但表三“一、本年新收政府信息公开申请数量”行“总计”列为95（新收申请应与表格一致）'
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
          '“政府信息公开行政复议、行政诉讼情况”部分写“15件，占办结总数的60%”：15÷28=53.6%，不是60%（表三“（七）总计”行“总计”列为28）',
        cells: ['sections:review', 'requests:r7.tot'],
        quote: '15件，占办结总数的60%',
        quoteNth: 0
      }
    ])
    r.sections.review = '全年予以公开15件，占办结总数的53.6%。'
    expect(prose(r)).toEqual([])
  })

  it('reads a share typed with the IME’s full-width ％ as one with %', () => {
    const r = structuredClone(base)
    r.sections.review = '全年予以公开１５件，占办结总数的60％。'
    expect(prose(r).map((f) => [f.rule, f.quote])).toEqual([['prose.percentage', '15件，占办结总数的60%']])
    r.sections.review = '全年予以公开15件，占办结总数的53.6％。'
    expect(prose(r)).toEqual([])
  })

  it('quotes a share to a bracket after it, or a few characters on, never one', () => {
    const r = structuredClone(base)
    r.sections.review = '办结的申请中，占19.0%（较上年增加2件）属于环保类。'
    expect(prose(r).map((f) => f.message)[0]).toContain('写“办结的申请中，占19.0%”')
    r.sections.review = '办结的申请中，占19.0%属于环保类信息而非其他各类信息的总和'
    expect(prose(r).map((f) => f.message)[0]).toContain('写“办结的申请中，占19.0%属于环保类信”')
  })

  it('flags a share that no count out of the table’s whole can produce', () => {
    const r = structuredClone(base)
    r.sections.review = '办结的申请中，19.0%属于环保类。'
    expect(prose(r).map((f) => f.message)).toEqual([
      '“政府信息公开行政复议、行政诉讼情况”部分写“办结的申请中，19.0%属于环保类”：28件中不可能恰好占19.0%（5件为17.9%，6件为21.4%）（表三“（七）总计”行“总计”列为28）'
    ])
  })

  it('never calls an approximate share impossible, and holds it to its part loosely', () => {
    const r = structuredClone(base)
    const shares = (text: string) => {
      r.sections.requests = text
      return prose(r).map((f) => f.message)
    }
    expect(shares('办结28件。申请主要集中在征收补偿（约占40%）、规划（约占25%）领域。')).toEqual([])
    expect(shares('办结28件。申请主要集中在征收补偿（11件，约占40%）。')).toEqual([])
    expect(shares('办结28件。申请主要集中在征收补偿（11件，约占60%）。')).toEqual([
      '“收到和处理政府信息公开申请情况”部分写“11件，约占60%”：11÷28=39.3%，不是60%'
    ])
  })
})

// valid-2021: 新收27 (自然人20, 法人或其他组织7), 上年结转2, 办结28. Each sentence is true of some whole
// its words or the prose before it give; a wrong figure in the same words is still an error.
describe('the whole a share is of (NAR-02)', () => {
  const base = loadFixture('valid-2021.json')
  const shares = (section: 'overview' | 'requests' | 'other', text: string) => {
    const r = structuredClone(base)
    r.sections[section] = [r.sections[section], text].filter(Boolean).join('\n')
    return prose(r)
      .filter((f) => f.rule.startsWith('prose.percent'))
      .map((f) => f.message)
  }

  it.each([
    // 27 stated before it gives 74.1% (20) and 25.9% (7), though 28 is nearer.
    ['本年新收申请27件，上年结转2件，办结28件。从申请人看，自然人占74.1%，法人或其他组织占25.9%。'],
    ['共收到申请27件，办结28件。申请内容中，涉及征地拆迁11件，占40.7%。'],
    // The whole its words name: 新收 (the table's 27), 27件新收申请.
    ['办结28件。新收申请中，自然人申请占74.1%。'],
    ['共办结28件。27件新收申请中，网络申请占66.7%。'],
    ['共办结28件。在新收的27件申请中，自然人申请占74.1%。']
  ])('%s: nothing', (text) => {
    expect(shares('requests', text)).toEqual([])
  })

  it.each([
    [
      '本年新收申请27件，上年结转2件，办结28件。从申请人看，自然人占75.1%。',
      '28件中不可能恰好占75.1%（21件为75.0%，22件为78.6%）'
    ],
    ['共收到申请27件，办结28件。申请内容中，涉及征地拆迁11件，占45.7%。', '11÷28=39.29%，不是45.7%'],
    ['办结28件。新收申请中，自然人申请占75.1%。', '27件中不可能恰好占75.1%'],
    ['共办结28件。27件新收申请中，网络申请占64.3%。', '27件中不可能恰好占64.3%'],
    ['新收申请27件，办结28件，其中予以公开15件，占55.6%。', '15÷28=53.57%，不是55.6%']
  ])('%s: %s', (text, message) => {
    const got = shares('requests', text)
    expect(got).toHaveLength(1)
    expect(got[0]).toContain(message)
  })

  it('takes no count of another unit or subject for the whole: 次 and 件 are not 人次', () => {
    expect(
      shares(
        'overview',
        '本年新收政府信息公开申请27件，办结28件。\n全年开展政务公开培训6次，培训人员320人次，其中基层人员占65%。'
      )
    ).toEqual([])
    expect(shares('overview', '全年开展政务公开培训6次，其中基层人员占65%。')).toEqual([])
    expect(shares('overview', '全年开展政务公开培训6次，共培训320人次，其中基层人员占65.1%。')).toEqual([
      '“总体情况”部分写“其中基层人员占65.1%”：320人次中不可能恰好占65.1%（208人次为65.0%，209人次为65.3%）'
    ])
  })

  it('takes the counts a total lists (建议26件、提案19件) together as its whole', () => {
    const text = (pct: string) =>
      `共承办人大代表建议26件、政协提案19件，办复率100%，满意和基本满意的占${pct}%。`
    expect(shares('other', text('97.8'))).toEqual([])
    expect(shares('other', text('97.5'))).toEqual([
      '“其他需要报告的事项”部分写“意和基本满意的占97.5%”：45件中不可能恰好占97.5%（43件为95.6%，44件为97.8%）'
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

// 生成文字说明 (formats/summaries.ts) writes every figure of tables 二, 三 and 四 in words; each is held
// against its cells, so a table changed after the text was written (its totals still balancing) is caught.
describe('the summaries of 生成文字说明 against a table changed after them (NAR-01)', () => {
  /** The sample report (2021), its one deliberate table error (表四 行政复议 总计 3 ≠ 2) put right. */
  const sample2021 = (): Report => {
    const r = sampleReport()
    r.tables.review['rev.total'] = 2
    return r
  }
  /** The sample's tables 三 and 四 in the 2019 format (（六） one row), table 二 from valid-2019. */
  const sample2019 = (): Report => {
    const s = sample2021()
    const r = emptyReport('2019', 2020, s.agency, 'government')
    const active = loadFixture('valid-2019.json')
    r.tables.active = { ...active.tables.active }
    r.units = { ...active.units }
    r.tables.review = { ...s.tables.review }
    for (const key of Object.keys(r.tables.requests)) {
      const [row, col] = key.split('.')
      r.tables.requests[key] =
        row === 'r6'
          ? ['r6_1', 'r6_2', 'r6_3'].reduce((n, k) => n + (s.tables.requests[`${k}.${col}`] ?? 0), 0)
          : s.tables.requests[key]
    }
    return r
  }
  const base: Record<'2019' | '2021', () => Report> = { '2019': sample2019, '2021': sample2021 }

  /** The report with only the summary of `table` for prose, in its own section. */
  function summarized(format: FormatId, table: TableId): Report {
    const r = base[format as '2019' | '2021']()
    const decl = getFormat(format)
    const section = decl.tables.find((t) => t.id === table)!.section
    const s = summarizeTable(r, decl, table)
    if (!s?.ok) throw new Error(`no summary of ${table}`)
    for (const id of Object.keys(r.sections) as (keyof Report['sections'])[]) r.sections[id] = ''
    r.sections[section] = s.text
    return r
  }
  const quantities = (r: Report) =>
    checkReport(r).filter((f) => f.rule === 'prose.quantity' || f.rule === 'prose.none')

  it.each([
    ['2021', 'active'],
    ['2021', 'requests'],
    ['2021', 'review'],
    ['2019', 'active'],
    ['2019', 'requests'],
    ['2019', 'review']
  ] as [FormatId, TableId][])('%s 表%s: the text as generated agrees with its table', (format, table) => {
    const r = summarized(format, table)
    expect(r.sections[getFormat(format).tables.find((t) => t.id === table)!.section]).not.toBe('')
    // Every sentence of 表二 (2019), down to its 行政事业性收费 items and 采购总金额, is among the words held.
    if (format === '2019' && table === 'active')
      expect(r.sections.active).toContain(
        '行政事业性收费项目上一年10项，本年减少1项。本年政府集中采购项目15个，采购总金额2350.5万元。'
      )
    expect(checkReport(r).filter((f) => f.rule.startsWith('prose.'))).toEqual([])
  })

  /** Moves `n` from one cell to another, in a column and in 总计, so every total still balances. */
  const move = (r: Report, t: TableId, from: string, to: string, n = 1) => {
    r.tables[t][from] = r.tables[t][from]! - n
    r.tables[t][to] = r.tables[t][to]! + n
  }
  const moveRequest = (r: Report, from: string, to: string, col = 'np') => {
    move(r, 'requests', `${from}.${col}`, `${to}.${col}`)
    move(r, 'requests', `${from}.tot`, `${to}.tot`)
  }

  it.each<[FormatId, TableId, string, (r: Report) => void, [string, string][]]>([
    [
      '2021',
      'requests',
      '不予公开→无法提供',
      (r) => moveRequest(r, 'r3_2', 'r4_1'),
      [
        ['不予公开12件', 'requests:r3_2.tot'],
        ['无法提供51件', 'requests:r4_1.tot']
      ]
    ],
    [
      '2021',
      'requests',
      '不予处理→其他处理',
      (r) => moveRequest(r, 'r5_1', 'r6_3'),
      [
        ['不予处理16件', 'requests:r5_1.tot'],
        ['其他处理7件', 'requests:r6_3.tot']
      ]
    ],
    [
      '2021',
      'requests',
      '自然人→法人或其他组织',
      (r) => {
        move(r, 'requests', 'new.np', 'new.biz')
        move(r, 'requests', 'r1.np', 'r1.biz')
        move(r, 'requests', 'r7.np', 'r7.biz')
      },
      [
        ['自然人提出152件', 'requests:new.np'],
        ['法人或其他组织提出17件', 'requests:new.biz']
      ]
    ],
    [
      '2019',
      'requests',
      '其他处理→不予公开',
      (r) => moveRequest(r, 'r6', 'r3_1'),
      [
        ['不予公开12件', 'requests:r3_1.tot'],
        ['其他处理7件', 'requests:r6.tot']
      ]
    ],
    [
      '2021',
      'review',
      '行政复议 结果维持→结果纠正',
      (r) => move(r, 'review', 'rev.keep', 'rev.fix'),
      [['结果维持1件', 'review:rev.keep']]
    ],
    [
      '2021',
      'review',
      '未经复议直接起诉→复议后起诉',
      (r) => {
        move(r, 'review', 'lit1.pending', 'lit2.pending')
        move(r, 'review', 'lit1.total', 'lit2.total')
      },
      [['未经复议直接起诉1件', 'review:lit1.total']]
    ],
    [
      '2019',
      'review',
      '行政诉讼 尚未审结→结果维持',
      (r) => move(r, 'review', 'lit1.pending', 'lit1.keep'),
      [['尚未审结1件', 'review:lit1.pending']]
    ],
    [
      '2021',
      'active',
      '废止 and 现行有效',
      (r) => {
        r.tables.active['norm.repealed'] = 3
        r.tables.active['norm.valid'] = 40
      },
      [
        ['废止2件', 'active:norm.repealed'],
        ['现行有效行政规范性文件41件', 'active:norm.valid']
      ]
    ],
    [
      '2021',
      'active',
      '行政事业性收费金额',
      (r) => (r.tables.active['fees.amount'] = 321.65),
      [['行政事业性收费金额312.65万元', 'active:fees.amount']]
    ],
    [
      '2019',
      'active',
      '新公开 and 对外公开总数',
      (r) => {
        r.tables.active['norm.newPublished'] = 2
        r.tables.active['norm.totalPublished'] = 24
      },
      [
        ['新公开规范性文件3件', 'active:norm.newPublished'],
        ['对外公开规范性文件总数25件', 'active:norm.totalPublished']
      ]
    ],
    [
      '2019',
      'active',
      '其他对外管理服务事项 and 政府集中采购',
      (r) => {
        r.tables.active['otherService.decisions'] = 151
        r.tables.active['procurement.projects'] = 14
      },
      [
        ['其他对外管理服务事项处理决定150件', 'active:otherService.decisions'],
        ['政府集中采购项目15个', 'active:procurement.projects']
      ]
    ],
    [
      '2019',
      'active',
      '行政事业性收费 items last year',
      (r) => (r.tables.active['fees.lastYear'] = 12),
      [['行政事业性收费项目上一年10项', 'active:fees.lastYear']]
    ],
    [
      '2019',
      'active',
      '行政事业性收费 up where the words say down',
      (r) => (r.tables.active['fees.change'] = 2),
      [['本年减少1项', 'active:fees.change']]
    ],
    [
      '2019',
      'active',
      '采购总金额',
      (r) => (r.tables.active['procurement.amount'] = 2000),
      [['采购总金额2350.5万元', 'active:procurement.amount']]
    ],
    [
      '2019',
      'active',
      '采购总金额 the same figure in 元',
      (r) => (r.units = { 'procurement.amount': '元' }),
      [['采购总金额2350.5万元', 'active:procurement.amount']]
    ]
  ])('%s 表%s, %s: the stale figure is named', (format, table, _what, change, want) => {
    const r = summarized(format, table)
    const before = checkReport(r)
      .filter((f) => f.rule !== 'prose.quantity')
      .map((f) => f.rule)
    change(r)
    // The change leaves every total balanced: only the prose disagrees.
    expect(
      checkReport(r)
        .filter((f) => f.rule !== 'prose.quantity')
        .map((f) => f.rule)
    ).toEqual(before)
    const found = quantities(r)
    expect(found.map((f) => f.quote)).toEqual(want.map(([quote]) => quote))
    found.forEach((f, i) => {
      expect(f.rule).toBe('prose.quantity')
      expect(f.cells).toContain(want[i][1])
    })
  })

  it('names the rows of （三）不予公开 as one sum, not eight cells', () => {
    const r = summarized('2021', 'requests')
    moveRequest(r, 'r3_2', 'r4_1')
    expect(quantities(r)[0].message).toBe(
      '“收到和处理政府信息公开申请情况”部分写“不予公开12件”，但表三“（三）不予公开”各项“总计”列之和为11（不予公开应与表格一致）'
    )
  })
})

describe('table figures as officials write them, and wording that is not theirs', () => {
  // NAR-01 only: a list whose parts do not add up is NAR-03's (breakdown.test.ts).
  const check = (fixture: string, sentence: string) => {
    const r = loadFixture(fixture)
    r.sections.overview = `${r.sections.overview}\n${sentence}`
    return checkReport(r)
      .filter((f) => f.rule === 'prose.quantity' || f.rule === 'prose.none')
      .map((f) => f.message)
  }
  // valid-2021: 自然人20, 法人或其他组织7; （三）1, （四）4, （五）2, （六）2; 行政复议 维持1 纠正1 未审结1;
  // 未经复议直接起诉1 (维持1), 复议后起诉0; 废止规章0/规范性文件2, 现行有效12/40; 收费35.5万元.
  it.each([
    // read and held against the table
    ['不予公开5件。', 1],
    ['其中不予公开1件。', 0],
    ['部分公开4件，不予公开2件。', 1],
    ['依法不予公开的申请3件。', 1],
    ['无法提供30件。', 1],
    ['无法提供4件、不予处理3件。', 1],
    ['其他处理2件。', 0],
    ['其他处理3件。', 1],
    ['废止行政规范性文件3件。', 1],
    ['本年制发行政规范性文件5件，废止3件，现行有效40件。', 1],
    ['现行有效行政规范性文件9件。', 1],
    ['现行有效规章12件。', 0],
    ['废止规章1件、行政规范性文件2件。', 1],
    ['本年行政事业性收费金额7545万元。', 1],
    ['全年收取行政事业性收费7454万元。', 1],
    ['收取行政事业性收费35.50万元。', 0],
    ['行政事业性收费金额为34万元。', 1],
    ['因政府信息公开被申请行政复议3件，其中结果维持2件。', 1],
    ['因政府信息公开被提起行政诉讼1件，结果维持3件。', 1],
    ['复议后起诉1件。', 1],
    ['未经复议直接起诉2件。', 1],
    ['收到申请90件。', 1],
    ['全年共收到申请27件。', 0],
    ['新收申请中，自然人提出21件，法人或其他组织提出7件。', 1],
    ['其中公民申请20件，法人和其他组织申请6件。', 1],
    // 行政复议 and 行政诉讼 in one sentence (淮安市 2024): each result read against its own block
    [
      '政府信息公开行政复议3件，其中结果维持1件，结果纠正1件，尚未审结1件；政府信息公开行政诉讼1件，其中结果维持1件。',
      0
    ],
    [
      '政府信息公开行政复议3件，其中结果维持1件，结果纠正1件，尚未审结1件；政府信息公开行政诉讼1件，其中尚未审结1件。',
      1
    ],
    ['被申请行政复议3件，结果维持1件，被提起行政诉讼1件，结果维持1件。', 0],
    // not read: another row, another body's cases, another sum
    ['法人申请共66件；其他组织申请共20件。', 0],
    ['共受理政府信息公开申请30件（含上年结转2件），其中自然人申请25件。', 0],
    ['予以公开15件，其中自然人12件。', 0],
    ['其中属于国家秘密不予公开2件。', 0],
    ['因本机关不掌握相关政府信息无法提供3件。', 0],
    ['全年办理行政复议案件35件，其中维持20件，纠正5件，尚未审结10件。', 0],
    ['被提起行政诉讼1件，其中未经复议直接起诉1件，结果纠正1件。', 0],
    ['区政务服务中心全年共受理申请1200件。', 0],
    ['收到行政复议申请5件。', 0],
    ['为企业减免行政事业性收费500万元。', 0],
    ['免征行政事业性收费120万元。', 0],
    ['行政事业性收费项目12项。', 0],
    ['修订完善内部规章制度12项，废止3件。', 0],
    ['制发规章1件、行政规范性文件5件，废止3件。', 0],
    ['对已失效、废止的文件在网站上作出标注。', 0],
    ['部分公开4件。', 0]
  ])('2021: %s → %i finding(s)', (sentence, n) => {
    expect(check('valid-2021.json', sentence)).toHaveLength(n)
  })

  it('holds a large amount to its last decimal (123456.7891万元 is not 123456.7892万元)', () => {
    const r = loadFixture('valid-2021.json')
    r.tables.active['fees.amount'] = 123456.7891
    const said = (amount: string) => {
      r.sections.overview = `本年行政事业性收费金额${amount}万元。`
      return checkReport(r).filter((f) => f.rule === 'prose.quantity').length
    }
    expect(said('123456.7892')).toBe(1)
    expect(said('123456.7891')).toBe(0)
    expect(said('123456.79')).toBe(0)
  })

  it('reads figures written in 万 or 亿, or with spaced thousands, to the place they are written to', () => {
    const r = loadFixture('valid-2021.json')
    Object.assign(r.tables.active, { 'licence.decisions': 2345678, 'coercion.decisions': 98765 })
    r.tables.active['fees.amount'] = 123456.7891
    const said = (sentence: string) => {
      r.sections.overview = sentence
      return checkReport(r).filter((f) => f.rule === 'prose.quantity').length
    }
    expect(said('本年作出行政许可决定240万件。')).toBe(1)
    expect(said('本年作出行政许可决定234.6万件。')).toBe(0)
    expect(said('本年作出行政许可决定234.5678万件。')).toBe(0)
    expect(said('本年作出行政强制决定98 766件。')).toBe(1)
    expect(said('本年作出行政强制决定98 765件。')).toBe(0)
    expect(said('本年作出行政许可决定2 345 679件。')).toBe(1)
    expect(said('本年行政事业性收费金额12.34亿元。')).toBe(1)
    expect(said('本年行政事业性收费金额12.35亿元。')).toBe(0)
    expect(said('本年行政事业性收费金额123456.79万元。')).toBe(0)
  })

  // 四's heading says its cases are of 信息公开: its own words need not (行政复议 3, 行政诉讼 1+0).
  const inReview = (sentence: string) => {
    const r = loadFixture('valid-2021.json')
    r.sections.review = sentence
    return checkReport(r)
      .filter((f) => f.rule === 'prose.quantity')
      .map((f) => f.message)
  }
  it.each([
    ['本年度共收到行政复议申请0件，发生行政诉讼0件。', 2],
    ['本年度共收到行政复议申请3件，发生行政诉讼1件。', 0],
    ['我局收到行政复议申请2件。', 1],
    // parts named inside a clause, not the year's total
    ['本年度共收到行政复议申请3件，维持原行政行为的行政复议案件2件，纠错1件。', 0],
    ['本年度收到行政复议申请3件，另有涉及信息公开的行政诉讼案件1件。涉及行政复议案件1件维持。', 0],
    // the agency or a 、 before the verb, a count without a verb at its clause's start
    ['本局共收到行政复议申请5件。', 1],
    ['我单位收到行政复议申请5件。', 1],
    ['本年度行政复议案件5件，行政诉讼案件3件。', 2],
    ['本年度共收到行政复议申请3件、发生行政诉讼5件。', 1],
    ['本年度共收到行政复议申请3件，其中：受理行政复议申请2件已审结。', 0],
    ['被提起行政诉讼2件。', 1],
    ['本年度被提起行政诉讼1件，其中直接提起行政诉讼1件，复议后提起行政诉讼0件。', 0],
    ['复议后提起行政诉讼0件，直接提起行政诉讼1件。', 0],
    ['行政复议后提起行政诉讼0件。', 0]
  ])('2021, in 四: %s → %i finding(s)', (sentence, n) => {
    expect(inReview(sentence)).toHaveLength(n)
  })

  // valid-2019: 规范性文件 新制作3 新公开3 对外公开总数25; 其他对外管理服务事项150; 集中采购15; （六）2.
  it.each([
    ['本年新制作规范性文件4件。', 1],
    ['制定规范性文件3件，新公开3件，对外公开总数25件。', 0],
    ['规范性文件对外公开总数量30件。', 1],
    ['作出其他对外管理服务事项处理决定150件。', 0],
    ['作出其他对外管理服务事项处理决定15件。', 1],
    ['政府集中采购项目16个。', 1],
    ['政府采购项目16个。', 0],
    ['新制作规范性文件3件，主动公开总数1860件。', 0],
    ['其他处理5件。', 1],
    // 行政事业性收费 上一年10项 and 本年增/减 −1 (a fall), 采购总金额 2350.5万元.
    ['行政事业性收费项目上一年10项，本年减少1项。', 0],
    ['行政事业性收费项目上一年12项，本年减少1项。', 1],
    ['上一年度行政事业性收费项目10项，比上年减少1项。', 0],
    ['上一年度行政事业性收费项目10项，今年取消1项。', 0],
    ['行政事业性收费项目上一年10项，本年增加1项。', 1],
    ['行政事业性收费项目上一年10项，本年减少2项。', 1],
    // 行政许可事项减少3项 is 行政许可's change (+5), not 收费's
    ['行政事业性收费项目上一年10项，本年减少1项，行政许可事项减少3项。', 1],
    // 没有增减 against the fall of 1: said as a warning, as other words of none are.
    ['行政事业性收费项目上一年10项，本年没有增减。', 1],
    ['行政事业性收费项目无变化，行政许可事项没有增减。', 1],
    ['行政事业性收费项目上一年10项，本年减少1项，行政许可事项没有增减。', 0],
    ['本年政府集中采购项目15个，采购总金额2350.5万元。', 0],
    ['本年政府集中采购项目15个，采购总金额23505000元。', 0],
    ['本年政府集中采购项目15个，采购总金额为0.235亿元。', 0],
    ['政府集中采购金额2000万元。', 1],
    ['本年政府集中采购项目15个，采购总金额2350.5元。', 1],
    ['本年政府集中采购项目15个，节约金额100万元。', 0]
  ])('2019: %s → %i finding(s)', (sentence, n) => {
    expect(check('valid-2019.json', sentence)).toHaveLength(n)
  })

  it('2019: 采购总金额 is held to its cell only once the report gives the cell its unit', () => {
    const r = loadFixture('valid-2019.json')
    r.units = {}
    r.sections.overview = `${r.sections.overview}\n本年政府集中采购项目15个，采购总金额2000万元。`
    const amount = () =>
      checkReport(r).filter(
        (f) => f.rule.startsWith('prose.') && f.cells.includes('active:procurement.amount')
      )
    expect(amount()).toEqual([])
    r.units = { 'procurement.amount': '万元' }
    expect(amount().map((f) => f.message)).toEqual([
      '“总体情况”部分写“采购总金额2000万元”，但表二“政府集中采购”行“采购总金额”列（万元）为2350.5（政府集中采购总金额应与表格一致）'
    ])
  })
})
