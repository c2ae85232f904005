// Correct sentences officials write about something other than the table's figure — a part of a breakdown,
// another year, a subset of the answers, another office's requests, a waiver — against the same shape
// contradicting the table. Each report is valid-2021.json (no finding) with one sentence of 总体情况 changed:
// an error there keeps a correct report from being published, so the rules stay silent unless the sentence
// is plainly about the table's own figure.
import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import type { Report } from '@shared/model/report'
import { loadFixture } from './fixtures'

// valid-2021: 新收27 (自然人20, 法人或其他组织7), 上年结转2, 办结28 (予以公开15), 结转下年度1; 主动公开1860条;
// 行政复议3, 行政诉讼1; 行政事业性收费35.5万元.
const NEW = '本年新收政府信息公开申请27件'
const DONE = '办结28件'
const SHARE = '其中予以公开15件，占办结总数的53.6%'

/** valid-2021 with `from` in 总体情况 replaced by `to`: the findings of `rules`, as [rule, message]. */
function found(from: string, to: string, rules: readonly string[]): [string, string][] {
  const r: Report = loadFixture('valid-2021.json')
  expect(r.sections.overview).toContain(from)
  r.sections.overview = r.sections.overview.replace(from, to)
  return checkReport(r)
    .filter((f) => rules.includes(f.rule))
    .map((f) => [f.rule, f.message])
}

const QUANTITY = ['prose.quantity', 'prose.conflict'] as const
const BREAKDOWN = ['prose.partsSum', 'prose.partOverWhole'] as const
const PERCENT = ['prose.percentage', 'prose.percentRounding'] as const
const ALL = [...QUANTITY, ...BREAKDOWN, ...PERCENT, 'prose.none'] as const

describe('a part of a breakdown is not the whole (NAR-01)', () => {
  it.each([
    [NEW, `${NEW}（其中通过网络平台收到申请20件，通过信函收到申请7件）`],
    [NEW, `${NEW}，其中局机关新收申请20件，下属单位新收申请7件`]
  ])('%s → %s: nothing', (from, to) => {
    expect(found(from, to, ALL)).toEqual([])
  })

  it.each([
    // An item naming the figure itself, with nothing before it, is the table's.
    [
      '本年新收政府信息公开申请27件，上年结转2件',
      '全年共处理政府信息公开申请29件，其中新收申请25件，上年结转2件'
    ],
    [
      '本年新收政府信息公开申请27件，上年结转2件',
      '全年共处理政府信息公开申请29件，其中本年新收申请25件，上年结转2件'
    ],
    // Outside a breakdown, the usual words before it.
    [NEW, '本年新收政府信息公开申请25件'],
    [NEW, '全市共受理政府信息公开申请25件']
  ])('%s → %s: the figure is read', (from, to) => {
    expect(found(from, to, QUANTITY).map(([rule]) => rule)).toEqual(['prose.quantity'])
  })
})

describe('a figure of another year is not this year’s (NAR-01)', () => {
  it.each([
    [NEW, `${NEW}，上年同期收到政府信息公开申请20件`],
    [NEW, `${NEW}，较2023年（收到申请20件）增长35%`],
    [NEW, `${NEW}，上年新收20件`],
    [DONE, `${DONE}，上年办结20件`],
    [NEW, `${NEW}。2023年，我局收到政府信息公开申请20件`]
  ])('%s → %s: nothing', (from, to) => {
    expect(found(from, to, ALL)).toEqual([])
  })

  it.each([
    [NEW, '2024年收到政府信息公开申请20件'],
    [NEW, '2024年，我局收到政府信息公开申请20件'],
    [DONE, '办结20件，上年办结19件']
  ])('%s → %s: this year’s figure is read', (from, to) => {
    expect(found(from, to, QUANTITY).map(([rule]) => rule)).toEqual(['prose.quantity'])
  })
})

