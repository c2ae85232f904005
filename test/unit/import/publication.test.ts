// 发布日期 on import: the page's metadata above the report, else the 落款 that closes it (then left out of the
// prose); never a date from a sentence, the statistical period or the page's furniture.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importReport } from '@shared/import'
import type { ImportResult } from '@shared/import'
import { pageDate } from '@shared/import/publication'
import { checkReport } from '@shared/checks'
import { textLines } from '@shared/import/lines'
import { IMPORT_FIXTURES, SHARED } from './expect'

type Ok = Extract<ImportResult, { ok: true }>
const ok = (r: ImportResult): Ok => {
  if (!r.ok) throw new Error(r.message)
  return r
}
const importFile = async (path: string): Promise<Ok> =>
  ok(await importReport({ name: path, data: new Uint8Array(readFileSync(path)) }))
const importTxt = async (text: string): Promise<Ok> => ok(await importReport({ name: 'r.txt', data: text }))

/** A 2024 report as a web copy prints it, `head` above the title, `tail` closing section 六. */
const report = (tail: string[], head: string[] = [], intro: string[] = []): string =>
  [
    ...head,
    '某某县教育局2024年政府信息公开工作年度报告',
    ...intro,
    '一、总体情况',
    '2024年，我局认真贯彻落实《条例》。',
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
    '一是公开质量有待提高。',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
    ...tail
  ].join('\n')

