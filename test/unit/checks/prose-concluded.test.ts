// The requests 办结 (concluded) in words, held to 表三 (checks.md NAR-01: 办结 = 三、本年度办理结果 （七）总计;
// 结转 = 四、结转下年度继续办理): “办结27件” where the words are surely of the year's requests, and “已全部
// 办结” where none can have been carried into the next year.
import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import { loadFixture } from './fixtures'

// valid-2021: 新收27, 上年结转2, （七）总计28, 结转下年度1.
function report(section: 'overview' | 'requests', sentence: string, carried: number) {
  const r = loadFixture('valid-2021.json')
  r.tables.requests['carry.tot'] = carried
  r.sections[section] = sentence
  return r
}
const concluded = (section: 'overview' | 'requests', sentence: string, carried = 2): string[] =>
  checkReport(report(section, sentence, carried))
    .filter((f) => f.rule === 'prose.quantity' && f.cells.includes('requests:r7.tot'))
    .map((f) => f.message)

describe('办结 against 三、本年度办理结果 总计', () => {
  it.each([
    // 三's heading says what its requests are: a count of 办结 is the year's
    ['requests', '共办结27件。', 2, 1],
    ['requests', '本年度共办结申请28件。', 2, 0],
    ['requests', '本年度共办结二十七件。', 2, 1],
    // the requests received and carried over, then 办结: of them all
    ['overview', '本年度共收到申请27件，上年结转2件，共办结27件。', 2, 1],
    ['overview', '本年度共收到申请27件，上年结转2件，共办结28件。', 2, 0],
    // of the requests received, which are all the year handled where none were carried over
    ['overview', '在收到的27件申请中，办结27件。', 0, 1],
    ['overview', '在收到的27件申请中，办结28件。', 0, 0],
    ['overview', '本年度共收到申请27件，共办结27件。', 0, 1],
    ['overview', '本年度共收到申请二十七件，办结二十七件。', 0, 1],
    ['requests', '本年度共收到申请27件，其中办结25件，结转下年度2件。', 0, 1]
  ] as const)('%s: %s (上年结转 %i) → %i finding(s)', (section, sentence, carried, n) => {
    expect(concluded(section, sentence, carried)).toHaveLength(n)
  })

  it('names the words and the total', () => {
    expect(concluded('overview', '本年度共收到申请27件，共办结27件。', 0)).toEqual([
      '“总体情况”部分写“办结27件”，但表三“（七）总计”行“总计”列为28（办结申请应与表格一致）'
    ])
  })

  it.each([
    // some carried over: 办结27件 of the 27 received may leave out the carried ones concluded
    ['overview', '本年度共收到申请27件，共办结27件。', 2],
    ['overview', '在收到的27件申请中，办结27件。', 2],
    ['requests', '本年度共收到申请27件，共办结27件。', 2],
    // a manner, a rate or answers, not the count concluded
    ['overview', '本年度共收到申请27件，按时办结27件。', 0],
    ['overview', '在收到的27件申请中，按时办结27件。', 0],
    ['overview', '本年度共收到申请27件，办结率100%。', 0],
    ['overview', '本年度共收到申请27件，按时办结率100%。', 0],
    ['overview', '本年度共收到申请27件，答复27件。', 0],
    // another kind of request, another body, another year, some requests
    ['overview', '政务服务中心受理申请5000件，办结4998件。', 0],
    ['overview', '收到行政复议申请3件，办结3件。', 0],
    ['overview', '全区各级行政机关收到申请500件，办结500件。', 0],
    ['overview', '上年同期收到申请20件，办结20件。', 0],
    ['overview', '2023年收到申请20件，办结20件。', 0],
    ['overview', '本年度共收到申请27件，其中自然人申请中，办结20件。', 0],
    ['requests', '上年结转的2件申请中，办结2件。', 0],
    // 办结 with nothing saying of what, outside 三
    ['overview', '共办结27件。', 0],
    ['overview', '承办人大代表建议26件，办结26件。', 0]
  ] as const)('%s: %s (上年结转 %i) is not held to the total', (section, sentence, carried) => {
    expect(concluded(section, sentence, carried)).toEqual([])
  })
})

const allConcluded = (sentence: string, next = 1) => {
  const r = report('overview', sentence, 2)
  r.tables.requests['next.tot'] = next
  return checkReport(r)
    .filter((f) => f.rule === 'prose.none' && f.cells.includes('requests:next.tot'))
    .map(({ severity, message, quote, quoteNth }) => ({ severity, message, quote, quoteNth }))
}

describe('全部办结 against 四、结转下年度继续办理', () => {
  it('warns where requests are said all concluded and some went into the next year', () => {
    expect(allConcluded('本年度共收到政府信息公开申请27件，已全部办结。')).toEqual([
      {
        severity: 'warning',
        message: '“总体情况”部分写“已全部办结”，但表三“四、结转下年度继续办理”行“总计”列为1',
        quote: '已全部办结',
        quoteNth: 0
      }
    ])
  })

  it.each([
    '本年度共收到申请27件，均已办结。',
    '本年度共收到申请二十七件，全部办理完毕。',
    '本年度共收到申请27件，上年结转2件，已全部办结。',
    '本年度共收到申请29件（含上年结转2件），已全部办结。',
    '本年度收到的政府信息公开申请均已办结。',
    '上述政府信息公开申请已全部办结。'
  ])('%s: said of the year’s requests', (sentence) => {
    expect(allConcluded(sentence)).toHaveLength(1)
    expect(allConcluded(sentence, 0)).toEqual([])
  })

  it('points at the words said of the year’s requests, not at the same words said of some', () => {
    const text = '上年结转的2件申请已全部办结。本年度共收到申请27件，已全部办结。'
    expect(allConcluded(text).map((f) => [f.quote, f.quoteNth])).toEqual([['已全部办结', 1]])
  })

  it.each([
    '上年结转的2件申请已全部办结。',
    '对上年结转的2件申请，已全部办结。',
    '本年度共收到申请27件，均已按时办结。',
    '本年度共收到申请27件，全部在法定期限内办结。',
    '本年度共收到申请27件，办结率100%。',
    '本年度共收到申请27件，均已答复。',
    '本年度共收到申请27件，已全部办结的申请中，予以公开15件。',
    '承办人大代表建议26件、政协提案19件，已全部办结。',
    '政务服务中心受理申请5000件，已全部办结。',
    '全区各级行政机关收到申请500件，已全部办结。',
    '上年同期收到申请20件，已全部办结。',
    '所有申请均已办结。'
  ])('%s: not said of the year’s requests, or not that all were concluded', (sentence) => {
    expect(allConcluded(sentence)).toEqual([])
  })
})
