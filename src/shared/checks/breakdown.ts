// A whole and its breakdown in prose (checks.md NAR-03, NAR-04): “共受理申请42条，其中网上申请20条，书面申请
// 2条” lists parts that should add up to the whole (22 ≠ 42: twenty requests unaccounted for), and no
// part may exceed it. Only what follows “其中” is read as a breakdown, and only counts in the whole's kind
// of unit (items, times, persons, yuan), so dates, percentages and changes (“同比增加5件”) are left alone.
import type { FormatDecl } from '../formats'
import { SECTION_IDS, type Report } from '../model/report'
import { remember, type Memo } from './memo'
import { checkText, sectionWhere } from './messages'
import { nthOf } from '../text/locate'
import { CHINESE_COUNT_ALONE, countValue } from '../text/numerals'
import { normalizeProse } from './text'
import type { Finding } from './types'

/** Units by kind: parts are compared with a whole of the same kind only. */
const KIND: Record<string, string> = {
  件: 'item',
  条: 'item',
  宗: 'item',
  项: 'item',
  个: 'item',
  篇: 'item',
  幅: 'item',
  份: 'item',
  次: 'times',
  人次: 'personTimes',
  人: 'persons',
  元: 'yuan'
}
// 个 before a unit of time or 百分点 is not a count (平均答复5个工作日). A count in Chinese numerals (其中自然人
// 申请二十件) is read as the prose checks read it, in 件, 条 and the like only.
const COUNT = new RegExp(
  `(约|近|超过|逾)?(\\d+(?:\\.\\d+)?|${CHINESE_COUNT_ALONE})(多余|余|多)?(万|亿)?(人次|件|条|宗|项|个|篇|幅|份|次|人|元)(?![%\\d])(?!(?<=个)多?(?:工作日|自然日|日|天|月|小时|星期|季度|百分点))`,
  'g'
)
const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8 }

// A change or a rate, not a part: “同比增加5件”, “比上年减少3条”.
const CHANGE_BEFORE = /(?:同比|比上年|较上年|环比|增加|增长|减少|下降|上升|提高|多|少)[^，,、；;\d]{0,4}$/
// Totals counted once across channels (“不同渠道和方式公开相同信息计1条”): the parts may add up to more.
const UNIQUE_COUNT = /计1[条次个件]|不重复计|重复计算/
// “其他为信函等方式”: the rest is named but not counted, so the parts need not add up.
const REST_UNCOUNTED = /其[他余](?:为|是|均为|通过)(?![^，,；;。]{0,12}\d)/
const SHARE = /^[，,]?(?:约)?占[^，,；;。\d]{0,8}?(\d+(?:\.\d+)?)%/
// A copy that lost 年 glues a year to the count after it (IMP-02: “其中201613800条” for 其中2016年13800条):
// a year, then a figure that does not start with 0. Not a count to compare.
const YEAR_GLUED = /^(?:19|20)\d{2}[1-9]\d{2,5}$/

interface Count {
  value: number
  kind: string
  approximate: boolean
  /** Half a unit of the last digit shown, in the count's own scale: what rounding may hide. */
  slack: number
  /** The share printed right after it (“687件，占57.2%”), when there is one. */
  share?: { value: number; slack: number }
}

export interface Breakdown {
  quote: string
  /** Where the quote starts in the text read, when it is a slice of it (a list's drops its line breaks). */
  at?: number
  whole: Count
  parts: Count[]
  uniqueCount: boolean
  restUncounted: boolean
  /** Not items one thing is counted under more than once (published on several channels): more than the whole is wrong. */
  exclusive: boolean
  /** Said to be every item (“其中分别为…”, one per line under “…中：”), so a sum under the whole is wrong too. */
  exhaustive: boolean
  /** One part per line after “…中：”. */
  list: boolean
  /** Ended by its items, not by its sentence (itemsEnd). */
  cut: boolean
}

