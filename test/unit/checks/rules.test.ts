// One report per rule, each made from the balanced base by one small edit that breaks exactly that rule
// (or, where arithmetic makes it impossible alone, the stated minimal set).
import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import { getFormat } from '@shared/formats'
import type { Report } from '@shared/model/report'
import { loadFixture } from './fixtures'

/** Last year's own words: a clone's prose would be this year's copied (crossYear.sameText). */
const otherProse = (r: Report): Report['sections'] =>
  Object.fromEntries(
    Object.keys(r.sections).map((k) => [k, '上年报告的这一部分另有内容。'])
  ) as Report['sections']

/** Last year's report that agrees with valid-2021.json on every cross-year rule. */
function lastYearOf(r: Report): Report {
  const last = structuredClone(r)
  last.year = r.year - 1
  last.title = r.title.replace(String(r.year), String(last.year))
  Object.assign(last.tables.active, { 'reg.valid': 11, 'norm.valid': 37 })
  last.sections = otherProse(r)
  for (const c of ['np', 'biz', 'sci', 'npo', 'law', 'oth', 'tot']) {
    last.tables.requests[`next.${c}`] = r.tables.requests[`carry.${c}`]
  }
  return last
}

type Case = [rule: string, edit: (r: Report, last: Report) => void, also?: string[]]

