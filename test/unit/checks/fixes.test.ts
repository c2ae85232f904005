import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import { sampleReport } from '@shared/sample'
import { PROSE_FIXES } from '@shared/checks/fixes'

describe('prose.fullWidthDigits: figures typed full-width in the prose', () => {
  it('is one warning per part, counting the numbers and quoting the first, with the correction offered', () => {
    const report = sampleReport()
    report.sections.active = '本年度制发规范性文件６件，废止２件，行政事业性收费１２．５万元。'
    const found = checkReport(report).filter((f) => f.rule === 'prose.fullWidthDigits')
    expect(found).toEqual([
      {
        rule: 'prose.fullWidthDigits',
        severity: 'warning',
        message:
          '“主动公开政府信息情况”部分有3处全角数字（如“６”），公文中的阿拉伯数字应为半角（GB/T 15835）',
        cells: ['sections:active'],
        quote: '６',
        fix: 'halfWidthDigits'
      }
    ])
  })

  it('is gone once the correction is applied, which changes the digits and their decimal point only', () => {
    const report = sampleReport()
    const typed = '全年主动公开１５６条，占比１２．５％；（一）项。'
    report.sections.overview = typed
    const fixed = PROSE_FIXES.halfWidthDigits(typed)
    expect(fixed).toBe('全年主动公开156条，占比12.5％；（一）项。')
    report.sections.overview = fixed
    expect(checkReport(report).some((f) => f.rule === 'prose.fullWidthDigits')).toBe(false)
  })

  it('leaves the sample, written half-width, alone', () => {
    expect(checkReport(sampleReport()).some((f) => f.rule === 'prose.fullWidthDigits')).toBe(false)
  })
})

describe('改为现行条例: the 2007 条例 cited as the current one', () => {
  const cite = (text: string) => {
    const report = sampleReport()
    report.sections.other = text
    return checkReport(report).filter((f) => f.rule === 'prose.oldRegulation')
  }

  it('writes 第711号 for 第492号, and the articles on the annual report as numbered since 2019', () => {
    const text =
      '本年度报告根据《中华人民共和国政府信息公开条例》（国务院令第492号）第三十一条、第三十二条要求编制。本局依法答复，见条例第三十一条以外的规定。'
    const found = cite(text)
    expect(found.map((f) => f.fix)).toEqual(['currentRegulation', 'currentRegulation'])
    const fixed = PROSE_FIXES.currentRegulation(text)
    expect(fixed).toBe(
      '本年度报告根据《中华人民共和国政府信息公开条例》（国务院令第711号）第四十九条、第五十条要求编制。本局依法答复，见条例第三十一条以外的规定。'
    )
    expect(cite(fixed)).toEqual([])
  })

  it('is not offered where the text as typed would not change (a citation broken over lines by a PDF)', () => {
    const found = cite('本年度报告依据《条例》第三\n十一条编制。')
    expect(found).toHaveLength(1)
    expect(found[0].fix).toBeUndefined()
  })
})