describe('办结 and 答复: the requests answered, not a subset, a time or another office’s (NAR-01)', () => {
  it.each([
    [DONE, `${DONE}，其中按期答复27件，延期答复1件`],
    [DONE, `${DONE}，按期答复27件`],
    [DONE, `${DONE}（其中当场答复3件）`],
    [DONE, `${DONE}，平均答复5个工作日`],
    ['（一）主动公开。', '（一）主动公开。全年政务服务中心受理申请5000件，办结4998件。'],
    ['（一）主动公开。', '（一）主动公开。全年政务服务中心受理行政许可申请5000件，办结申请4998件。']
  ])('%s → %s: nothing', (from, to) => {
    expect(found(from, to, ALL)).toEqual([])
  })

  it.each([
    [DONE, '办结30件'],
    [DONE, '共办结30件'],
    [DONE, '已答复30件'],
    [DONE, '办结申请30件'],
    ['（一）主动公开。', '（一）主动公开。全年共答复政府信息公开申请30件。'],
    ['（一）主动公开。', '（一）主动公开。政府信息公开申请均已办结，全年共办结30件。']
  ])('%s → %s: the figure is read', (from, to) => {
    expect(found(from, to, QUANTITY).map(([rule]) => rule)).toEqual(['prose.quantity'])
  })
})

describe('a share is judged only against a part and a whole it plainly names (NAR-02)', () => {
  it.each([
    [SHARE, '其中予以公开的占53.6%，部分公开的占14.3%'],
    [NEW, `${NEW}，其中通过网络提交的申请占比约74%`],
    ['占办结总数的53.6%', '占全部申请的51.7%'],
    // 1860条 of （一） is not the whole of a share in （二）: 996÷1860 is 53.55%, 997÷1860 53.60%.
    ['（二）依申请公开。', '（二）依申请公开。予以公开的申请占比53.57%。']
  ])('%s → %s: nothing', (from, to) => {
    expect(found(from, to, ALL)).toEqual([])
  })

  it.each([
    [SHARE, '其中予以公开的占55%，部分公开的占14.3%', '28件中不可能恰好占55%'],
    [NEW, `${NEW}，其中通过网络提交的申请占比55%`, '27件中不可能恰好占55%'],
    ['占办结总数的53.6%', '占总数的51.7%', '15÷28=53.57%，不是51.7%'],
    ['占办结总数的53.6%', '占全部办结申请的51.7%', '15÷28=53.57%，不是51.7%']
  ])('%s → %s: %s', (from, to, message) => {
    const got = found(from, to, PERCENT)
    expect(got).toHaveLength(1)
    expect(got[0]).toEqual(['prose.percentage', expect.stringContaining(message)])
  })
})

describe('a sum waived is not the fees collected (NAR-01)', () => {
  const at = '（一）主动公开。'
  it('累计减免涉企行政事业性收费12万元: nothing', () => {
    expect(found(at, `${at}全年累计减免涉企行政事业性收费12万元。`, ALL)).toEqual([])
  })
  it('累计收取行政事业性收费12万元: read against table 二', () => {
    expect(found(at, `${at}全年累计收取行政事业性收费12万元。`, QUANTITY).map(([r]) => r)).toEqual([
      'prose.quantity'
    ])
  })
})

describe('a 其中 list ends where its items do (NAR-03, NAR-04)', () => {
  it.each([
    // The list of applicants ends before 上年结转 and 办结, which are not applicants.
    [NEW, `${NEW}，其中自然人申请20件、法人或其他组织申请7件`],
    [NEW, `${NEW}，其中自然人申请20件，法人或其他组织申请7件`],
    // Ended by its items, a list is not held to make up the whole: 当面申请7件 may be one of them.
    [NEW, `${NEW}，其中网上申请15件、信函申请5件，当面申请7件`],
    // 延期答复1件 is an item of the list before it, not the whole of the 其中 after it.
    [DONE, `${DONE}，其中按期答复27件，延期答复1件`],
    // 5个工作日 is a time, not a whole.
    [DONE, `${DONE}，平均答复5个工作日`]
  ])('%s → %s: nothing', (from, to) => {
    expect(found(from, to, BREAKDOWN)).toEqual([])
  })

  it.each([
    [NEW, `${NEW}，其中自然人申请30件、法人或其他组织申请7件`, 'prose.partOverWhole', '其中一项30大于总数27'],
    [NEW, `${NEW}，其中自然人申请20件、法人或其他组织申请17件`, 'prose.partsSum', '20+17=37，多于总数27'],
    [NEW, `${NEW}，其中自然人申请20件，法人或其他组织申请17件`, 'prose.partsSum', '20+17=37，多于总数27'],
    [DONE, `${DONE}，其中按期答复27件，延期答复3件`, 'prose.partsSum', '27+3=30，多于总数28'],
    [SHARE, '平均答复5个工作日，其中予以公开30件', 'prose.partOverWhole', '其中一项30大于总数28']
  ])('%s → %s: %s', (from, to, rule, message) => {
    const got = found(from, to, BREAKDOWN)
    expect(got).toHaveLength(1)
    expect(got[0]).toEqual([rule, expect.stringContaining(message)])
  })
})

