// The words every export prints the same way: the title's lines and a section's paragraphs.
import { describe, expect, it } from 'vitest'
import { htmlFragment } from '@shared/export'
import { paragraphs, runInHeading, sectionParagraphs, titleLines } from '@shared/export/prose'
import { columnShares } from '@shared/export/grid'
import { getFormat } from '@shared/formats'
import { sampleReport } from '@shared/sample'

describe('titleLines', () => {
  it('keeps a title that fits one line of 二号 (20 characters) whole, two characters to spare', () => {
    expect(titleLines('某某局2024年政府信息公开工作年度报告')).toEqual([
      '某某局2024年政府信息公开工作年度报告'
    ])
  })

  it('breaks one that only just fits (37–40 columns), whose 告 Chromium and LibreOffice wrap alone', () => {
    expect(titleLines('国家某某局2024年政府信息公开工作年度报告')).toEqual([
      '国家某某局2024年',
      '政府信息公开工作年度报告'
    ])
    expect(titleLines('某某局2024年度政府信息公开工作年度报告')).toEqual([
      '某某局2024年度',
      '政府信息公开工作年度报告'
    ])
    // without 政府信息公开 there is no place to break in sense: left to the page
    expect(titleLines('某某市某某区局2024年度信息公开工作报告')).toEqual([
      '某某市某某区局2024年度信息公开工作报告'
    ])
  })

  it('breaks a longer one before 政府信息公开, not where the line happens to end (…工作年 / 度报告)', () => {
    expect(titleLines('清河市滨江区人民政府2024年政府信息公开工作年度报告')).toEqual([
      '清河市滨江区人民政府2024年',
      '政府信息公开工作年度报告'
    ])
    expect(titleLines('关于某某市某某区某某局2025年度政府信息公开工作的报告')).toEqual([
      '关于某某市某某区某某局2025年度',
      '政府信息公开工作的报告'
    ])
  })

  it('breaks after 人民政府 where the agency’s 政府 is the subject’s too (…区人民政府信息公开…)', () => {
    expect(titleLines('2014年广州市荔湾区人民政府信息公开年度报告')).toEqual([
      '2014年广州市荔湾区人民政府',
      '信息公开年度报告'
    ])
    expect(titleLines('2024年某某市某某区人民政府信息公开工作年度报告')).toEqual([
      '2024年某某市某某区人民政府',
      '信息公开工作年度报告'
    ])
  })

  it('leaves the wrapping to the page when the first line would not fit either, or there is no such place', () => {
    const long = '中华人民共和国某某省某某市某某县某某镇人民政府2024年政府信息公开工作年度报告'
    expect(titleLines(long)).toEqual([long])
    const other = '某某市某某区人民政府办公室关于2024年度信息公开工作情况的报告'
    expect(titleLines(other)).toEqual([other])
    // nor a title without 政府信息公开 that happens to end near 人民
    const odd = '某某市某某区某某局2024年度工作报告人民X'
    expect(titleLines(odd)).toEqual([odd])
  })
})

describe('paragraphs', () => {
  it('ends a line at Word’s soft break (\\v) and a page break, and drops the controls that print as boxes', () => {
    expect(paragraphs('第一行\u000b第二行\f第三行\u0007响铃\u0000')).toEqual([
      '第一行',
      '第二行',
      '第三行响铃'
    ])
  })

  it('drops what XML may not hold (U+FFFE, U+FFFF, half a surrogate pair) and keeps a whole one (𠀀)', () => {
    expect(paragraphs('甲\uFFFE乙\uFFFF丙\uD800丁\uDC00戊𠀀')).toEqual(['甲乙丙丁戊𠀀'])
  })
})

