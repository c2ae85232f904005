// The report's year against its title, its own self-references and its statistical period (YR-01, YR-02),
// and the format against the year (STR-03).
import { formatForYear } from '../formats'
import type { FormatDecl } from '../formats'
import type { Report } from '../model/report'
import { checkText, sectionWhere } from './messages'
import { normalizeProse } from './text'
import type { Finding } from './types'
import { nthOf, occurrences } from '../text/locate'

const TITLE_YEAR = /((?:19|20)\d{2})\s*年/g
// “2013年度政府信息公开年度报告”, “2015年度政府信息公开工作报告”, “2014年政务公开工作年报”.
const SELF_REFERENCE =
  /((?:19|20)\d{2})年度?(?:的)?(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:报告|年报)/g
// Last year's report referred to, not this one named with last year's year: “对照2023年…年度报告中提出的问题”,
// “2023年…年度报告中…误填，特此更正” (as a correction of last year's figures, XY-01, is written).
// (Not “…报告中所列数据”, the template's words for the report itself.)
const REFERRED = /^(?:中(?!所列)|里|所[提述载]|提出|指出|的(?:问题|内容))/
// A recycled text opens with last year's “2015年，…”.
const OPENING_YEAR = /^[^。\n]{0,20}?((?:19|20)\d{2})年[，,]/
const DATE = '((?:19|20)\\d{2})\\s*[年\\-./]\\s*(\\d{1,2})\\s*[月\\-./]\\s*(\\d{1,2})\\s*日?'
// The period's end may leave its year to the start's: “2024年1月1日至11月30日”.
const END_DATE = '(?:((?:19|20)\\d{2})\\s*[年\\-./]\\s*)?(\\d{1,2})\\s*[月\\-./]\\s*(\\d{1,2})\\s*日?'
const PERIOD = new RegExp(
  `(?:统计期限|统计期间|统计时限|统计时段|统计区间|统计时间|时间范围)[^。；\\d]{0,12}?${DATE}[^。；\\d]{0,6}?(?:至|到|—|－|-|~|～)[^。；\\d]{0,4}?${END_DATE}`,
  'g'
)
// “报告数据截止时间为2016年12月30日”; copies that lost 年/月 read “20161230日”. Only a cut-off of the
// report's figures is its period: “截至2024年6月30日，我市已完成目录编制” says when something was done,
// and “征求意见截止时间为…” when a consultation closed.
const CUTOFF = new RegExp(
  `(?:数据|统计)[^。；，,\\d]{0,6}?截[止至](?:时间|日期)?(?:为|到|至|：|:)?(?:${DATE}|((?:19|20)\\d{2})(\\d{2})(\\d{2})日)`,
  'g'
)

/** The one whole calendar year a text gives as its statistical period (2024年1月1日至2024年12月31日), if any. */
export function periodYear(text: string): number | undefined {
  const years = new Set<number>()
  for (const m of normalizeProse(text).matchAll(PERIOD)) {
    const [y, mo, d] = m.slice(1, 4).map(Number)
    const to = [Number(m[4] ?? m[1]), Number(m[5]), Number(m[6])]
    if (mo === 1 && d === 1 && to.join('-') === `${y}-12-31`) years.add(y)
  }
  return years.size === 1 ? [...years][0] : undefined
}

// The intro: the opening of 总体情况 (an importer may keep a heading line such as “引言” before it).
const INTRO_LENGTH = 500
const opening = (text: string): string => text.trimStart().slice(0, INTRO_LENGTH)
/** The first paragraph that is more than a heading. */
const firstParagraph = (text: string): string =>
  text
    .trimStart()
    .split('\n')
    .find((p) => p.trim().length > 15) ?? ''
const lastParagraph = (text: string): string => {
  const t = text.trimEnd()
  return t.slice(t.lastIndexOf('\n') + 1)
}