describe('a total of new and carried-over requests is not the new (NAR-01)', () => {
  const BOTH = '本年新收政府信息公开申请27件，上年结转2件'
  it.each([
    [BOTH, '共受理政府信息公开申请29件，其中新收申请27件，上年结转2件'],
    [BOTH, '共收到政府信息公开申请29件，其中上年结转2件']
  ])('%s → %s: nothing', (from, to) => {
    expect(found(from, to, ALL)).toEqual([])
  })

  it('共收到申请29件 (27 new and 2 carried over), no 其中 after it: nothing; 30件 is named', () => {
    expect(found(BOTH, '共收到申请29件，已全部答复28件，剩余1件结转下年度', ALL)).toEqual([])
    expect(found(BOTH, '共收到申请30件，已全部答复28件，剩余1件结转下年度', QUANTITY)).toEqual([
      ['prose.quantity', expect.stringContaining('写“收到申请30件”')]
    ])
  })

  it('共受理政府信息公开申请29件，其中新收申请25件: the 25 is read, not the 29', () => {
    const got = found(BOTH, '共受理政府信息公开申请29件，其中新收申请25件，上年结转2件', QUANTITY)
    expect(got).toEqual([['prose.quantity', expect.stringContaining('写“新收申请25件”')]])
  })
})

describe('未 in another phrase is not “none happened” (NAR-01 none)', () => {
  const REVIEW = '本年度发生政府信息公开行政复议3件'
  it.each([
    [REVIEW, '申请人对未予公开的答复不服申请行政复议3件'],
    ['行政诉讼1件', '上年未审结的行政诉讼1件']
  ])('%s → %s: nothing', (from, to) => {
    expect(found(from, to, ALL)).toEqual([])
  })

  it.each([
    [REVIEW, '本年度未发生因政府信息公开引起的行政复议'],
    [REVIEW, '本年度没有政府信息公开行政复议案件'],
    ['行政诉讼1件', '未被提起政府信息公开行政诉讼']
  ])('%s → %s: said against the table', (from, to) => {
    expect(found(from, to, ['prose.none']).map(([r]) => r)).toEqual(['prose.none'])
  })
})

/** valid-2021 with `text` after its section `id`: the findings of `rules`, as [rule, message]. */
function added(id: keyof Report['sections'], text: string, rules: readonly string[], agency?: string) {
  const r: Report = loadFixture('valid-2021.json')
  r.sections[id] = `${r.sections[id]}\n${text}`
  if (agency) r.agency = agency
  return checkReport(r)
    .filter((f) => rules.includes(f.rule))
    .map((f) => [f.rule, f.message])
}

