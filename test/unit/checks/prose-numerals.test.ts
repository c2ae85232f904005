// Figures the prose gives in Chinese numerals (二十九件, 一百零五件, 两件), held to the table as digits are,
// and the enumerations and set phrases that are no count.
import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import { emptyReport } from '@shared/model/report'
import { loadFixture } from './fixtures'

// valid-2021: 新收27, 上年结转2, 予以公开15, 部分公开4, 办结28, 结转下年度1, 行政复议3, 行政诉讼1+0;
// 制发行政规范性文件5, 行政处罚决定300. valid-2019: 行政事业性收费 上一年10项, 本年增/减 −1.
function said(sentence: string, fixture = 'valid-2021.json'): string[] {
  const r = loadFixture(fixture)
  r.sections.overview = `${r.sections.overview}\n${sentence}`
  return checkReport(r)
    .filter((f) => f.rule === 'prose.quantity')
    .map((f) => f.message)
}

describe('counts in Chinese numerals', () => {
  it.each([
    ['本年新收政府信息公开申请二十七件。', 0],
    ['本年新收政府信息公开申请二十八件。', 1],
    // new and carried over together (27+2), as with digits
    ['本年新收政府信息公开申请二十九件。', 0],
    ['本年新收政府信息公开申请一百零五件。', 1],
    ['上年结转申请两件。', 0],
    ['上年结转申请三件。', 1],
    ['予以公开十五件，部分公开四件。', 0],
    ['予以公开十二件，部分公开四件。', 1],
    ['予以公开十五件，部分公开两件。', 1],
    // an item with its own figure before 和 shares none with the next
    ['予以公开十五件和部分公开五件。', 1],
    ['结转下年度继续办理一件。', 0],
    ['本年制发行政规范性文件五件。', 0],
    ['本年制发行政规范性文件六件。', 1],
    ['作出行政处罚决定三百件。', 0],
    ['作出行政处罚决定三百零一件。', 1],
    ['因政府信息公开被申请行政复议三件。', 0],
    ['因政府信息公开被申请行政复议四件。', 1]
  ])('%s → %i finding(s)', (sentence, n) => {
    expect(said(sentence)).toHaveLength(n)
  })

  it('names the words as written', () => {
    expect(said('本年新收政府信息公开申请二十八件。')).toEqual([
      expect.stringContaining('“新收政府信息公开申请二十八件”')
    ])
  })

  // Enumerations, set phrases and counts not surely read: nothing is said of them.
  it.each([
    '一是收到申请一件一档，二是予以公开一次性告知。',
    '收到申请一件一档管理，予以公开一件事一次办。',
    '推进一网通办、一站式服务，落实十四五规划，建好两微一端，做到三安全一稳定。',
    '第一，收到申请第一件即登记。',
    '予以公开一窗受理，部分公开一表通办。',
    '予以公开一项一策。',
    '予以公开一条龙服务，部分公开两个方面的信息。',
    '予以公开一件不落。',
    '本年新收政府信息公开申请一百二件。',
    '本年新收政府信息公开申请二〇件。',
    '收到申请零件样品。',
    '上年同期新收政府信息公开申请二十九件。',
    '在收到的二十九件申请中，自然人提出二十件。',
    '共收到申请二十九件，其中通过网络收到申请二十件。'
  ])('%s is no figure to hold', (sentence) => {
    expect(said(sentence)).toEqual([])
  })

  it('reads none of 行政复议 only where no count follows it', () => {
    const none = (sentence: string) => {
      const r = loadFixture('valid-2021.json')
      r.sections.review = sentence
      return checkReport(r).filter((f) => f.rule === 'prose.none')
    }
    expect(none('未发生行政复议。')).toHaveLength(1)
    expect(none('未被纠正的行政复议一件。')).toEqual([])
  })
})

describe('shares of counts in Chinese numerals (NAR-02)', () => {
  // No table: a share is held to the counts its words give.
  const shares = (text: string): [string, string][] => {
    const r = emptyReport('2021', 2024, '某某市人民政府', 'government')
    r.sections.overview = text
    return checkReport(r)
      .filter((f) => f.rule.startsWith('prose.percent'))
      .map((f) => [f.quote ?? '', f.message])
  }

  it('holds a share to its part and whole written in words', () => {
    expect(shares('共收到申请二十八件，其中予以公开十五件，占53.6%。')).toEqual([])
    expect(shares('共收到申请二十八件，其中予以公开十五件，占55.6%。')).toEqual([
      ['十五件，占55.6%', '“总体情况”部分写“十五件，占55.6%”：15÷28=53.57%，不是55.6%']
    ])
    expect(shares('共收到申请28件，其中予以公开十五件，占55.6%。')).toHaveLength(1)
    expect(shares('在二十八件申请中，予以公开的占55.6%。')).toEqual([
      [
        '中，予以公开的占55.6%',
        '“总体情况”部分写“中，予以公开的占55.6%”：28件中不可能恰好占55.6%（15件为53.6%，16件为57.1%）'
      ]
    ])
    expect(shares('共受理申请二十八件，予以公开的占55.6%。')).toHaveLength(1)
  })

  it.each([
    // were 一件 a whole, no share of it could be 55.6%
    '全年推行一件一档，予以公开的占55.6%。',
    // 一项 of 一项专项行动 is no count, though it stands where a whole may
    '全年开展一项专项行动，予以公开的占55.6%。',
    // 一百二 is 120 or 102: no part to hold the share to
    '共收到申请200件，其中予以公开一百二件，占55.6%。'
  ])('leaves a share alone where no count is surely read: %s', (text) => {
    expect(shares(text)).toEqual([])
  })
})
