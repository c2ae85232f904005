// A whole and the parts listed after “其中” (checks.md NAR-03, NAR-04), on sentences from the seed reports
// and on the ways real prose lists things that are not a breakdown.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import { emptyReport, type Report } from '@shared/model/report'

function withOverview(text: string): Report {
  const r = emptyReport('2021', 2024, '某某市人民政府', 'government')
  r.sections.overview = text
  return r
}
const breakdown = (text: string) =>
  checkReport(withOverview(text))
    .filter((f) => f.rule === 'prose.partsSum' || f.rule === 'prose.partOverWhole')
    .map((f) => [f.rule, f.message])

describe('parts that do not add up to the whole (NAR-03)', () => {
  it('finds items missing from a list that says it is complete: one per line, 分别为, shares adding up to 100%', () => {
    expect(breakdown('共受理申请42件，其中分别为网上申请20件，书面申请2件。')).toEqual([
      [
        'prose.partsSum',
        '“总体情况”部分写“42件，其中分别为网上申请20件，书面申请2件”：其中各项20+2=22，与总数42相差20；所列若不是全部，请写明其余部分'
      ]
    ])
    expect(breakdown('共受理申请42件，其中网上申请20件，占71.4%；书面申请2件，占28.6%。')).toHaveLength(1)
  })

  it('finds 20 of 42 requests unaccounted for (seed 001, named by checks.md NAR-03)', () => {
    expect(
      breakdown('全区共受理公民个人提出的政府信息公开申请42条，其中通过网上申请20条，通过书面申请2条。')
    ).toEqual([
      [
        'prose.partsSum',
        '“总体情况”部分写“42条，其中通过网上申请20条，通过书面申请2条”：其中各项20+2=22，与总数42相差20；所列若不是全部，请写明其余部分'
      ]
    ])
  })

  it('finds 1022 of the 1202 answered, listed with shares (珠海 2018, seed 002, named by checks.md NAR-03)', () => {
    const text =
      '在1202件政府信息公开申请中,已经答复的1202件,答复率100%。其中,“属于已主动公开范围数”133件,占11%;“同意公开答复”781件,占65%;“同意部分公开答复”43件,占3.6%;“不同意公开答复”59件,占4.9%;“其他”6件,占0.5%。'
    const found = breakdown(text)
    expect(found).toHaveLength(1)
    expect(found[0][1]).toContain('133+781+43+59+6=1022，与总数1202相差180')
  })

  it('takes a few items picked out after “其中”, less than half the whole, for a pick, shares or not', () => {
    // 全部 is said of the answers, not of the list; the shares (10.7% + 3.6%) are of some answers only.
    expect(
      breakdown('本年度办结申请28件，全部在法定期限内办结，其中当场答复3件，占10.7%；延期答复1件，占3.6%。')
    ).toEqual([])
    expect(breakdown('主动公开4216条，其中政策文件312条、财政预决算96条。')).toEqual([])
  })

  it('compares approximate figures loosely: 13800余条 against 9669 is found, 1000余条 against 980 is not', () => {
    const far = breakdown(
      '主动公开各类信息13800余条。其中:发布各类信息、文章8299余篇,政府公告170多余条,制作及更新各类图片链接1200多幅。'
    )
    expect(far).toHaveLength(1)
    expect(far[0][1]).toContain('8299+170+1200=9669')
    expect(breakdown('主动公开信息1000余条，其中政策文件500余条，工作动态480余条。')).toEqual([])
  })

  it('reads full-width digits as typed with a Chinese input method', () => {
    expect(breakdown('共受理申请１０件，其中网上申请６件，当面申请５件。')).toHaveLength(1)
  })

  it('finds parts that add up to more than the whole', () => {
    expect(breakdown('共受理申请10件，其中网上申请6件，当面申请5件。')).toEqual([
      ['prose.partsSum', '“总体情况”部分写“10件，其中网上申请6件，当面申请5件”：其中各项6+5=11，多于总数10']
    ])
  })

  it('allows items that may overlap to add up to more than the whole: one item published on several channels', () => {
    expect(breakdown('全年主动公开政府信息1860条，其中政府网站发布1200条、政务微信发布960条。')).toEqual([])
    expect(
      breakdown('全年主动公开政府信息1860条，其中通过政府网站公开1860条，政务微博同步发布1200条。')
    ).toEqual([])
    // Requests, outcomes and applicants are counted once each: those cannot.
    expect(
      breakdown(
        '办结28件，其中予以公开15件，部分公开4件，不予公开1件，无法提供4件，不予处理2件，其他处理3件。'
      )
    ).toHaveLength(1)
    expect(breakdown('新收申请27件，其中自然人申请20件、法人或其他组织申请8件。')).toHaveLength(1)
  })

  it('takes the whole the items are of, among counts listed together before “其中”', () => {
    const text = (keep: number) =>
      `被申请行政复议3件、被提起行政诉讼1件，其中，行政复议维持${keep}件、纠正1件、尚未审结1件，行政诉讼维持1件。`
    expect(breakdown(text(1))).toEqual([])
    expect(breakdown(text(2))).toEqual([
      [
        'prose.partsSum',
        '“总体情况”部分写“3件、被提起行政诉讼1件，其中，行政复议维持2件、纠正1件、尚未审结1件”：其中各项2+1+1=4，多于总数3'
      ]
    ])
    // Items that name neither may be of either, or of both: not judged.
    expect(breakdown('被申请行政复议3件、被提起行政诉讼1件，其中维持2件、纠正1件、尚未审结2件。')).toEqual([])
  })

  it('finds shares of a complete breakdown that do not add up to 100%', () => {
    const text = (last: string) =>
      `共受理申请1202件。其中，当面提交687件，占57.2%；网络提交427件，占35.5%；信函提交88件，占${last}%。`
    expect(breakdown(text('7.3'))).toEqual([])
    // Rounding may hide half a unit per share: 57.2 + 35.5 + 7.4 = 100.1 is still right.
    expect(breakdown(text('7.4'))).toEqual([])
    const found = breakdown(text('8.3'))
    expect(found).toHaveLength(1)
    expect(found[0][1]).toContain('所占百分比相加却是101%')
  })
})

