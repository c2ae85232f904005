import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import { sampleReport } from '@shared/sample'
import { PROSE_FIXES } from '@shared/text/fixes'

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