function countsIn(text: string): { at: number; count: Count }[] {
  const out: { at: number; count: Count }[] = []
  for (const m of text.matchAll(COUNT)) {
    const [all, before, digits, after, scaleWord, unit] = m
    if (CHANGE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue
    if (YEAR_GLUED.test(digits)) continue
    // 一百二件 (120 or 102?) is no count to add up.
    const value = countValue(digits)
    if (value === undefined) continue
    const scale = scaleWord ? SCALE[scaleWord] : 1
    const decimals = (digits.split('.')[1] ?? '').length
    const end = m.index + all.length
    const share = SHARE.exec(text.slice(end))
    out.push({
      at: m.index,
      count: {
        value: value * scale,
        kind: KIND[unit],
        approximate: Boolean(before || after),
        slack: decimals || scaleWord ? 0.5 * 10 ** -decimals * scale : 0,
        ...(share
          ? {
              share: {
                value: Number(share[1]),
                slack: 0.5 * 10 ** -(share[1].split('.')[1] ?? '').length
              }
            }
          : {})
      }
    })
  }
  return out
}

const NUMBERED = /^\s*(?:\d+|[一二三四五六七八九十]+)[.．、]/
const HAS_SHARE = /占[^，,；;。\d]{0,8}?\d+(?:\.\d+)?%/

/**
 * A semicolon ends the list, unless the clauses on both sides are items of one list: numbered (“1.组织机构
 * 74条;2.规章32条”) or each with its share (“行政职权类45条,占4%;政策法规类91条,占8.2%”). “办结28件，其中予以
 * 公开15件，占53.6%；结转下年度1件” is one part, then another matter.
 */
function withinList(text: string): string {
  const clauses = text.split(/(?<=[；;])/)
  let end = clauses[0].length
  for (let i = 1; i < clauses.length; i++) {
    const [a, b] = [clauses[i - 1], clauses[i]]
    const numbered = NUMBERED.test(a) && NUMBERED.test(b)
    const shared = HAS_SHARE.test(a) && HAS_SHARE.test(b)
    if (!numbered && !shared) break
    end += b.length
  }
  return text.slice(0, end)
}

/** Where the last clause of `text` begins: after its last semicolon, or failing that its last comma. */
function lastClauseBreak(text: string): number {
  const semi = Math.max(text.lastIndexOf('；'), text.lastIndexOf(';'))
  return semi >= 0 ? semi : Math.max(text.lastIndexOf('，'), text.lastIndexOf(','))
}

/** Inside brackets that are still open at `at` (“52824次（同一热点计1次）”: the 1 is a note, not the whole). */
const inBrackets = (text: string, at: number): boolean => /[（(][^）)]*$/.test(text.slice(0, at))

const sentenceStart = (text: string, at: number): number =>
  Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('\n', at - 1)) + 1

/**
 * Words that open a clause about another figure than a list's items (“其中自然人20件、法人7件，上年结转2件，
 * 办结28件”): the list has ended before them, unless its first item opened with the same word.
 */
const NEW_MATTER =
  /^(?:上一?年度?结转|结转|新收|收到|受理|办结|答复|共计?|合计|总计|累计|全年|本年度?|另有|另外|此外|同时)/

/**
 * Where the items after “其中” end within `parts`, and whether that was told from the items themselves (a
 * list of “、” ended by a comma, or by a clause of another matter) rather than by the sentence: then what
 * follows might still have been meant as a part, and the parts are not held to make up the whole.
 */
