import { describe, expect, it } from 'vitest'
import { checkReport } from '@shared/checks'
import { locateQuote } from '@shared/text/locate'
import { loadFixture } from './fixtures'

const base = loadFixture('valid-2021.json')
const meta = (edit: (r: typeof base) => void) => {
  const r = structuredClone(base)
  edit(r)
  return checkReport(r)
    .filter((f) => f.rule.startsWith('meta.'))
    .map((f) => `${f.rule} ${f.message}`)
}

describe('year and period (YR-01, YR-02)', () => {
  it('finds a cut-off before the year ends, also when the copy lost 年/月 (seed 001)', () => {
    expect(
      meta((r) => (r.sections.overview = `报告数据截止时间为20241230日。\n${r.sections.overview}`))
    ).toEqual(['meta.period 统计期限写“数据截止时间为20241230日”，应为2024年1月1日至2024年12月31日'])
    expect(meta((r) => (r.sections.other += '\n数据截止日期为2024年12月31日。'))).toEqual([])
  })

  it('reads periods written with dashes or 至/到', () => {
    expect(meta((r) => (r.sections.other += '\n统计时间为2024-01-01至2024-11-30。'))).toHaveLength(1)
    expect(meta((r) => (r.sections.other += '\n统计期间：2024年1月1日到2024年12月31日。'))).toEqual([])
  })

  it('a period whose end leaves its year to the start is read too', () => {
    expect(meta((r) => (r.sections.other += '\n统计期限为2024年1月1日至11月30日。'))).toEqual([
      'meta.period 统计期限写“统计期限为2024年1月1日至11月30日”，应为2024年1月1日至2024年12月31日'
    ])
    expect(meta((r) => (r.sections.other += '\n统计期限为2024年1月1日至12月31日。'))).toEqual([])
  })

  it('a 截至 that dates something done is not the period; one of the figures is', () => {
    const done = '截至2024年6月30日，我市已完成政务公开标准目录编制。'
    expect(meta((r) => (r.sections.overview = `${done}\n${r.sections.overview}`))).toEqual([])
    expect(meta((r) => (r.sections.other += '\n本报告所列数据统计截至2024年11月30日。'))).toHaveLength(1)
    expect(meta((r) => (r.sections.other += '\n数据截止日期：2024年11月30日。'))).toHaveLength(1)
    expect(
      meta((r) => (r.sections.other += '\n《某某办法》公开征求意见，截止时间为2024年5月20日。'))
    ).toEqual([])
    expect(meta((r) => (r.sections.other += '\n2023年度报告截至2024年1月31日已发布。'))).toEqual([])
  })

  it('finds an intro that opens on another year (a recycled text, seed 001)', () => {
    expect(meta((r) => (r.sections.overview = r.sections.overview.replace(/^2024年/, '2023年')))).toEqual([
      'meta.year “总体情况”部分写“2023年，”，与报告年度2024不一致'
    ])
  })

  it('finds a closing that names another year’s report, but not 五 citing last year’s', () => {
    expect(meta((r) => (r.sections.other += '\n以上为2023年度政府信息公开工作年度报告。'))).toHaveLength(1)
    expect(
      meta(
        (r) =>
          (r.sections.problems = `2023年度政府信息公开工作年度报告所列问题已整改。${r.sections.problems}`)
      )
    ).toEqual([])
  })

  it('a click on a wrong year or period selects its words, at the place meant (seeds 000, 001)', () => {
    const selected = (edit: (r: typeof base) => void) => {
      const r = structuredClone(base)
      edit(r)
      return checkReport(r)
        .filter((f) => f.rule === 'meta.year' || f.rule === 'meta.period')
        .map((f) => {
          const id = f.cells[0].split(':')[1] as keyof typeof r.sections
          const at = locateQuote(r.sections[id], f.quote ?? '', f.quoteNth)
          return at && [id, at[0], r.sections[id].slice(...at)]
        })
    }
    const cited = '２０２３年度政府信息公开工作年度报告'
    // 六 names last year's report twice, the second time as its own closing words: that one is meant
    const other = `对照${cited}中提出的问题逐项整改。\n以上为${cited}。`
    expect(selected((r) => (r.sections.other = other))).toEqual([['other', other.lastIndexOf(cited), cited]])
    expect(
      selected((r) => (r.sections.overview = `报告数据截止时间为20241230日。\n${r.sections.overview}`))
    ).toEqual([['overview', 2, '数据截止时间为20241230日']])
    const intro = selected((r) => (r.sections.overview = r.sections.overview.replace(/^2024年/, '2023年')))
    expect(intro).toEqual([['overview', 0, '2023年，']])
  })

  it('the title may not name another year', () => {
    expect(meta((r) => (r.title = '某某市人民政府2024年政府信息公开工作年度报告'))).toEqual([])
    expect(meta((r) => (r.title = '某某市人民政府2025年政府信息公开工作年度报告'))).toHaveLength(1)
  })
})