const cases2021: Case[] = [
  ['requests.balance', (r) => ((r.tables.requests['next.np']! -= 1), (r.tables.requests['next.oth']! += 1))],
  ['requests.rowTotal', (r) => ((r.tables.requests['r1.np']! += 1), (r.tables.requests['r2.np']! -= 1))],
  ['requests.outcomes', (r) => ((r.tables.requests['r2.np']! += 1), (r.tables.requests['r2.tot']! += 1))],
  [
    'requests.carryOver',
    (_r, last) => ((last.tables.requests['next.np']! += 1), (last.tables.requests['next.tot']! += 1))
  ],
  ['review.total', (r) => (r.tables.review['rev.keep']! += 1)],
  // T2-01 cannot fail while XY-02 holds (valid would be negative).
  ['active.repealBound', (r) => (r.tables.active['reg.repealed'] = 20), ['active.validContinuity']],
  ['active.validContinuity', (_r, last) => (last.tables.active['norm.valid'] = 36)],
  ['cell.domain', (r) => (r.tables.active['licence.decisions'] = 1.5)],
  ['cell.blank', (r) => (r.tables.active['penalty.decisions'] = null)],
  [
    'cell.moneyUnit',
    (r, last) => {
      r.tables.active['fees.amount'] = 35000
      // A district: no 规章 of its own (or T2-02 would speak too).
      r.agency = '某某市某某区人民政府'
      Object.assign(r.tables.active, { 'reg.made': 0, 'reg.valid': 0 })
      last.tables.active['reg.valid'] = 0
      r.sections.overview = r.sections.overview.replace(
        '制发规章1件、行政规范性文件5件',
        '制发行政规范性文件5件'
      )
    }
  ],
  ['active.regulations', (r) => (r.agency = '某某县人民政府')],
  ['meta.agency', (r) => (r.agency = '  ')],
  [
    'meta.format',
    (r, last) => {
      r.year = 2020
      last.year = 2019
      r.title = r.title.replace('2024', '2020')
      r.sections.overview = r.sections.overview.replaceAll('2024', '2020')
      r.sections.problems = r.sections.problems.replace('2023', '2019')
    }
  ],
  ['meta.year', (r) => (r.title = r.title.replace('2024', '2023'))],
  [
    'meta.year',
    (r) =>
      (r.sections.overview = r.sections.overview.replace(
        '现将本年度',
        '现将2023年度政府信息公开工作年度报告'
      ))
  ],
  ['meta.period', (r) => (r.sections.overview = r.sections.overview.replace('12月31日', '12月30日'))],
  ['meta.lastYear', (_r, last) => (last.year = 2022)],
  ['section.missing', (r) => (r.sections.problems = '')],
  ['section.empty', (r) => (r.sections.problems = '无。')],
  ['section.empty', (r) => (r.sections.other = '  ')],
  [
    'section.governmentDuties',
    (r) =>
      (r.sections.overview = r.sections.overview.replace(
        '将政务公开纳入年度绩效工作考核，开展社会评议，全年未发生责任追究情况。',
        ''
      ))
  ],
  [
    'section.topics',
    (r) => (r.sections.overview = r.sections.overview.replace('（三）政府信息管理。', '（三）'))
  ],
  [
    'fees.missing',
    (r) => {
      r.fees.collected = null
      r.sections.other = '本年度未发出信息处理费收费通知，收费通知件数0件，收费通知总金额0元。'
    }
  ],
  [
    'fees.notices',
    (r) => {
      Object.assign(r.tables.requests, { 'r6_1.np': 0, 'r6_1.tot': 0, 'r6_2.np': 1, 'r6_2.tot': 1 })
    }
  ],
  [
    'fees.collected',
    (r) => {
      r.fees = { notices: 1, noticedAmount: 100, collected: 200 }
      r.sections.other = '本年度发出收费通知1件，收费通知总金额100元，实际收取信息处理费200元。'
    }
  ],
  [
    'fees.tens',
    (r) => {
      r.fees = { notices: 1, noticedAmount: 15, collected: 15 }
      r.sections.other = '本年度发出收费通知1件，收费通知总金额15元，实际收取信息处理费15元。'
    }
  ],
  // The form changed, the words of 六 not: “收费通知件数0件…实际收取信息处理费0元” against 1, 100, 100.
  ['fees.prose', (r) => (r.fees = { notices: 1, noticedAmount: 100, collected: 100 })],
  [
    'fees.prose',
    (r) => {
      r.fees = { notices: 1, noticedAmount: 100, collected: 100 }
      r.sections.other = '本年度发出收费通知1件，收费通知总金额100元，未收取信息处理费。'
    }
  ],
  [
    'prose.quantity',
    (r) => (r.sections.overview = r.sections.overview.replace('上年结转2件', '上年结转3件'))
  ],
  [
    'prose.quantity',
    (r) => (r.sections.overview = r.sections.overview.replace('行政诉讼1件', '行政诉讼2件'))
  ],
  ['prose.percentage', (r) => (r.sections.overview = r.sections.overview.replace('53.6%', '55.6%'))],
  ['prose.none', (r) => (r.sections.review = '本年度未发生政府信息公开行政复议。')],
  ['prose.none', (r) => (r.sections.review = '全年没有被提起行政诉讼。')],
  ['prose.none', (r) => (r.sections.requests = '本年度未收到政府信息公开申请。')],
  // A copied year cannot also continue the counts (现行有效, 结转): those rules fire with it.
  [
    'crossYear.identical',
    (r, last) => Object.assign(last, structuredClone(r), { year: r.year - 1 }),
    ['active.validContinuity', 'requests.carryOver', 'crossYear.sameText']
  ],
  ['prose.percentRounding', (r) => (r.sections.overview = r.sections.overview.replace('53.6%', '53.5%'))],
  [
    'section.partsCount',
    (r) =>
      (r.sections.overview =
        '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况五部分组成。' +
        r.sections.overview)
  ],
  ['section.partsCount', (r) => (r.sections.other = `${r.sections.other}本报告共分为七个部分。`)],
  // Copied from a PDF: the count breaks across lines and is printed in full-width digits.
  [
    'section.partsCount',
    (r) => (r.sections.other = `${r.sections.other}本报告共分为\n５个部分。`),
    ['prose.fullWidthDigits']
  ],
  [
    'prose.oldRegulation',
    (r) =>
      (r.sections.other = `${r.sections.other}本报告依据《中华人民共和国政府信息公开条例》（国务院令第492号）编制。`)
  ],
  [
    'prose.oldRegulation',
    (r) => (r.sections.other = `${r.sections.other}根据《条例》第三十二条规定，现公布年度报告。`)
  ],
  [
    'prose.legacyOutcome',
    (r) => (r.sections.requests = '办结的申请中，同意公开答复的占多数，不同意公开的均说明了理由。')
  ],
  ['prose.legacyOutcome', (r) => (r.sections.requests = '对申请人提出的信息不存在的申请，均当面说明。')],
  [
    'meta.planForYear',
    (r) => (r.sections.problems = `${r.sections.problems}2024年，我局将进一步加强政务公开。`)
  ],
  [
    'crossYear.sameText',
    (r, last) => (last.sections.overview = r.sections.overview.replace(/\d+/g, (d) => String(Number(d) + 1)))
  ],
  [
    'section.generic',
    (r) =>
      (r.sections.overview =
        '本年度，我单位认真贯彻落实政府信息公开工作要求，扎实做好主动公开、依申请公开、政府信息管理、平台建设和监督保障等工作，将政务公开纳入工作考核，开展社会评议，落实责任追究制度，各项工作取得新进展。')
  ]
]