describe('html', () => {
  it('lets a web address with no break in it wrap at the text’s edge rather than widen the page', () => {
    const html = htmlFragment(sampleReport())
    for (const p of html.match(/<p style="[^"]*"/g)!) expect(p).toContain('overflow-wrap:anywhere')
    expect(html).toMatch(
      /<h1 style="[^"]*overflow-wrap:anywhere[^"]*">清河市滨江区人民政府2024年<br>政府信息公开工作年度报告<\/h1>/
    )
  })

  it('sets a heading run into a paragraph in 楷体, as Word does, the rest in the body’s font', () => {
    const html = htmlFragment(sampleReport())
    expect(html).toMatch(
      /<p style="[^"]*"><span style="font-family:楷体_GB2312[^"]*">（一）[^<]*<\/span>[^<]+<\/p>/
    )
  })
})

describe('table columns', () => {
  it('表三: the items’ labels get the room, the groups’ labels (spanning many rows) wrap in narrow columns', () => {
    const report = sampleReport()
    const format = getFormat(report.format)
    const table = format.tables.find((t) => t.id === 'requests')!
    const [outer, group, item, ...values] = columnShares(report, format, table).map((s) => s * 156)
    // 1.本机关不掌握相关政府信息 (13 characters) on at most two lines of 五号 (3.7 mm a character)
    expect(item).toBeGreaterThan((13 / 2) * 3.7 + 2)
    expect(Math.max(outer, group)).toBeLessThan(item / 2)
    // five digits (half an em of 10.5 pt: 1.85 mm) and the cell's margins (1.06 mm a side) still fit
    for (const v of values) expect(v).toBeGreaterThan(5 * 1.85 + 2 * 1.06)
  })
})

describe('runInHeading', () => {
  it('takes a few words up to their stop or colon, never a sentence', () => {
    expect(runInHeading('（一）主动公开。全年主动公开信息1860条。')).toEqual({
      heading: '（一）主动公开。',
      rest: '全年主动公开信息1860条。'
    })
    expect(runInHeading('（二）依申请公开：本年新收政府信息公开申请27件。')).toEqual({
      heading: '（二）依申请公开：',
      rest: '本年新收政府信息公开申请27件。'
    })
    expect(runInHeading('（一）存在问题：一是目录更新不及时；二是解读形式单一。')?.heading).toBe(
      '（一）存在问题：'
    )
    expect(runInHeading('（一）主动公开情况')).toEqual({ heading: '（一）主动公开情况', rest: '' })
    expect(runInHeading('（一）2024年，我局严格落实保密审查制度，未发生泄密事件。')).toBeNull()
    expect(runInHeading('（三）全年通过政府门户网站主动公开政府信息一千八百六十条。')).toBeNull()
  })
})

describe('sectionParagraphs', () => {
  const six = getFormat('2021').sections.find((s) => s.id === 'other')!
  const five = getFormat('2021').sections.find((s) => s.id === 'problems')!
  it('prints the words typed after a pasted heading and its colon (六、其他需要报告的事项：本年度无)', () => {
    const r = sampleReport()
    r.fees = { notices: null, noticedAmount: null, collected: null }
    r.sections.other = '六、其他需要报告的事项：本年度无'
    expect(sectionParagraphs(r, six)).toEqual(['本年度无'])
    r.sections.problems = '五、存在的主要问题及改进情况：暂无'
    expect(sectionParagraphs(r, five)).toEqual(['暂无'])
    r.sections.other = '六、其他需要报告的事项\n无。'
    expect(sectionParagraphs(r, six)).toEqual(['无。'])
  })

  it('prints no fee twice that 六 writes with thousands separated or in 万 (50,000件, 123.456万元, 1 234 560元)', () => {
    const r = sampleReport()
    r.fees = { notices: 50000, noticedAmount: 1234560, collected: 1000000 }
    for (const other of [
      '本年度发出收费通知50,000件，收费通知总金额1,234,560元，实际收取信息处理费1,000,000元。',
      '本年度发出收费通知5万件，收费通知总金额123.456万元，实际收取信息处理费100万元。',
      '本年度发出收费通知50 000件，收费通知总金额1 234 560元，实际收取信息处理费1 000 000元。',
      '本年度发出收费通知共计5万件，收费通知总金额合计123.456万元，收取信息处理费共计100万元。',
      '本年度收费通知书共计50000件，收费通知金额总计为1234560元，实际收取总计1000000元。'
    ]) {
      r.sections.other = other
      expect(sectionParagraphs(r, six)).toEqual([other])
    }
    // and one the words state otherwise is printed beside them, for the checks to name
    r.sections.other = '本年度实际收取信息处理费99万元。'
    expect(sectionParagraphs(r, six)[1]).toContain('实际收取总金额1000000元')
  })

  it('never drops a first line that opens with the heading’s words and goes on (一、总体情况2023年，我区…)', () => {
    const r = sampleReport()
    const one = getFormat('2021').sections.find((s) => s.id === 'overview')!
    r.sections.overview = '一、总体情况2023年，我区认真贯彻落实条例'
    expect(sectionParagraphs(r, one)).toEqual(['一、总体情况2023年，我区认真贯彻落实条例'])
  })
})