function itemsEnd(parts: string): { end: number; cut: boolean } {
  const firstCount = countsIn(parts)[0]
  if (!firstCount) return { end: parts.length, cut: false }
  let end = parts.length
  const afterFirst = parts.slice(firstCount.at).search(/[，,、；;]/)
  if (afterFirst >= 0 && parts[firstCount.at + afterFirst] === '、') {
    const comma = parts.slice(firstCount.at).search(/[，,；;]/)
    if (comma >= 0) end = firstCount.at + comma
  }
  const firstWord = NEW_MATTER.exec(parts.replace(/^[，,：:]+/, ''))?.[0]
  for (const m of parts.slice(0, end).matchAll(/[，,、]/g)) {
    if (m.index < firstCount.at) continue
    const word = NEW_MATTER.exec(parts.slice(m.index + 1))?.[0]
    if (word && word !== firstWord) return { end: m.index, cut: true }
  }
  return { end, cut: end < parts.length }
}

/** The items listed after a “其中”: from `from` to `to` in the text; `cut` as in itemsEnd. */
export interface PartList {
  /** Where “其中” stands. */
  at: number
  from: number
  to: number
  /** Where the list would end were it not told from its items: its sentence, brackets or next whole. */
  reach: number
  cut: boolean
}

/** Every list of items after “其中” in `text` (normalised prose). */
export function partLists(text: string): PartList[] {
  const lists: PartList[] = []
  for (const m of text.matchAll(/其中/g)) {
    const from = m.index + 2
    // The parts run to the end of the sentence, or of the brackets “其中” was opened in (“15985条（其中
    // 2016年13800条）”), or to the clause that states the next whole (“…尚未审结37件；行政诉讼46件，其中…”).
    const here = sentenceStart(text, m.index)
    const bracketed = inBrackets(text.slice(here), m.index - here)
    const stop = (bracketed ? /[。\n）)]|其中/ : /[。\n]|其中/).exec(text.slice(from))
    let partsText = text.slice(from, stop ? from + stop.index : text.length)
    if (stop?.[0] === '其中') partsText = partsText.slice(0, Math.max(0, lastClauseBreak(partsText)))
    partsText = withinList(partsText)
    const { end, cut } = itemsEnd(partsText)
    lists.push({ at: m.index, from, to: from + end, reach: from + partsText.length, cut })
  }
  return lists
}

// Information published on several channels (政府网站发布…、政务微信发布…) is counted once per channel, as a
// unique count (NAR-04) is: its items may add up to more than the whole.
const PUBLISHED = /发布|转载|推送|同步/
const ITEM_MARK = /[，,、；;：:\n]/

/** The words of `text` before `at` back to the mark that opens its item. */
function wordsBefore(text: string, at: number): string {
  let start = at
  while (start > 0 && !ITEM_MARK.test(text[start - 1])) start--
  return text.slice(start, at)
}

/** The words of each count in `text`: from the mark before it to its figure. */
const itemWords = (text: string): string[] => countsIn(text).map(({ at }) => wordsBefore(text, at))

const itemsExclusive = (partsText: string): boolean => !itemWords(partsText).some((w) => PUBLISHED.test(w))

/** Words that say the items after “其中” are all there are. */
const EXHAUSTIVE = /^[，,：:]*(?:分别为|分别是|依次为|全部为|均为)/

/** Whether `a` and `b` share three characters in a row, less the words every count of a report has. */
function shareWords(a: string, b: string): boolean {
  const plain = (s: string) => s.replace(/政府信息公开|信息公开|政府信息|申请|本机关|本年度?|全年/g, '|')
  const [x, y] = [plain(a), plain(b)]
  for (let i = 0; i + 3 <= x.length; i++) {
    const piece = x.slice(i, i + 3)
    if (!piece.includes('|') && y.includes(piece)) return true
  }
  return false
}

/**
 * The whole of the items after “其中”: the last count before it of the items' kind, unless the first item
 * names another count of its sentence (“被申请行政复议3件、被提起行政诉讼1件，其中，行政复议维持1件…”: 复议's
 * 3, not 诉讼's 1). Where the last is one of several counts listed together and the items name none, their
 * whole is not known (each, or their sum): none.
 */