describe('2021: each rule alone', () => {
  const base = loadFixture('valid-2021.json')

  it('a city may collect 35000万元 in fees; a district is asked whether that was 元', () => {
    const r = structuredClone(base)
    r.tables.active['fees.amount'] = 35000
    expect(checkReport(r)).toEqual([])
  })

  it('the base and its last year raise nothing', () => {
    expect(checkReport(base)).toEqual([])
    expect(checkReport(base, lastYearOf(base))).toEqual([])
  })

  it('a fee the text of 六 states, as none too, is not missing from the form (fees.missing)', () => {
    const missing = (other: string) => {
      const r = structuredClone(base)
      r.fees = { notices: null, noticedAmount: null, collected: null }
      r.sections.other = other
      return checkReport(r)
        .filter((f) => f.rule === 'fees.missing')
        .flatMap((f) => f.cells)
    }
    expect(missing('本年度未发出收费通知，未收取信息处理费。')).toEqual([])
    expect(missing('本年度未收取信息处理费。')).toEqual(['fees:notices', 'fees:noticedAmount'])
    expect(missing('无。')).toEqual(['fees:notices', 'fees:noticedAmount', 'fees:collected'])
  })

  it('fee figures stated only in the words of 六 are judged as the form would be (FEE-02, FEE-03)', () => {
    const judged = (other: string, lapsed = 0) => {
      const r = structuredClone(base)
      r.fees = { notices: null, noticedAmount: null, collected: null }
      r.sections.other = other
      if (lapsed)
        Object.assign(r.tables.requests, {
          'r6_1.np': 0,
          'r6_1.tot': 0,
          'r6_2.np': lapsed,
          'r6_2.tot': lapsed
        })
      return checkReport(r)
        .filter((f) => f.rule.startsWith('fees.'))
        .map((f) => [f.rule, f.severity, f.cells, f.quote])
    }
    // The lapsed requests are named by their cell, as the law prints its row.
    expect(
      checkReport(
        Object.assign(structuredClone(base), {
          fees: { notices: 0, noticedAmount: 0, collected: 0 },
          tables: {
            ...base.tables,
            requests: { ...base.tables.requests, 'r6_1.np': 0, 'r6_1.tot': 0, 'r6_2.np': 1, 'r6_2.tot': 1 }
          }
        })
      ).find((f) => f.rule === 'fees.notices')?.message
    ).toBe(
      '收费通知件数为0，少于表三“2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”行“总计”列的1件：每件都应先发过收费通知'
    )
    // The words that give the figure are what a click selects, before the blank field.
    expect(judged('本年度未发出信息处理费收费通知，未收取信息处理费。', 1)).toEqual([
      [
        'fees.notices',
        'error',
        ['sections:other', 'fees:notices', 'requests:r6_2.tot'],
        '未发出信息处理费收费通知'
      ]
    ])
    expect(judged('本年度发出收费通知1件，收费通知总金额100元，实际收取信息处理费115元。')).toEqual([
      [
        'fees.collected',
        'warning',
        ['sections:other', 'fees:collected', 'fees:noticedAmount'],
        '实际收取信息处理费115元'
      ],
      ['fees.tens', 'warning', ['sections:other', 'fees:collected'], '实际收取信息处理费115元']
    ])
    expect(judged('本年度发出收费通知1件，收费通知总金额100元，实际收取信息处理费100元。', 1)).toEqual([])
  })

  it('a fee the words of 六 state otherwise than the form is found in the words (a click selects them)', () => {
    const r = structuredClone(base)
    r.fees = { notices: 2, noticedAmount: 100, collected: 100 }
    r.sections.other = '本年度发出收费通知1件，收费通知总金额100元，实际收取信息处理费100元。'
    expect(
      checkReport(r)
        .filter((f) => f.rule === 'fees.prose')
        .map((f) => [f.cells, f.quote])
    ).toEqual([[['sections:other', 'fees:notices'], '发出收费通知1件']])
  })

  it('money another tool wrote as a binary fraction (0.1+0.2) is the amount it means (FEE-03)', () => {
    const r = structuredClone(base)
    r.fees = { notices: 1, noticedAmount: 0.3, collected: 0.1 + 0.2 }
    r.sections.other = '本年度发出收费通知1件，收费通知总金额0.3元，实际收取信息处理费0.3元。'
    expect(
      checkReport(r)
        .filter((f) => f.rule === 'fees.collected' || f.rule === 'fees.prose')
        .map((f) => f.message)
    ).toEqual([])
  })

  it('an empty 六 is an error unless the fee figures of the form are printed under it (STR-01)', () => {
    const empty = (fees: Report['fees']) => {
      const r = structuredClone(base)
      r.sections.other = ''
      r.fees = fees
      return checkReport(r)
        .filter((f) => f.rule === 'section.empty')
        .map((f) => f.severity)
    }
    expect(empty({ notices: null, noticedAmount: null, collected: null })).toEqual(['error'])
    expect(empty({ notices: 0, noticedAmount: 0, collected: 0 })).toEqual(['warning'])
  })

  it('a part with neither words nor its table is told to have its table, 0 where nothing happened (STR-04)', () => {
    const r = structuredClone(base)
    r.sections.review = ''
    for (const k of Object.keys(r.tables.review)) r.tables.review[k] = null
    expect(
      checkReport(r)
        .filter((f) => f.rule === 'section.missing')
        .map((f) => [f.severity, f.message])
    ).toEqual([
      [
        'error',
        '“四、政府信息公开行政复议、行政诉讼情况”部分是空的：按格式，这一部分要列出表四；请填写表四，没有发生的填0'
      ]
    ])
  })

  it('the year and the 统计期限 do not make an overview its agency’s own (STR-11)', () => {
    const generic = (overview: string) => {
      const r = structuredClone(base)
      r.sections.overview = overview
      return checkReport(r).some((f) => f.rule === 'section.generic')
    }
    const words =
      '我单位认真贯彻落实政府信息公开工作要求，扎实做好主动公开、依申请公开、政府信息管理、平台建设和监督保障等工作，将政务公开纳入工作考核，开展社会评议，落实责任追究制度。'
    expect(generic(`２０２４年，${words}本报告统计期限为2024年1月1日至2024年12月31日。`)).toBe(true)
    expect(generic(`2024年，${words}全年主动公开政府信息１２３条。`)).toBe(false)
    expect(generic(`2024年，${words}印发《政务公开工作要点》。`)).toBe(false)
  })

  it('tables all 0 two years running are a copy only where the prose says something was done (XY-04)', () => {
    const zero = (r: Report) => {
      for (const t of getFormat(r.format).tables) for (const c of t.cells) r.tables[t.id][c.key] = 0
      r.sections = otherProse(r)
      return r
    }
    const r = zero(structuredClone(base))
    const last = zero(lastYearOf(base))
    r.sections.requests = '本年度未收到政府信息公开申请。'
    const identical = () => checkReport(r, last).some((f) => f.rule === 'crossYear.identical')
    expect(identical()).toBe(false)
    r.sections.requests = '本年度新收政府信息公开申请5件。'
    expect(identical()).toBe(true)
  })

  it('a count of six parts, today’s 条例 and today’s categories raise nothing', () => {
    const r = structuredClone(base)
    r.sections.overview = `本报告由总体情况等六个部分组成。${r.sections.overview}`
    r.sections.other = `${r.sections.other}依据《条例》第五十条和第三十一条的规定办理；全年予以公开12件，部分公开3件。2025年，我局将进一步加强政务公开。`
    expect(checkReport(r)).toEqual([])
  })

  it('names each old word once, as the longest that covers it, with today’s category', () => {
    const r = structuredClone(base)
    r.sections.requests =
      '同意部分公开2件，不同意公开1件，不同意公开的理由已告知；与生产生活科研需要无关的不再审查。'
    const messages = checkReport(r)
      .filter((f) => f.rule === 'prose.legacyOutcome')
      .map((f) => f.message)
    expect(messages).toHaveLength(3)
    expect(messages[0]).toContain('“同意部分公开”')
    expect(messages[0]).toContain('（二）部分公开')
    expect(messages[1]).toContain('“不同意公开”')
    expect(messages[1]).toContain('（三）不予公开')
    expect(messages[2]).toContain('已取消')
  })

  // F6 cannot fail while F1 holds (r7 ≥ 0): where the balance fails, the bound is not said again.
  it.each([
    [
      'requests.nextBound',
      (r: Report) => {
        for (const k of ['next.oth', 'next.tot']) r.tables.requests[k]! += 5
        r.tables.requests['r6_3.oth'] = 0
        r.tables.requests['r6_3.tot'] = 0
        r.tables.requests['r7.oth'] = 0
        r.tables.requests['r7.tot']! -= 1
      }
    ],
    [
      'requests.doneBound',
      (r: Report) => {
        r.tables.requests['r1.oth'] = 3
        r.tables.requests['r1.tot']! += 3
        r.tables.requests['r7.oth']! += 3
        r.tables.requests['r7.tot']! += 3
      }
    ]
  ])('%s is not said where the balance fails, which it follows from', (bound, edit) => {
    const r = structuredClone(base)
    edit(r)
    const rules = checkReport(r).map((f) => f.rule)
    expect(rules).toContain('requests.balance')
    expect(rules).not.toContain(bound)
    // Still declared, with the rule it follows from.
    const id = getFormat('2021').identities.find((i) => i.rule === bound && i.where === '表三“其他”列')!
    expect(id.impliedBy).toBe('requests.balance')
  })

  it.each(cases2021)('%s', (rule, edit, also = []) => {
    const r = structuredClone(base)
    const last = lastYearOf(base)
    edit(r, last)
    const rules = [...new Set(checkReport(r, last).map((f) => f.rule))].sort()
    expect(rules).toEqual([rule, ...also].sort())
  })
})