describe('real reports', () => {
  const seed = (name: string): string => join(SHARED, 'seeds', name)

  it('seed 001 is dated by its page: “日期: 2016-12-30 字号:[ ] 视力保护色:” under the title', async () => {
    const r = await importFile(seed('001_b8f27916e8f9841a.txt'))
    expect(r.report.published).toBe('2016-12-30')
    expect(r.trace.published).toEqual({ loc: { line: 5 }, text: '日期: 2016-12-30' })
    expect(r.problems).toContainEqual({
      level: 'notice',
      message: '发布日期按网页上的“日期: 2016-12-30”填为2016年12月30日，请核对',
      ref: 'meta:published',
      loc: { line: 5 }
    })
  })

  it('seed 003 by “来源:本网发布日期:2020-02-10” above its first part', async () => {
    const r = await importFile(seed('003_45be4a81e410cd61.txt'))
    expect(r.report.published).toBe('2020-02-10')
  })

  // Their dates are the statistical period, a site's clock, price lists (seed 002), none a 发布日期.
  const undated = [
    ...['000_2ce564af3c6c5d5d.txt', '002_3653a5693d759def.txt', '004_f38c235b9a3e9290.txt'].map(seed),
    ...readdirSync(join(SHARED, 'fixtures'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(SHARED, 'fixtures', f)),
    join(IMPORT_FIXTURES, 'education2022.txt'),
    join(IMPORT_FIXTURES, 'county2022.html')
  ]
  it.each(undated)('%s has no publication date', async (path) => {
    const r = await importFile(path)
    expect(r.report.published).toBeUndefined()
    expect(r.trace.published).toBeUndefined()
  })
})

describe('the page’s metadata', () => {
  it('prefers 发布日期 to 成文日期, whichever comes first; the time of day is ignored', async () => {
    const r = await importTxt(report([], ['成文日期：2025-01-10', '发布时间：2025年01月20日 10:00']))
    expect(r.report.published).toBe('2025-01-20')
    expect(r.trace.published?.text).toBe('发布时间：2025年01月20日')
  })

  it('takes 成文日期 when nothing else is given', async () => {
    expect((await importTxt(report([], ['成文日期：2025-01-10']))).report.published).toBe('2025-01-10')
  })

  it('reads “来源：… 时间：…” and leaves such lines out of the report', async () => {
    const r = await importTxt(
      report([], [], ['来源：县教育局 时间：2025-01-20', '发布日期：２０２５－０１－２０'])
    )
    expect(r.report.published).toBe('2025-01-20')
    expect(r.report.sections.overview).toBe('2024年，我局认真贯彻落实《条例》。')
  })

  it.each([
    ['发布时间：2025-01-20 来源：县教育局 浏览次数：123'],
    ['发布时间：2025-01-20 10:30:00  来源：县教育局'],
    ['信息来源：县教育局 发布时间：2025-01-20'],
    ['发布日期：2025-01-20 字体：[ 大 中 小 ]'],
    ['时间：2025-01-20 来源：本站 作者：办公室 点击数：456'],
    ['发布日期：2025-01-20', '【字体：大 中 小】【打印】【关闭】'],
    ['发布日期：2025-01-20', '分享到：微信 微博 QQ空间']
  ])('leaves the page’s byline and buttons out of the report: %s', async (...lines) => {
    const r = await importTxt(report([], [], lines))
    expect(r.report.published).toBe('2025-01-20')
    expect(r.report.sections.overview).toBe('2024年，我局认真贯彻落实《条例》。')
  })

  it.each([
    [['某某县教育局2024年政府信息公开工作年度报告']],
    [['某某县教育局2024年', '政府信息公开工作年度报告']]
  ])('leaves out the title a page repeats under its headline: %j', async (again) => {
    const r = await importTxt(report([], [], again))
    expect(r.report.agency).toBe('某某县教育局')
    expect(r.report.sections.overview).toBe('2024年，我局认真贯彻落实《条例》。')
  })

  it('ignores 更新时间 and dates without a label (a site’s clock)', async () => {
    const r = await importTxt(report([], ['2025年03月08日 星期六 多云', '更新时间：2025-03-01']))
    expect(r.report.published).toBeUndefined()
  })

  it('never reads a label in the report itself', async () => {
    const lines = textLines('日期：2025-01-20\n本报告所列数据统计期限自2024年1月1日起至2024年12月31日止。')
    expect(pageDate(lines.slice(1))).toBeUndefined()
    expect(pageDate(lines)?.date).toBe('2025-01-20')
  })
})

describe('the 落款 closing the report', () => {
  it('is read and left out of section 六', async () => {
    const r = await importTxt(report(['某某县教育局', '2025年1月20日']))
    expect(r.report.published).toBe('2025-01-20')
    expect(r.report.sections.other).toBe('本年度未收取信息处理费。')
    expect(r.trace.published?.text).toBe('某某县教育局 2025年1月20日')
    expect(r.problems.find((p) => p.ref === 'meta:published')?.message).toBe(
      '发布日期按文末落款“某某县教育局 2025年1月20日”填为2025年1月20日，请核对；落款已从正文中移出，导出时按机关名称和发布日期重新生成'
    )
  })

  it('names the agency as it signs, where the title shortens its name; the export signs so again', async () => {
    const r = await importTxt(report(['某某市某某县教育局', '2025年1月20日']))
    expect(r.report.agency).toBe('某某市某某县教育局')
    expect(r.report.title).toBe('某某县教育局2024年政府信息公开工作年度报告')
    expect(r.problems.find((p) => p.ref === 'meta:agency')?.message).toBe(
      '机关名称按落款填为“某某市某某县教育局”（标题中写作“某某县教育局”），请核对'
    )
  })

  it('keeps the title’s agency when two bodies sign together', async () => {
    const r = await importTxt(report(['中共某某县委教育工委　某某县教育局', '2025年1月20日']))
    expect(r.report.agency).toBe('某某县教育局')
    expect(r.problems.some((p) => p.ref === 'meta:agency')).toBe(false)
  })

  it('keeps the title’s agency when another body signs (its office), and names it from the 落款 for “我局”', async () => {
    const office = await importTxt(report(['某某县人民政府办公室', '2025年1月20日']))
    expect(office.report.agency).toBe('某某县教育局')
    expect(office.problems.some((p) => p.ref === 'meta:agency')).toBe(false)
    const ours = await importTxt(
      report(['某某县教育局', '2025年1月20日']).replace('某某县教育局2024年', '2024年我局')
    )
    expect(ours.report.agency).toBe('某某县教育局')
    expect(ours.problems.find((p) => p.ref === 'meta:agency')?.message).toBe(
      '标题中没有机关名称，按落款填为“某某县教育局”，请核对'
    )
  })

  it('reads dates in Chinese numerals, spaced PDF text and right-aligned lines, before a page number', async () => {
    const r = await importTxt(
      report(['                 某某县人民政府办公室', '             二○二五年一月二十日', '', '        -5-'])
    )
    expect(r.report.published).toBe('2025-01-20')
    expect(r.report.sections.other).toBe('本年度未收取信息处理费。')
    const spaced = await importTxt(report(['                   2025 年 1 月 20 日']))
    expect(spaced.report.published).toBe('2025-01-20')
    expect(spaced.report.sections.other).toBe('本年度未收取信息处理费。')
  })

  it('is found above the buttons a web page puts under an article', async () => {
    const r = await importTxt(report(['县教育局办公室', '2025年1月20日', '【打印本页】 【关闭窗口】']))
    expect(r.report.published).toBe('2025-01-20')
    expect(r.report.sections.other).toBe('本年度未收取信息处理费。')
  })

  it('takes only the date when the line above it is prose, not a signature', async () => {
    const r = await importTxt(report(['特此报告。', '2025年1月20日']))
    expect(r.report.published).toBe('2025-01-20')
    expect(r.report.sections.other).toBe('本年度未收取信息处理费。\n特此报告。')
  })

  it('is not a dated sentence of the prose', async () => {
    const tail = ['2024年1月15日，我局召开政务公开工作会议。', '县教育局办公室']
    const r = await importTxt(report(tail))
    expect(r.report.published).toBeUndefined()
    expect(r.report.sections.other).toBe(['本年度未收取信息处理费。', ...tail].join('\n'))
    const sentence = await importTxt(report(['2024年1月15日，我局召开政务公开工作会议。']))
    expect(sentence.report.published).toBeUndefined()
  })

  it('is not the statistical period in the introduction', async () => {
    const r = await importTxt(report([], [], ['报告中所列数据统计期限自2024年1月1日起至2024年12月31日止。']))
    expect(r.report.published).toBeUndefined()
  })

  it('gives way to the page’s date, but still leaves the prose, and says when the two differ', async () => {
    const r = await importTxt(report(['某某县教育局', '2025年1月18日'], ['发布日期：2025-01-20']))
    expect(r.report.published).toBe('2025-01-20')
    expect(r.report.sections.other).toBe('本年度未收取信息处理费。')
    expect(r.problems.filter((p) => p.ref === 'meta:published').map((p) => p.message)).toEqual([
      '发布日期按网页上的“发布日期：2025-01-20”填为2025年1月20日，请核对',
      '文末落款“某某县教育局 2025年1月18日”的日期与网页上的发布日期（2025年1月20日）不同，已按网页上的日期填写，请核对；落款已从正文中移出'
    ])
  })

  it('is read from HTML, right-aligned paragraphs after the last part', async () => {
    const html =
      '<html><body><div class="info">发布日期：2025-01-20</div><h1>某某县教育局2024年政府信息公开工作年度报告</h1>' +
      '<p>一、总体情况</p><p>概述。</p><p>五、存在的主要问题及改进情况</p><p>问题。</p>' +
      '<p>六、其他需要报告的事项</p><p>无。</p>' +
      '<p style="text-align:right">某某县教育局</p><p style="text-align:right">2025年1月20日</p>' +
      '<div class="footer">版权所有：某某县人民政府 2025年1月1日</div></body></html>'
    const r = ok(await importReport({ name: 'r.html', data: html }))
    expect(r.report.published).toBe('2025-01-20')
    expect(r.report.sections.other).toBe('无。')
  })
})

describe('the year of a report whose title says another', () => {
  const huaian = readFileSync(join(SHARED, 'fixtures/2024_huaian_shi.txt'), 'utf8')
  const titled = (year: number, published: string, period = 2024): string =>
    `发布日期：${published}\n${huaian
      .replace('2024 年政府信息公开工作年度报告', `${year} 年政府信息公开工作年度报告`)
      .replace(
        '统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日',
        `统计期限自 ${period} 年 1 月 1 日至 ${period} 年 12 月 31 日`
      )}`

  it('is the year its statistical period and its publication agree on; the title is named', async () => {
    const r = await importTxt(titled(2023, '2025-03-20'))
    expect(r.report.year).toBe(2024)
    expect(r.report.title).toContain('2023')
    expect(r.problems.find((p) => p.ref === 'meta:year')?.message).toBe(
      '标题写的是2023年，但统计期限和发布日期都表明是2024年的报告，已按2024年度读取，请核对标题'
    )
    const findings = checkReport(r.report).filter((f) => f.rule === 'meta.year' || f.rule === 'meta.period')
    expect(findings.map((f) => f.cells[0])).toEqual(['meta:title'])
  })

  it('stays the title’s where a 落款 left from last year’s file agrees with its period: only the page dates it', async () => {
    const stale = titled(2024, '', 2023).replace('发布日期：\n', '') + '\n淮安市人民政府\n2024年1月20日\n'
    const r = await importTxt(stale)
    expect(r.report.published).toBe('2024-01-20')
    expect(r.report.year).toBe(2024)
  })

  it('stays the title’s where the period alone says otherwise (copied from last year’s text)', async () => {
    const stale = await importTxt(titled(2024, '2025-01-20', 2023))
    expect(stale.report.year).toBe(2024)
    expect(checkReport(stale.report).map((f) => f.rule)).toContain('meta.period')
    const undated = await importTxt(titled(2023, '').replace('发布日期：\n', ''))
    expect(undated.report.year).toBe(2023)
  })
})