function ownWhole(
  head: string,
  wholes: { at: number; count: Count }[],
  partsText: string
): { at: number; count: Count } | undefined {
  const last = wholes.at(-1)
  if (!last) return undefined
  const from = sentenceStart(head, head.length)
  const inSentence = wholes.filter((w) => w.at >= from)
  const first = itemWords(partsText.replace(/^[，,：:]+/, ''))[0] ?? ''
  const words = (at: number): string => wordsBefore(head, at)
  if (!shareWords(words(last.at), first)) {
    const named = inSentence.filter((w) => w !== last && shareWords(words(w.at), first))
    if (named.length === 1) return named[0]
    const before = inSentence.at(-2)
    if (before && /^[^，,；;。]*[、和及与]/.test(head.slice(before.at, last.at))) return undefined
  }
  return last
}

/** Every “…whole…其中 parts” in `text` (normalised prose). */
export function breakdownsIn(text: string): Breakdown[] {
  const found: Breakdown[] = []
  const lists = partLists(text)
  lists.forEach((list, i) => {
    const partsText = text.slice(list.from, list.to)
    const parts = countsIn(partsText).map((c) => c.count)
    if (!parts.length) return
    const kind = parts[0].kind
    const same = parts.filter((p) => p.kind === kind)
    // The whole: the last count of that kind before “其中”, in its sentence or the one before (“…1202件，
    // 答复率100%。其中，…”), that is not itself a share of something.
    const here = sentenceStart(text, list.at)
    const head = text.slice(here > 0 ? sentenceStart(text, here - 1) : 0, list.at)
    const wholes = countsIn(head).filter(
      (c) => c.count.kind === kind && !c.count.share && !inBrackets(head, c.at)
    )
    const whole = ownWhole(head, wholes, partsText)
    if (!whole) return
    // A whole that is an item of the list before (“其中按期答复27件，延期答复1件，其中…”) may be the whole
    // of what follows or its sibling: not said which.
    const at = list.at - head.length + whole.at
    if (lists.slice(0, i).some((l) => l.from <= at && at < l.to)) return
    found.push({
      quote: text.slice(at, list.to),
      at,
      whole: whole.count,
      parts: same,
      uniqueCount: UNIQUE_COUNT.test(head + partsText),
      restUncounted: REST_UNCOUNTED.test(partsText),
      exclusive: itemsExclusive(partsText),
      exhaustive: EXHAUSTIVE.test(text.slice(list.from, list.from + 6)),
      list: false,
      cut: list.cut
    })
  })
  return found
}

/**
 * A whole that introduces a list, one part per line (“在已经答复的91件申请中：” then “同意公开的71件…”, “同意
 * 部分公开8件…” …): the first count of the whole's kind on each following line, while there is one.
 */
export function listsIn(text: string): Breakdown[] {
  const found: Breakdown[] = []
  for (const m of text.matchAll(/[^\n]*中[：:]\n/g)) {
    const whole = countsIn(m[0]).at(-1)?.count
    if (!whole || whole.share) continue
    const parts: Count[] = []
    let end = m.index + m[0].length
    for (const line of text.slice(end).split('\n')) {
      const part = countsIn(line).find((c) => c.count.kind === whole.kind)?.count
      if (!part) break
      parts.push(part)
      end += line.length + 1
    }
    if (!parts.length) continue
    found.push({
      quote: text.slice(m.index, end - 1).replace(/\n/g, ''),
      whole,
      parts,
      uniqueCount: false,
      restUncounted: false,
      exclusive: itemsExclusive(text.slice(m.index + m[0].length, end)),
      exhaustive: true,
      list: true,
      cut: false
    })
  }
  return found
}

const memo: Memo<Breakdown[]> = new Map()
const breakdowns = (raw: string): Breakdown[] =>
  remember(memo, raw, () => {
    const text = normalizeProse(raw)
    return [...breakdownsIn(text), ...listsIn(text)]
  })

