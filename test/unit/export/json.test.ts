// The JSON export: what a report states, in the fields a JSON reader reads.
import { describe, expect, it } from 'vitest'
import { exportJson } from '@shared/export'
import { checkReport } from '@shared/checks'
import { emptyReport } from '@shared/model/report'

const fees = (json: string): unknown => (JSON.parse(json) as { fees: unknown }).fees

describe('exportJson: 信息处理费', () => {
  it('writes a fee left blank in the form as the text of 六 states it (“未收取” is a 0)', () => {
    const r = emptyReport('2021', 2024, '某某局', 'department')
    r.sections.other = '本年度未发出收费通知，未收取信息处理费。'
    expect(checkReport(r).some((f) => f.rule === 'fees.missing')).toBe(false)
    expect(fees(exportJson(r))).toEqual({ notices: 0, noticedAmount: 0, collected: 0 })
  })

  it('reads the figures as the checks do, full-width digits included; a figure in the form is kept', () => {
    const r = emptyReport('2021', 2024, '某某局', 'department')
    r.sections.other = '本年度发出收费通知２件，收费通知总金额３００元，实际收取总金额300元。'
    r.fees.collected = 200
    expect(fees(exportJson(r))).toEqual({ notices: 2, noticedAmount: 300, collected: 200 })
  })

  it('leaves blank a figure stated two ways, and one stated nowhere', () => {
    const r = emptyReport('2021', 2024, '某某局', 'department')
    r.sections.other = '全年收取信息处理费100元。另据财务统计，全年收取信息处理费120元。'
    expect(fees(exportJson(r))).toEqual({ notices: null, noticedAmount: null, collected: null })
  })

  it('writes the 2019 format, which has no fee figures, as it is', () => {
    const r = emptyReport('2019', 2019, '某某局', 'department')
    r.sections.other = '本年度未收取信息处理费。'
    expect(fees(exportJson(r))).toEqual(r.fees)
  })
})

describe('exportJson: sections', () => {
  it('writes each section without a heading pasted as its first line, as report-json has them', () => {
    const r = emptyReport('2021', 2024, '某某局', 'department')
    r.sections.overview = '一、总体情况\n　　2024年，本局认真贯彻落实《条例》。\n（一）主动公开。'
    r.sections.other = '六、其他需要报告的事项：本年度无其他需要报告的事项。'
    r.sections.problems = '　　一是公开质量有待提高。'
    const sections = (JSON.parse(exportJson(r)) as { sections: Record<string, string> }).sections
    expect(sections.overview).toBe('　　2024年，本局认真贯彻落实《条例》。\n（一）主动公开。')
    expect(sections.other).toBe('本年度无其他需要报告的事项。')
    expect(sections.problems).toBe('　　一是公开质量有待提高。')
  })
})