describe('a part larger than its whole (NAR-04)', () => {
  it('finds one part over the total', () => {
    expect(breakdown('共受理申请10件，其中网上申请12件。')).toEqual([
      ['prose.partOverWhole', '“总体情况”部分写“10件，其中网上申请12件”：其中一项12大于总数10']
    ])
  })

  it('allows parts adding up to more than a total counted once across channels, but not a part over it', () => {
    const unique = (n: number) =>
      `回应公众关注热点52824次（不同方式回应同一热点计1次），其中举办新闻发布会${n}次，组织在线访谈30000次。`
    expect(breakdown(unique(30000))).toEqual([])
    expect(breakdown(unique(60000)).map(([rule]) => rule)).toEqual(['prose.partOverWhole'])
  })
})

describe('what is not a breakdown', () => {
  it('leaves alone a few categories picked out of many', () => {
    expect(
      breakdown(
        '全年主动公开政府信息4216条，其中政策文件类信息312条、财政预决算信息96条、重大建设项目信息158条。'
      )
    ).toEqual([])
  })

  it('leaves alone a year glued to a count by a copy that lost 年 (seed 001, IMP-02)', () => {
    expect(breakdown('主动公开政府信息15985条(其中201613800条)。')).toEqual([])
    // A real count that merely starts like a year is still read.
    expect(breakdown('共受理申请10件，其中网上申请2000件。')).toHaveLength(1)
  })

  it('leaves alone a change quoted beside a part (同比增加) and a rest named without a figure', () => {
    expect(breakdown('共受理申请10件，其中网上申请6件，同比增加2件，书面申请4件。')).toEqual([])
    expect(
      breakdown(
        '共受理信息公开申请91件，其中网上申请有14件，当面提交的申请有64件，其他为信函等其他方式提交。'
      )
    ).toEqual([])
  })

  it('ends the parts at a semicolon that starts another matter, and at the next whole', () => {
    expect(breakdown('办结28件，其中予以公开15件，占办结总数的53.6%；结转下年度继续办理1件。')).toEqual([])
    const huaian = readFileSync('../shared/fixtures/2024_huaian_shi.txt', 'utf8')
    const at = huaian.indexOf('政府信息公开行政复议')
    expect(at).toBeGreaterThan(0)
    // “…行政复议351件，其中…尚未审结37件；政府信息公开行政诉讼46件，其中…”: both add up.
    expect(breakdown(huaian.slice(at, huaian.indexOf('。', at) + 1))).toEqual([])
  })

  it('leaves alone the sample report', async () => {
    const { sampleReport } = await import('@shared/sample')
    const rules = checkReport(sampleReport()).map((f) => f.rule)
    expect(rules.filter((r) => r === 'prose.partsSum' || r === 'prose.partOverWhole')).toEqual([])
  })
})

describe('parts and wholes in Chinese numerals', () => {
  it('adds up counts written in words, as the prose figures are read', () => {
    expect(breakdown('共收到申请二十九件，其中自然人申请二十件，法人或其他组织申请两件。')).toEqual([
      [
        'prose.partsSum',
        '“总体情况”部分写“二十九件，其中自然人申请二十件，法人或其他组织申请两件”：其中各项20+2=22，与总数29相差7；所列若不是全部，请写明其余部分'
      ]
    ])
    expect(breakdown('共收到申请29件，其中自然人申请三十件。')).toEqual([
      ['prose.partOverWhole', '“总体情况”部分写“29件，其中自然人申请三十件”：其中一项30大于总数29']
    ])
    expect(breakdown('共收到申请二十九件，其中自然人申请二十件，法人或其他组织申请九件。')).toEqual([])
  })

  it.each([
    // each would be one more than the whole, were it read
    '共收到申请29件，其中自然人申请20件，法人申请9件，做到一件一档、一次性告知。',
    '共收到申请29件，其中自然人申请20件，法人申请9件，第一件当日办结。',
    '共收到申请29件，其中自然人申请20件，法人申请9件，逐一件答复。',
    '共收到申请29件，其中自然人申请20件，法人申请9件，两个方面。',
    '共收到申请29件，其中自然人申请20件，法人申请9件，依照条例第二十条。',
    '共收到申请29件，其中自然人申请20件，法人申请9件，这是一项重要工作。',
    '共收到申请29件，其中自然人申请一百二件，法人申请9件。'
  ])('leaves alone the numerals that are no count, or not surely one: %s', (text) => {
    expect(breakdown(text)).toEqual([])
  })
})