export function checkMeta(report: Report, format: FormatDecl): Finding[] {
  const out: Finding[] = []
  // A report is the agency's: its title and its 落款 name it, and its deadline depends on what it is.
  if (!report.agency.trim())
    out.push({
      rule: 'meta.agency',
      severity: 'error',
      message: checkText.agencyMissing,
      cells: ['meta:agency']
    })
  const Y = report.year
  const want = formatForYear(Y)
  if (want.id !== format.id) {
    out.push({
      rule: 'meta.format',
      severity: 'error',
      message: checkText.formatForYear(Y, format.name, want.name),
      cells: ['meta:year']
    })
  }

  for (const m of report.title.matchAll(TITLE_YEAR)) {
    if (Number(m[1]) !== Y) {
      out.push({
        rule: 'meta.year',
        severity: 'error',
        message: checkText.titleYear(report.title, Y, Number(m[1])),
        cells: ['meta:title', 'meta:year']
      })
      break
    }
  }

  const overview = format.sections.find((s) => s.id === 'overview')
  const other = format.sections.find((s) => s.id === 'other')
  const places = [
    {
      id: 'overview' as const,
      heading: overview?.heading ?? '',
      text: opening(report.sections.overview),
      opening: true
    },
    {
      id: 'other' as const,
      heading: other?.heading ?? '',
      text: lastParagraph(report.sections.other),
      opening: false
    }
  ]
  for (const p of places) {
    const text = normalizeProse(p.text)
    // The words to select are in the whole section; 六's last paragraph follows every other place they occur.
    const whole = normalizeProse(report.sections[p.id] ?? '')
    const nth = (quote: string, at: number): number =>
      (p.opening ? 0 : occurrences(whole, quote) - occurrences(text, quote)) + nthOf(text, quote, at)
    const seen = new Set<string>()
    for (const m of text.matchAll(SELF_REFERENCE)) {
      if (Number(m[1]) === Y || seen.has(m[0])) continue
      if (REFERRED.test(text.slice((m.index ?? 0) + m[0].length))) continue
      seen.add(m[0])
      out.push({
        rule: 'meta.year',
        severity: 'error',
        message: checkText.selfYear(sectionWhere(p.heading), m[0], Y),
        cells: [`sections:${p.id}`, 'meta:year'],
        quote: m[0],
        quoteNth: nth(m[0], m.index ?? 0)
      })
    }
    const open = p.opening
      ? OPENING_YEAR.exec(normalizeProse(firstParagraph(report.sections.overview)))
      : null
    if (open && Number(open[1]) !== Y && !seen.size) {
      out.push({
        rule: 'meta.year',
        severity: 'error',
        message: checkText.selfYear(sectionWhere(p.heading), open[0], Y),
        cells: [`sections:${p.id}`, 'meta:year'],
        quote: open[0]
      })
    }
  }

  for (const id of ['overview', 'other'] as const) {
    const text = normalizeProse(report.sections[id] ?? '')
    // One finding per wrong date, however often the text repeats it.
    const seen = new Set<string>()
    const once = (date: string) => !seen.has(date) && !!seen.add(date)
    for (const m of text.matchAll(PERIOD)) {
      const from = m.slice(1, 4).map(Number)
      const to = [Number(m[4] ?? m[1]), Number(m[5]), Number(m[6])]
      if (!once(`${from.join('-')}~${to.join('-')}`)) continue
      if (from.join('-') !== `${Y}-1-1` || to.join('-') !== `${Y}-12-31`) {
        out.push({
          rule: 'meta.period',
          severity: 'error',
          message: checkText.period(m[0], Y),
          cells: [`sections:${id}`, 'meta:year'],
          quote: m[0],
          quoteNth: nthOf(text, m[0], m.index ?? 0)
        })
      }
    }
    for (const m of text.matchAll(CUTOFF)) {
      const d = (m[1] ? m.slice(1, 4) : m.slice(4, 7)).map(Number)
      if (!once(`~${d.join('-')}`)) continue
      if (d.join('-') !== `${Y}-12-31`) {
        out.push({
          rule: 'meta.period',
          severity: 'error',
          message: checkText.period(m[0], Y),
          cells: [`sections:${id}`, 'meta:year'],
          quote: m[0],
          quoteNth: nthOf(text, m[0], m.index ?? 0)
        })
      }
    }
  }
  return out
}
