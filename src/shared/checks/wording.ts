// Outdated wording carried over from reports written under the 2007 条例 (checks.md REF-01, REF-02), in the
// 2019 and 2021 formats only: a legacy report rightly speaks the old language. In a legacy report, requests
// counted in 条 rather than 件 (L-T-02).
import type { FormatDecl } from '../formats'
import type { Report } from '../model/report'
import { ABOUT_REPORT, OLD_ARTICLE, OLD_ORDER, sentences } from './citations'
import { PROSE_FIXES } from './fixes'
import { remember, type Memo } from './memo'
import { checkText, sectionWhere } from './messages'
import { normalizeProse } from './text'
import type { Finding } from './types'

// REF-02: the old outcome categories, and what table 三 calls them now. Longer words first, so that
// 不同意公开 is not also read as 同意公开.
const LEGACY_OUTCOMES: { pattern: RegExp; now: string | null }[] = [
  { pattern: /不同意公开|否决公开/g, now: '（三）不予公开' },
  { pattern: /同意部分公开/g, now: '（二）部分公开' },
  { pattern: /同意公开/g, now: '（一）予以公开' },
  { pattern: /信息不存在|非本机关|非本部门掌握/g, now: '（四）无法提供“1.本机关不掌握相关政府信息”' },
  { pattern: /三需要|与生产生活科研需要无关|生产、生活、科研等特殊需要/g, now: null }
]

interface Quotes {
  citations: string[]
  outcomes: { quote: string; now: string | null }[]
}

const memo: Memo<Quotes> = new Map()
const quotes = (raw: string): Quotes => remember(memo, raw, () => read(normalizeProse(raw)))

function read(text: string): Quotes {
  const citations = new Set<string>()
  for (const m of text.matchAll(OLD_ORDER)) citations.add(m[0])
  for (const s of sentences(text)) {
    if (!ABOUT_REPORT.test(s)) continue
    for (const m of s.matchAll(OLD_ARTICLE)) citations.add(`条例${m[1]}`)
  }
  // Each place is read once, by the longest word that covers it.
  const taken: [number, number][] = []
  const found: { at: number; quote: string; now: string | null }[] = []
  for (const { pattern, now } of LEGACY_OUTCOMES) {
    for (const m of text.matchAll(pattern)) {
      const at = m.index ?? 0
      if (taken.some(([a, b]) => at >= a && at < b)) continue
      taken.push([at, at + m[0].length])
      found.push({ at, quote: m[0], now })
    }
  }
  // In reading order, each word once.
  const seen = new Set<string>()
  const outcomes = found
    .sort((a, b) => a.at - b.at)
    .filter((f) => !seen.has(f.quote) && Boolean(seen.add(f.quote)))
    .map(({ quote, now }) => ({ quote, now }))
  return { citations: [...citations], outcomes }
}

// L-T-02: a request is a 件, not a 条 (an item of information): “受理…申请42条”, or a table of requests whose
// stated unit is 条 (“附表2 依申请公开情况统计单位:条”).
const REQUESTS_IN_TIAO = [
  /(?:受理|收到|接到|办理)[^。，；\n]{0,16}申请[^。，；\n\d]{0,4}\d+条/,
  /依申请公开[^。\n]{0,10}统计表?[^。\n\d]{0,4}单位[:：]条/
]

function requestUnits(report: Report, format: FormatDecl): Finding[] {
  for (const s of format.sections) {
    const text = normalizeProse(report.sections[s.id] ?? '')
    const quote = REQUESTS_IN_TIAO.map((re) => re.exec(text)?.[0]).find(Boolean)
    if (quote)
      return [
        {
          rule: 'prose.requestUnit',
          severity: 'warning',
          message: checkText.requestUnit(sectionWhere(s.heading), quote),
          cells: [`sections:${s.id}`],
          quote
        }
      ]
  }
  return []
}

export function checkWording(report: Report, format: FormatDecl): Finding[] {
  if (format.id === 'legacy') return requestUnits(report, format)
  const out: Finding[] = []
  for (const s of format.sections) {
    const text = report.sections[s.id] ?? ''
    if (!text.trim()) continue
    const where = sectionWhere(s.heading)
    const cells = [`sections:${s.id}`]
    const q = quotes(text)
    // Offered where it changes the text as typed: the check reads it with a PDF's line breaks taken out.
    const fix =
      q.citations.length && PROSE_FIXES.currentRegulation(text) !== text ? 'currentRegulation' : undefined
    for (const quote of q.citations) {
      out.push({
        rule: 'prose.oldRegulation',
        severity: 'warning',
        message: checkText.oldRegulation(where, quote),
        cells,
        quote,
        ...(fix && { fix })
      })
    }
    for (const { quote, now } of q.outcomes) {
      out.push({
        rule: 'prose.legacyOutcome',
        severity: 'warning',
        message: now ? checkText.legacyOutcome(where, quote, now) : checkText.legacyNeedTest(where, quote),
        cells,
        quote
      })
    }
  }
  return out
}
