// 表二's decisions written without 决定 (作出行政处罚12件), and 四's cases written without 申请 or 案件
// (本年度行政复议4件): read where the words still make them this agency's decisions or cases.
import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import type { SectionId } from '@shared/formats'
import { loadFixture } from './fixtures'

// valid-2021: 行政许可决定1200, 行政处罚决定300, 行政强制决定12; 行政复议3, 行政诉讼1+0.
function said(id: SectionId, sentence: string, fixture = 'valid-2021.json'): string[] {
  const r = loadFixture(fixture)
  r.sections[id] = `${r.sections[id]}\n${sentence}`
  return checkReport(r)
    .filter((f) => f.rule === 'prose.quantity')
    .map((f) => f.message)
}

describe('decisions of 表二 without 决定', () => {
  it.each([
    ['本年作出行政处罚300件。', 0],
    ['本年作出行政处罚12件。', 1],
    ['本年实施行政强制13件。', 1],
    ['本年作出行政许可决定1200件、行政处罚12件、行政强制12件。', 1],
    ['本年作出行政许可决定1200件，行政处罚300件，行政强制3件。', 1],
    ['本年作出行政许可1200件、行政处罚301件。', 1],
    ['本年作出行政许可1200件、行政处罚300件、行政强制12件。', 0]
  ])('%s → %i finding(s)', (sentence, n) => {
    expect(said('active', sentence)).toHaveLength(n)
  })

  it('names the words and the row', () => {
    expect(said('active', '本年作出行政处罚12件。')).toEqual([
      expect.stringMatching(/写“作出行政处罚12件”.*表二“行政处罚”行.*300/)
    ])
  })

  // Not surely decisions: alone, published, cases filed, items (项), others', another year's.
  it.each([
    '本年行政处罚12件。',
    '公开行政处罚信息12条，行政许可信息1500条。',
    '主动公开行政处罚12件。',
    '办理行政处罚案件12件。',
    '作出行政处罚决定300件，其中简易程序行政处罚12件。',
    '全市各级行政机关作出行政处罚12件。',
    '上年作出行政处罚12件。',
    '作出行政处罚12项。',
    '作出行政处罚12件次。',
    '作出行政许可决定1200件，受理投诉20件，行政强制3件。'
  ])('%s: nothing', (sentence) => {
    expect(said('active', sentence)).toEqual([])
  })

  it('2019: 实施行政许可事项120项、 counts items, not decisions', () => {
    expect(said('active', '实施行政许可事项120项、行政处罚12件。', 'valid-2019.json')).toEqual([])
    expect(said('active', '作出行政许可处理决定800件、行政处罚12件。', 'valid-2019.json')).toHaveLength(1)
  })
})

describe('四’s cases without 申请 or 案件', () => {
  it.each([
    ['本年度行政复议3件，行政诉讼1件。', 0],
    ['本年度行政复议4件，行政诉讼2件。', 2],
    ['我局行政复议4件。', 1],
    ['共有行政复议4件。', 1]
  ])('%s → %i finding(s)', (sentence, n) => {
    expect(said('review', sentence)).toHaveLength(n)
  })

  it.each([
    '其中行政复议4件。',
    '涉及行政复议4件。',
    '全市行政复议4件。',
    '上年行政复议4件。',
    '2023年行政复议4件。',
    '本局作为复议机关，本年度行政复议40件。',
    '行政复议4项工作制度。',
    '被申请行政复议3件，其中维持1件；行政复议1件尚在审理。',
    '本年度行政诉讼2件维持。'
  ])('%s: nothing', (sentence) => {
    expect(said('review', sentence)).toEqual([])
  })
})
