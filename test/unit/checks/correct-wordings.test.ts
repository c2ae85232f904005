// Sentences officials write in a correct report, which the checks once read as errors: an error stops the
// report from being published, so each of these must pass, while the wording the rule is for still fails.
import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import { exportReport } from '@shared/export'
import { parseReportJson } from '@shared/model/json'
import type { Report } from '@shared/model/report'
import { loadFixture } from './fixtures'

const rules = (report: Report): string[] => checkReport(report).map((f) => f.rule)

describe('correct wordings', () => {
  it('六 explaining a lapsed request in table 三’s words (逾期未按收费通知…) states no 收费通知 of 0', async () => {
    const report = loadFixture('valid-2021.json')
    report.tables.requests['r6_2.np'] = 1
    report.tables.requests['r6_2.tot'] = 1
    for (const k of ['r6_3', 'r7'] as const) report.tables.requests[`${k}.np`] = null
    report.fees = { notices: null, noticedAmount: null, collected: null }
    report.sections.other =
      '因申请人逾期未按收费通知要求缴纳费用而终止处理的申请1件。本年度实际收取信息处理费0元。'
    const missing = checkReport(report).find((f) => f.rule === 'fees.missing')
    expect(missing?.cells).toEqual(['fees:notices', 'fees:noticedAmount'])
    // the JSON export makes up no 0 for them either
    const json = parseReportJson((await exportReport(report, 'json')).data as string).report!
    expect([json.fees.notices, json.fees.noticedAmount, json.fees.collected]).toEqual([null, null, 0])
  })

  it('a waiver for some requests (对1件申请免收) is no 实际收取 of 0; 依法免收信息处理费 still is', () => {
    const report = loadFixture('valid-2021.json')
    report.fees = { notices: 1, noticedAmount: 200, collected: 200 }
    report.sections.other =
      '本年度发出收费通知1件，收费通知总金额200元，已全额收取。对另1件申请依法免收信息处理费。'
    expect(rules(report).filter((r) => r.startsWith('fees.'))).toEqual([])
    report.sections.other = '本年度依法免收信息处理费。'
    expect(checkReport(report).find((f) => f.cells.includes('fees:collected'))?.severity).toBe('error')
  })

  it('last year’s report referred to (对照…报告中提出的问题, …报告中…误填，特此更正) is no wrong self-reference', () => {
    const report = loadFixture('valid-2021.json')
    report.sections.overview = `对照2023年政府信息公开工作年度报告中提出的问题，逐项整改。\n${report.sections.overview}`
    report.sections.other = `${report.sections.other}\n2023年政府信息公开工作年度报告中表三“上年结转”误填为3件，应为2件，特此更正。`
    expect(rules(report)).not.toContain('meta.year')
    // this report named with last year's year, as a recycled text does, still is one
    report.sections.overview = `现公布某某市人民政府2023年政府信息公开工作年度报告。\n${report.sections.overview}`
    expect(rules(report)).toContain('meta.year')
  })

  it('a 人民政府 writing 绩效考评 states its 工作考核', () => {
    const report = loadFixture('valid-2021.json')
    report.sections.overview = report.sections.overview.replace(/考核/g, '绩效考评')
    expect(report.sections.overview).toContain('绩效考评')
    expect(rules(report)).not.toContain('section.governmentDuties')
    report.sections.overview = report.sections.overview.replace(/绩效考评/g, '督查')
    expect(rules(report)).toContain('section.governmentDuties')
  })
})

describe('wordings the rules are for, still found', () => {
  it('免收信息处理费 in a sentence that names its year is still no fee collected', async () => {
    const { statedFees } = await import('@shared/model/feeWords')
    expect(statedFees('2024年度，本机关免收信息处理费。').collected?.[0]?.value).toBe(0)
    expect(statedFees('本年度对3件申请依法免收信息处理费。').collected).toBeUndefined()
  })

  it('this report named with last year’s year in the template’s words (…报告中所列数据…) is a wrong self-reference', () => {
    const report = loadFixture('valid-2021.json')
    report.sections.overview = `本机关2023年政府信息公开工作年度报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n${report.sections.overview}`
    expect(rules(report)).toContain('meta.year')
  })
})

describe('信息处理费 in 六 that is not the year’s own', () => {
  // valid-2021 (the year 2024): no notice sent, nothing collected, as its 六 and its fee fields say.
  const fees = (other: string, blank = false): string[] => {
    const report = loadFixture('valid-2021.json')
    report.sections.other = `${report.sections.other}\n${other}`
    if (blank) {
      report.sections.other = other
      report.fees = { notices: null, noticedAmount: null, collected: null }
    }
    return checkReport(report)
      .filter((f) => f.rule.startsWith('fees.'))
      .map((f) => `${f.rule} ${f.message}`)
  }
  const STANDARD =
    '依据《政府信息公开信息处理费管理办法》，同一申请人一个自然月内累计申请11—30件的部分，按每件收取信息处理费100元。'

  it.each([
    '2023年度，本机关收取信息处理费100元。',
    '上年度发出收费通知1件，收费通知金额100元。',
    STANDARD,
    '对1件申请，按标准应收取信息处理费200元，经审核予以免收。',
    '全市共发出收费通知3件，收取信息处理费300元。'
  ])('%s: nothing', (other) => {
    expect(fees(other)).toEqual([])
  })

  it('未收取信息处理费 with the rate after it, the fields blank (as imported): a 0 collected', async () => {
    const { statedFees } = await import('@shared/model/feeWords')
    const other = `本年度未发出收费通知，未收取信息处理费。${STANDARD}`
    expect(fees(other, true)).toEqual([])
    expect(statedFees(other, 2024).collected?.map((s) => s.value)).toEqual([0])
  })

  it.each([
    ['本年度收取信息处理费100元。', '收取信息处理费100元'],
    ['2024年度，本机关收取信息处理费100元。', '收取信息处理费100元'],
    ['上年度发出收费通知1件，本年度发出收费通知2件。', '发出收费通知2件']
  ])('%s: 写“%s” is named', (other, quote) => {
    expect(fees(other)).toEqual([expect.stringMatching(new RegExp(`^fees.prose .*写“${quote}”`))])
  })

  it.each([
    '本年度发出收费通知1件，收费通知总金额100元。依据《办法》，同一申请人一个自然月内累计申请10件以下的不收费；11—30件的部分按每件收取信息处理费100元。',
    '本年度发出收费通知1件，收费通知总金额100元。上年度未收取信息处理费。'
  ])(
    '100元 collected in the form, %s: the rate’s free part or last year’s none is no 0 collected',
    (other) => {
      const report = loadFixture('valid-2021.json')
      report.fees = { notices: 1, noticedAmount: 100, collected: 100 }
      report.sections.other = other
      expect(rules(report).filter((r) => r.startsWith('fees.'))).toEqual([])
      report.sections.other = '本年度发出收费通知1件，收费通知总金额100元，未收取信息处理费。'
      expect(rules(report).filter((r) => r.startsWith('fees.'))).toEqual(['fees.prose'])
    }
  )

  it('a 2020 report stating the rate of the rules to come has no fees of its own; 本年度收取… still has', () => {
    const report = loadFixture('seed004-zengcheng-2020.json')
    report.sections.other =
      '依据《政府信息公开信息处理费管理办法》，自2021年1月1日起，同一申请人一个自然月内累计申请11—30件的部分，按每件收取信息处理费100元。'
    expect(rules(report)).not.toContain('fees.premature')
    report.sections.other = '本年度收取信息处理费200元。'
    expect(rules(report)).toContain('fees.premature')
  })
})