describe('a figure of another body, another time, some requests or two items is not the table’s (NAR-01)', () => {
  it.each([
    // Another body: an area beside the agency's own, levels, towns, departments, a named 局, the 复议机关.
    ['requests', '全市共收到政府信息公开申请1560件，其中本机关新收27件。'],
    ['requests', '全市共收到政府信息公开申请1560件。本机关收到政府信息公开申请27件。'],
    ['review', '全区各级行政机关共被申请行政复议126件，本机关被申请行政复议3件。'],
    [
      'review',
      '全市共发生政府信息公开行政复议案件56件、行政诉讼案件23件，其中涉及本机关行政复议3件、行政诉讼1件。'
    ],
    ['review', '2024年度，市政府办公室共办理政府信息公开行政复议案件12件，本机关作为被申请人的3件。'],
    ['active', '全市共制发行政规范性文件86件，其中本机关制发行政规范性文件5件。'],
    ['active', '2024年，全市各级行政机关作出行政处罚决定3.2万件，其中本机关作出行政处罚决定300件。'],
    ['requests', '各乡镇（街道）共收到政府信息公开申请85件，区政府各部门收到政府信息公开申请236件。'],
    ['requests', '住建局收到申请12件，自然资源局收到申请8件，分列前两位。'],
    [
      'review',
      '本机关作为复议机关，全年共收到行政复议申请215件，审结198件。因政府信息公开被申请行政复议3件。'
    ],
    // Another time than the year.
    ['requests', '条例实施以来，累计收到政府信息公开申请356件。'],
    ['requests', '近三年共收到政府信息公开申请90件。'],
    ['requests', '今年上半年收到政府信息公开申请12件，下半年收到政府信息公开申请15件。'],
    ['requests', '第四季度新收申请8件，为全年最多。'],
    ['requests', '1-6月收到政府信息公开申请12件。'],
    ['active', '同比上年，行政许可决定1500件减少至1200件。'],
    // The outcomes of some requests.
    ['requests', '上年结转的2件申请中，予以公开1件，不予处理1件。'],
    ['requests', '对上年结转的2件申请，予以公开1件，不予处理1件。'],
    ['requests', '上年结转的2件申请已全部办结，其中予以公开1件，不予处理1件。'],
    ['requests', '自然人提出的申请中，予以公开12件，部分公开3件。'],
    ['requests', '涉及征收领域的11件申请中，予以公开5件，无法提供4件，不予处理2件。'],
    ['requests', '新收申请27件中，予以公开14件，部分公开4件。'],
    // One figure for two items.
    ['requests', '办结28件，予以公开和部分公开19件。'],
    // The documents a review went through, before it.
    ['active', '开展行政规范性文件清理，清理现行有效行政规范性文件52件，废止2件，修改3件，保留40件。']
  ] as const)('%s: %s: nothing', (id, text) => {
    expect(added(id, text, [...QUANTITY, 'prose.none'])).toEqual([])
  })

  it('全市 in a department’s report is the city’s', () => {
    expect(found(NEW, '全市共受理政府信息公开申请25件', QUANTITY)).toHaveLength(1)
    const r: Report = loadFixture('valid-2021.json')
    r.agency = '某某市教育局'
    r.sections.overview = r.sections.overview.replace(NEW, '全市共受理政府信息公开申请25件')
    expect(checkReport(r).filter((f) => f.rule === 'prose.quantity')).toEqual([])
  })

  it.each([
    ['requests', '全市共收到政府信息公开申请1560件，其中本机关新收30件。', '新收30件'],
    ['review', '全区各级行政机关共被申请行政复议126件，本机关被申请行政复议4件。', '被申请行政复议4件'],
    ['review', '全市共发生政府信息公开行政复议案件56件，本机关被申请行政复议4件。', '行政复议4件'],
    ['active', '全市共制发行政规范性文件86件，其中本机关制发行政规范性文件6件。', '制发行政规范性文件6件'],
    [
      'active',
      '2024年，全市各级行政机关作出行政处罚决定3.2万件，其中本机关作出行政处罚决定301件。',
      '行政处罚决定301件'
    ],
    [
      'review',
      '本机关作为复议机关，全年共收到行政复议申请215件。因政府信息公开被申请行政复议4件。',
      '行政复议4件'
    ],
    ['requests', '市政府收到申请30件。', '收到申请30件'],
    [
      'requests',
      '今年上半年收到政府信息公开申请12件，全年共收到政府信息公开申请30件。',
      '收到政府信息公开申请30件'
    ],
    ['requests', '全年累计收到政府信息公开申请30件。', '收到政府信息公开申请30件'],
    ['requests', '今年以来，共收到政府信息公开申请30件。', '收到政府信息公开申请30件'],
    ['requests', '2024年1-12月共收到政府信息公开申请30件。', '收到政府信息公开申请30件'],
    ['requests', '对上述申请，予以公开16件。', '予以公开16件'],
    ['requests', '在依申请公开工作中，共收到政府信息公开申请30件。', '收到政府信息公开申请30件'],
    ['requests', '办结的28件申请中，予以公开16件。', '予以公开16件'],
    ['requests', '新收申请中，自然人申请21件。', '自然人申请21件'],
    ['requests', '上年结转的2件申请已全部办结。本年办结28件，其中予以公开16件。', '予以公开16件'],
    ['requests', '予以公开15件和部分公开5件。', '部分公开5件'],
    ['active', '行政许可决定1300件。', '行政许可决定1300件'],
    ['active', '经清理，现行有效行政规范性文件41件。', '现行有效行政规范性文件41件'],
    ['active', '清理后现行有效行政规范性文件41件。', '现行有效行政规范性文件41件']
  ] as const)('%s: %s: 写“%s” is named', (id, text, quote) => {
    const got = added(id, text, QUANTITY)
    expect(got).toEqual([['prose.quantity', expect.stringContaining(`写“${quote}”`)]])
  })
})