const cases2019: Case[] = [
  ['active.publishedBound', (r) => (r.tables.active['norm.newPublished'] = 30)],
  ['active.itemContinuity', (_r, last) => (last.tables.active['licence.change'] = 4)],
  [
    'active.publishedCumulative',
    (r, last) => (last.tables.active['reg.totalPublished'] = r.tables.active['reg.totalPublished']! + 3)
  ],
  ['cell.amountUnit', (r) => delete r.units],
  ['fees.premature', (r) => (r.fees = { notices: 1, noticedAmount: 100, collected: 100 })],
  ['fees.premature', (r) => (r.sections.other = '本年度收取信息处理费200元。')],
  ['cell.domain', (r) => (r.tables.active['licence.change'] = 0.5)]
]

describe('2019: each rule alone', () => {
  const base = loadFixture('valid-2019.json')
  const lastYear = (): Report => {
    const last = structuredClone(base)
    last.year = 2019
    last.sections = otherProse(base)
    for (const item of ['licence', 'otherService', 'penalty', 'coercion', 'fees']) {
      const now = base.tables.active[`${item}.lastYear`]!
      last.tables.active[`${item}.lastYear`] = now - 1
      last.tables.active[`${item}.change`] = 1
    }
    for (const c of ['np', 'biz', 'sci', 'npo', 'law', 'oth', 'tot']) {
      last.tables.requests[`next.${c}`] = base.tables.requests[`carry.${c}`]
    }
    return last
  }

  it('the base and its last year raise nothing', () => {
    expect(checkReport(base)).toEqual([])
    expect(checkReport(base, lastYear())).toEqual([])
  })

  it('a running total that falls from last year is a warning that says when to let it be', () => {
    const r = structuredClone(base)
    const last = lastYear()
    const now = r.tables.active['norm.totalPublished']!
    last.tables.active['norm.totalPublished'] = now + 2
    const [f] = checkReport(r, last)
    expect(f).toMatchObject({ rule: 'active.publishedCumulative', severity: 'warning' })
    expect(f.cells).toEqual(['active:norm.totalPublished'])
    expect(f.message).toBe(
      `表二“规范性文件”行：上年报告的对外公开总数量=${now + 2}，大于本年对外公开总数量=${now}，多出2` +
        '（对外公开总数量为累计数的，不会少于上年）'
    )
    // Without last year's figure there is nothing to compare.
    delete last.tables.active['norm.totalPublished']
    expect(checkReport(r, last)).toEqual([])
  })

  it.each(cases2019)('%s', (rule, edit, also = []) => {
    const r = structuredClone(base)
    const last = lastYear()
    edit(r, last)
    const rules = [...new Set(checkReport(r, last).map((f) => f.rule))].sort()
    expect(rules).toEqual([rule, ...also].sort())
  })
})
