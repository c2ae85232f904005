// Wrong figures written the way officials write about their own agency's year, which the checks must still
// find now that they pass over other bodies', other periods' and some requests' figures (prose-context):
// 2024年，累计…; 截至12月31日，累计…; the agency by its short name (市住建局) or as 全局; 未收到申请及咨询.
import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import type { Report } from '@shared/model/report'
import { loadFixture } from './fixtures'

// valid-2021: 新收27, 办结28, 处罚300, fees all 0; the sentences below say 30, 310 or 200元.
function rulesFor(text: string, at: 'requests' | 'other' | 'review' = 'requests', agency?: string): string[] {
  const r: Report = loadFixture('valid-2021.json')
  const before = new Set(checkReport(r).map((f) => f.rule + f.message))
  if (agency) {
    r.agency = agency
    r.agencyKind = 'department'
  }
  r.sections[at] = `${r.sections[at]}\n${text}`
  return checkReport(r)
    .filter((f) => /^(?:prose|fees)\./.test(f.rule) && !before.has(f.rule + f.message))
    .map((f) => f.rule)
}

describe('a cumulative figure of the year is the year’s', () => {
  it.each([
    '2024年，累计收到政府信息公开申请30件。',
    '2024年，本机关累计受理政府信息公开申请30件。',
    '截至12月31日，累计收到政府信息公开申请30件。',
    '截至2024年12月31日，累计受理政府信息公开申请30件。',
    '截至年底，累计办结政府信息公开申请30件。',
    '本年度共收到政府信息公开申请27件，累计办结30件。',
    '本年度以来，共收到政府信息公开申请30件。'
  ])('%s is held to the table', (text) => {
    expect(rulesFor(text)).toContain('prose.quantity')
  })

  it('while a figure since the regulations began is not', () => {
    expect(rulesFor('条例实施以来，累计收到政府信息公开申请356件。')).toEqual([])
  })
})

describe('the agency by its short name, or as 全局, is the agency', () => {
  it.each([
    ['市住建局共收到政府信息公开申请30件。', '某某市住房和城乡建设局'],
    ['市人社局共收到政府信息公开申请30件。', '某某市人力资源和社会保障局'],
    ['市市场监管局共收到政府信息公开申请30件。', '某某市市场监督管理局'],
    ['市政府办公室共收到政府信息公开申请30件。', '某某市人民政府办公室'],
    ['全局共收到政府信息公开申请30件。', '某某市住房和城乡建设局'],
    ['2024年，全局共受理政府信息公开申请30件。', '某某市住房和城乡建设局']
  ])('%s in %s’s report', (text, agency) => {
    expect(rulesFor(text, 'requests', agency)).toContain('prose.quantity')
  })

  it('while another body named in the report is not', () => {
    expect(
      rulesFor('市交通运输局共收到政府信息公开申请30件。', 'requests', '某某市住房和城乡建设局')
    ).toEqual([])
  })
})

describe('words around a sentence of the agency’s own do not make it another’s', () => {
  it.each([
    '根据各级部署要求，全年共收到政府信息公开申请30件。',
    '按照上级各部门要求，本年度共收到政府信息公开申请30件。'
  ])('%s', (text) => {
    expect(rulesFor(text)).toContain('prose.quantity')
  })

  it.each(['全年未收到政府信息公开申请及相关咨询。', '本年度未收到政府信息公开申请和投诉举报。'])(
    '%s: a none of requests and of something else is still a none of requests',
    (text) => {
      expect(rulesFor(text)).toContain('prose.none')
    }
  )
})

describe('the year’s own fee words', () => {
  it.each([
    '本年度累计收取信息处理费200元。',
    '全年累计收取信息处理费200元。',
    '2024年，累计收取信息处理费200元。',
    '今年以来，共收取信息处理费200元。',
    '按照全省统一标准，本年度收取信息处理费200元。'
  ])('%s is held to the form’s 0', (text) => {
    expect(rulesFor(text, 'other')).toContain('fees.prose')
  })
})