/**
 * “其中” often picks out a few categories of many (“主动公开4216条，其中政策文件312条、财政预决算96条”), which
 * need not add up. A breakdown that falls short is reported only when it reads as meant to be complete: a
 * list one part per line, said to be all (“其中分别为…”), shares for every part making 100%, or parts that
 * already cover half the whole (“申请42条，其中网上20条，书面2条”: a channel is missing, not skipped; checks.md
 * names it, and 珠海's 1022 of 1202).
 */
const looksComplete = (b: Breakdown, sum: number): boolean =>
  !b.cut && (b.list || b.exhaustive || sharesMakeAll(b.parts) || sum * 2 >= b.whole.value)

/** A share for every part, adding up to 100 give or take what rounding each may hide: every part is there. */
function sharesMakeAll(parts: Count[]): boolean {
  if (!parts.every((p) => p.share)) return false
  const total = parts.reduce((s, p) => s + p.share!.value, 0)
  return Math.abs(total - 100) <= parts.reduce((s, p) => s + p.share!.slack, 0) + 1e-9
}

const short = (quote: string): string => (quote.length > 60 ? `${quote.slice(0, 58)}……` : quote)
const n = checkText.number

export function checkBreakdowns(report: Report, format: FormatDecl): Finding[] {
  const out: Finding[] = []
  for (const id of SECTION_IDS) {
    const raw = report.sections[id]
    if (!raw || !/其中|中[：:]/.test(raw)) continue
    const where = sectionWhere(format.sections.find((s) => s.id === id)?.heading ?? '')
    const cells = [`sections:${id}`]
    const text = normalizeProse(raw)
    for (const b of breakdowns(raw)) {
      const { whole, parts } = b
      const quote = short(b.quote)
      // the place meant, where the same words recur
      const quoted = { quote: b.quote, quoteNth: b.at === undefined ? 0 : nthOf(text, b.quote, b.at) }
      const approximate = whole.approximate || parts.some((p) => p.approximate)
      // Approximate figures (“13800余条”) are compared loosely: a tenth of the whole.
      const slack = approximate
        ? whole.value / 10
        : whole.slack + parts.reduce((s, p) => s + p.slack, 0) + 1e-9
      const over = parts.filter((p) => p.value > whole.value + (approximate ? 0 : whole.slack + p.slack))
      if (over.length) {
        out.push({
          rule: 'prose.partOverWhole',
          severity: 'warning',
          message: checkText.partOverWhole(where, quote, n(over[0].value), n(whole.value)),
          cells,
          ...quoted
        })
        continue
      }
      if (parts.length < 2) continue
      const sum = parts.reduce((s, p) => s + p.value, 0)
      const terms = parts.map((p) => n(p.value)).join('+')
      if (sum > whole.value + slack && !b.uniqueCount && b.exclusive) {
        out.push({
          rule: 'prose.partsSum',
          severity: 'warning',
          message: checkText.partsOver(where, quote, terms, n(sum), n(whole.value)),
          cells,
          ...quoted
        })
      } else if (sum < whole.value - slack && !b.restUncounted && looksComplete(b, sum)) {
        out.push({
          rule: 'prose.partsSum',
          severity: 'warning',
          message: checkText.partsUnder(where, quote, terms, n(sum), n(whole.value)),
          cells,
          ...quoted
        })
      } else if (Math.abs(sum - whole.value) <= slack && parts.every((p) => p.share)) {
        // An exhaustive breakdown with a share for every part: the shares add up to 100, give or take
        // what rounding each one may hide.
        const shares = parts.map((p) => p.share!)
        const total = shares.reduce((s, p) => s + p.value, 0)
        const give = shares.reduce((s, p) => s + p.slack, 0) + 1e-9
        if (Math.abs(total - 100) > give) {
          out.push({
            rule: 'prose.partsSum',
            severity: 'warning',
            message: checkText.sharesSum(where, quote, n(Math.round(total * 100) / 100)),
            cells,
            ...quoted
          })
        }
      }
    }
  }
  return out
}