describe('未 of an outcome, a kind or a duty says nothing of the whole (NAR-01 none)', () => {
  // As valid-2021 with no 行政复议 corrected: 3 cases, 2 upheld and 1 pending; 1 行政诉讼, brought directly.
  const nones = (id: keyof Report['sections'], text: string) => {
    const r: Report = loadFixture('valid-2021.json')
    r.tables.review['rev.keep'] = 2
    r.tables.review['rev.fix'] = 0
    r.sections[id] = `${r.sections[id]}\n${text}`
    return checkReport(r)
      .filter((f) => f.rule === 'prose.none' || f.rule === 'prose.quantity')
      .map((f) => f.quote)
  }

  it.each([
    ['review', '未发生行政复议被纠错的情况。'],
    ['review', '本年度未发生因政府信息公开被申请行政复议、提起行政诉讼后被纠错的情况。'],
    ['requests', '本年度未发生逾期答复情况，未收到因答复不及时引起的行政复议申请。'],
    ['overview', '全年未发生泄密事件，未发生因信息公开引发的行政诉讼败诉案件。'],
    ['overview', '未出现因政府信息公开不到位引发行政复议、行政诉讼败诉的情况。'],
    ['review', '本年度行政诉讼1件，未被提起复议后起诉的行政诉讼。'],
    ['requests', '不存在应受理而未受理申请的情况。'],
    ['requests', '未收到申请公开信息处理费相关投诉。']
  ] as const)('%s: %s: nothing', (id, text) => {
    expect(nones(id, text)).toEqual([])
  })

  it.each([
    [
      'review',
      '本年度未发生因政府信息公开引起的行政复议、行政诉讼。',
      '未发生因政府信息公开引起的行政复议',
      '未发生因政府信息公开引起的行政复议、行政诉讼'
    ],
    ['review', '未发生行政复议，行政诉讼中无败诉。', '未发生行政复议'],
    ['requests', '本年度未受理政府信息公开申请。', '未受理政府信息公开申请'],
    // One outcome excused does not hide the whole said as none after it.
    ['review', '未发生行政复议被纠错的情况，全年未被提起行政诉讼。', '未被提起行政诉讼']
  ] as const)('%s: %s: “%s” is named', (id, text, ...quotes) => {
    expect(nones(id, text)).toEqual(quotes)
  })
})

describe('未…被纠错 and 败诉 are held to 结果纠正 (NAR-01 none)', () => {
  // valid-2021: 1 行政复议 corrected, no 行政诉讼 lost.
  const nones = (text: string) => {
    const r: Report = loadFixture('valid-2021.json')
    r.sections.review = text
    return checkReport(r)
      .filter((f) => f.rule === 'prose.none')
      .map((f) => [f.quote, f.cells])
  }
  it.each([
    ['未发生行政复议被纠错的情况。', '未发生行政复议被纠错'],
    ['本年度未发生行政复议、行政诉讼案件被纠错的情况。', '未发生行政复议、行政诉讼案件被纠错']
  ])('%s: “%s” is named against 行政复议 结果纠正', (text, quote) => {
    expect(nones(text)).toEqual([[quote, ['sections:review', 'review:rev.fix']]])
  })
  it('未发生因信息公开引发的行政诉讼败诉案件, none lost: nothing', () => {
    expect(nones('未发生因信息公开引发的行政诉讼败诉案件。')).toEqual([])
  })
})

describe('结转下年度 in the table’s own words (NAR-01)', () => {
  it('本年度新收申请27件，上年结转2件，办结28件，结转下年度1件: nothing', () => {
    expect(added('requests', '本年度新收申请27件，上年结转2件，办结28件，结转下年度1件。', ALL)).toEqual([])
  })
  it('…结转下年度2件: the figure is named', () => {
    expect(added('requests', '本年度新收申请27件，上年结转2件，办结28件，结转下年度2件。', QUANTITY)).toEqual(
      [['prose.quantity', expect.stringContaining('写“结转下年度2件”')]]
    )
  })
})
