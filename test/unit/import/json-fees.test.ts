import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importReport } from '@shared/import'
import { parseReportJson, serializeReport } from '@shared/model/json'
import { readFees } from '@shared/model/feeWords'

const valid = readFileSync('test/fixtures/reports/valid-2021.json', 'utf8')

describe('import of report-json', () => {
  it('reads our own JSON export back as it is', async () => {
    const r = await importReport({ name: '某报告.json', data: new TextEncoder().encode(valid) })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(serializeReport(r.report)).toBe(serializeReport(parseReportJson(valid).report!))
    expect(r.problems).toEqual([])
  })

  it('refuses a JSON file that is no report, with the reason in Chinese', async () => {
    const r = await importReport({ name: 'x.json', data: '{"schema":"something-else"}' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fff]/)
  })
})

describe('信息处理费 figures in words', () => {
  it('reads the statutory wording 收费通知件数N件', () => {
    const got = readFees('本年度收费通知件数0件，收费通知总金额0元，实际收取总金额0元。')
    expect(got.find((f) => f.key === 'notices')?.value).toBe(0)
  })

  it('reads full-width digits as an IME types them, quoting the words as written', async () => {
    expect(
      readFees('收费通知２件，实际收取３９４０元。').map(({ key, value, text }) => [key, value, text])
    ).toEqual([
      ['notices', 2, '收费通知２件'],
      ['collected', 3940, '实际收取３９４０元']
    ])
    const r = await importReport({
      name: 'x.txt',
      data: '某某县教育局2024年政府信息公开工作年度报告\n六、其他需要报告的事项\n全年收取信息处理费 ３９４０ 元。'
    })
    if (!r.ok) throw new Error(r.message)
    expect(r.report.fees.collected).toBe(3940)
  })

  it('reads the year’s own figures, not the rate, another year’s or a sum waived', async () => {
    const r = await importReport({
      name: 'x.txt',
      data: [
        '某某县教育局2024年政府信息公开工作年度报告',
        '六、其他需要报告的事项',
        '本年度未发出收费通知，未收取信息处理费。',
        '依据《政府信息公开信息处理费管理办法》，同一申请人一个自然月内累计申请11—30件的部分，按每件收取信息处理费100元。',
        '2023年度，本机关发出收费通知1件，收费通知金额100元；对1件申请应收取信息处理费200元，经审核予以免收。'
      ].join('\n')
    })
    if (!r.ok) throw new Error(r.message)
    expect(r.report.fees).toEqual({ notices: 0, noticedAmount: 0, collected: 0 })
  })
})
