// Prose against tables (NAR-01), one figure quoted twice with two values (NAR-05), and percentages against
// their counts (NAR-02). What the text says is extracted once per distinct text (cached), so re-checking a
// report whose prose did not change costs only the comparisons.
import { cellIndex, splitRef } from '../formats'
import type { FormatDecl, ProseQuantity, SectionDecl, SectionId, TableId } from '../formats'
import type { Report } from '../model/report'
import { partLists, type PartList } from './breakdown'
import { cellFullName } from './labels'
import { remember, type Memo } from './memo'
import { checkText, sectionWhere } from './messages'
import { nthOf } from '../text/locate'
import {
  CHINESE_COUNT,
  CHINESE_COUNT_ALONE,
  CHINESE_DIGITS,
  chineseNumeral,
  countValue
} from '../text/numerals'
import { normalizeProse } from './text'
import type { Finding } from './types'
import { cumulativeOfYear, MANNER, SINCE_OTHER_START } from '../text/when'

/** Sections whose prose quotes this year's table figures (五 and 六 may cite other years'). */
const QUOTING: readonly SectionDecl['id'][] = ['overview', 'active', 'requests', 'review']
const ALL: readonly SectionDecl['id'][] = ['overview', 'active', 'requests', 'review', 'problems', 'other']

interface Quantity {
  decl: ProseQuantity
  patterns: RegExp[]
  /** Read only in the section `decl.within` names. */
  within: RegExp[]
  /** Said of the requests counted as received: the year's only where none were carried over. */
  ofReceived: RegExp[]
  terms: { table: TableId; key: string; sign: number }[]
  refs: string[]
  label: string
  /**
   * The key of its one cell where that holds money in the unit the report gives it (2019 采购总金额): the words
   * are read in 元 and the cell in its unit, so that 2000万元 and 20000000元 are one amount.
   */
  amount?: string
}
interface Quote {
  quantity: number
  quote: string
  /** Where it starts in the text read. */
  at: number
  value: number
  /** Places after the decimal point in the quote (312.65万元: 2). */
  decimals: number
  /** The years its clause names (2023年收到申请20件): of another year than the report's, not its figure. */
  years: number[]
  /** The area (全市: 市) or body (住建局) its clause names: the agency's own only where it is theirs. */
  area?: string
  body?: string
  /**
   * An outcome said of the new requests alone (在收到的27件申请中，予以公开16件), with the count its words give
   * them: the year's only where none were carried over and that count is the new (checks by report).
   */
  ofNew?: { count?: number }
}

interface Compiled {
  quantities: Quantity[]
  quotes: Map<string, Quote[]>
  /** Per text: the first “none” statement of each quantity (or null). */
  nones: Map<string, (None | null)[]>
}
const cache = new WeakMap<FormatDecl, Compiled>()
const QUOTE_CACHE_LIMIT = 256

const global = (p: RegExp) => new RegExp(p.source, p.flags.includes('g') ? p.flags : p.flags + 'g')

function compile(format: FormatDecl): Compiled {
  let c = cache.get(format)
  if (c) return c
  const index = cellIndex(format)
  const quantities = format.prose.map((decl): Quantity => {
    const refs = decl.terms.map((t) => t.cell)
    for (const r of [...refs, ...(decl.alsoWith ?? []).map((t) => t.cell)])
      if (!index.has(r)) throw new Error(`prose quantity ${decl.name} names unknown cell ${r}`)
    return {
      decl,
      patterns: decl.patterns.map(global),
      within: decl.within?.patterns.map(global) ?? [],
      ofReceived: decl.ofReceived?.map(global) ?? [],
      terms: decl.terms.map((t) => {
        const [table, key = ''] = splitRef(t.cell) as [TableId, string?]
        return { table, key, sign: t.sign ?? 1 }
      }),
      refs,
      label: decl.label ?? refs.map((r) => cellFullName(format, r)).join('+'),
      ...(refs.length === 1 && index.get(refs[0])?.domain.kind === 'amount'
        ? { amount: splitRef(refs[0])[1] }
        : {})
    }
  })
  c = { quantities, quotes: new Map(), nones: new Map() }
  cache.set(format, c)
  return c
}

const quotesIn = (c: Compiled, text: string, section: SectionId): Quote[] =>
  remember(c.quotes, `${section}\u0000${text}`, () => findQuotes(c, text, section), QUOTE_CACHE_LIMIT)

const CLAUSE_MARK_AT = /[，,、；;：:。\n]/
/** The words of the clause before `at`, not before `from`, less brackets closed within it. */
function clauseBefore(text: string, at: number, from = 0): string {
  let start = at
  while (start > from && !CLAUSE_MARK_AT.test(text[start - 1])) start--
  return text.slice(start, at).replace(/[（(][^（()）]*[）)]/g, '')
}

/** Another time than the report's year: “上年同期收到申请20件”, “较上年新收20件”. */
const OTHER_TIME = /上一?年|去年|前年|同期|上期|往年|历年/
/**
 * A stretch of time other than the year, in the clause or the sentence's opening: 条例实施以来, 近三年, 上半年,
 * 第四季度, 5月份, 1-6月 (not 1-12月); 累计 too, unless the year is named with it (全年累计收到…).
 */
const OTHER_PERIOD = new RegExp(
  `${SINCE_OTHER_START.source}|近[\\d一二两三四五六七八九十]+年|[上下]半年|第[一二三四1-4]季度|[\\d一二三四五六七八九十]+月份|(?<!\\d)(?!1[-—～~至到]12月)\\d{1,2}[-—～~至到]\\d{1,2}月`
)
const YEAR = /(?<!\d)((?:19|20)\d{2})年/g
/** What an item of a breakdown may say before the figure and still be the whole's own (其中本年新收25件). */
const PLAIN = /^(?:本年度?|全年|今年|当年|年内|共|合计|共计|总计|累计|已经?|均|本机关|作出)*$/

/** The agency speaking of itself: a figure of 全市 beside one of 本机关 is the city's. */
const SELF = /本机关|本级|本单位|本部门|(?:本|我|全)(?:局|委|办|厅|署|院|中心|府)/
/** Bodies other than the agency: 各级行政机关, 各乡镇（街道）, 区政府各部门, 下属单位; the agency as 复议机关. */
const OTHERS = /各(?:级|[乡镇街区县市省部委局办单地])|所属|下属|作为(?:行政)?复议机关/
/** A clause's subject that is an area (全市, 我区): the agency's own only in its government's report. */
const AREA = /^(?:(?:19|20)\d{2}年度?)?(?:全|我|本)([省市区县州旗盟乡镇])/
/** A clause's subject that names a body (住建局收到申请12件, 市政府办公室共办理…): the agency's only if its name. */
const BODY =
  /^(?:(?:19|20)\d{2}年度?)?((?![本我该其])[\u4e00-\u9fa5]{0,16}?(?:局|委员会|委|办公室|厅|署|中心|人民政府|政府|法院|公司|街道办事处|街道|乡|镇))(?=(?:本年度?|全年|今年|共|合计|共计|累计|依法|已经?)*(?:收到|受理|新收|办结|答复|办理|处理|作出|制发|制定|印发|出台|发生|被|接到|共有|$))/
/**
 * Requests a “…中，” or “对…申请，” before the item narrows to (上年结转的2件申请中，自然人提出的申请中，新收申请27件中，
 * 对上年结转的2件申请，): their outcomes are not the year's. “办结的28件申请中” and “上述申请中” are the whole.
 */
const AMONG =
  /(?:^|[，,：:。；;\n])(?:(?:对|就)([^，,：:。；;\n]*?(?:申请|件))|([^，,：:。；;\n]*?)(?<!其)中)[，,：:]/g
const WHOLE_AMONG =
  /^(?:在|对)?(?:本年度?|全年|今年)?(?:上述|以上|所有|全部|这些)?(?:已经?)?(?:办结|答复|处理|办理)?(?:完毕)?(?:的)?(?:\d+件)?(?:政府信息公开|依申请公开)?(?:申请)?$/
const NEW_AMONG =
  /^(?:在|对)?(?:本年度?|全年|今年)?(?:共)?(?:新收|收到|受理)(?:到)?(?:的)?(?:\d+件)?(?:政府信息公开|依申请公开)?(?:申请)?$/
/** A whole that a “其中” follows and that is only some requests: 上年结转的2件申请已全部办结，其中… */
const SUBSET_WHOLE = /^(?:对|在)?(?:上一?年度?结转|上年度?未办结|自然人|法人|涉及)/
/** The documents a review went through (清理现行有效行政规范性文件52件, …保留40件): not those in force after it. */
const REVIEWED = /(?:清理|梳理|排查|审查|评估)了?$/
/** A figure from which the year's went up or down: 行政许可决定1500件减少至1200件. */
const FROM = /^(?:减少|下降|增加|增长|上升|降|增)(?:了)?(?:至|到)/

/** A figure in words, in digits or Chinese numerals with their unit (收到申请二十九件). */
const FIGURE = new RegExp(`\\d|[${CHINESE_DIGITS}][件宗条项起个]`)

/** Who a figure is of: the agency, another body, or an area (市) or a named body the check judges by the name. */
type Whose = { others: true } | { area: string } | { body: string } | object

// (在上级各部门的指导下，… too: whose figure a clause of circumstance does not say)
const LEADING = new RegExp(`${MANNER.source}|^在`)

function subjectOf(clause: string, paragraph: string): Whose {
  if (LEADING.test(clause)) return {}
  if (OTHERS.test(clause)) return { others: true }
  if (SELF.test(clause)) return {}
  const area = AREA.exec(clause)
  if (area) return SELF.test(paragraph) ? { others: true } : { area: area[1] }
  // 区政府办代表区政府受理…: the body it acts for.
  const body = BODY.exec(clause.replace(/^.*代表/, ''))
  return body ? { body: body[1] } : {}
}

/**
 * Whether a figure at `at` (its words to `end`) is not the table's: said of another time, of a subset of the
 * requests, of another body, with another item (予以公开和部分公开19件), or a part that an item of a “其中”
 * list qualifies (“其中通过网络平台收到申请20件”, “其中局机关新收申请20件”). The years and bodies named before
 * it are left to the check, which knows the report's year and agency.
 */
function context(
  text: string,
  at: number,
  end: number,
  lists: PartList[]
): { elsewhen: boolean; years: number[]; among?: 'new' | 'some'; amongCount?: number; whose: Whose } {
  const clause = clauseBefore(text, at)
  // A sentence that opens with its time (“2023年，我局收到…”) speaks of it throughout.
  const sentence = Math.max(...['。', '；', ';', '\n'].map((m) => text.lastIndexOf(m, at - 1))) + 1
  const before = text.slice(sentence, at)
  const opening = /^[^，,。；;\n]{0,16}[，,]/.exec(before)?.[0] ?? ''
  const years = [...(clause + opening).matchAll(YEAR)].map((m) => Number(m[1]))
  const part = lists.some((l) => l.from <= at && at < l.reach && !PLAIN.test(clauseBefore(text, at, l.from)))
  const when = clause + (FIGURE.test(opening) ? '' : opening)
  // 累计 is since some start; the year's where its sentence names the year before it (2024年，累计…).
  const period = OTHER_PERIOD.test(when) || (/累计/.test(when) && !cumulativeOfYear(before))
  // An item sharing its figure with the one before it (予以公开和部分公开19件; 予以公开15件和… has its own).
  const item = /[^，,：:。；;\n]*$/.exec(before)![0]
  const shared = /[和及与、或]$/.test(item) && !FIGURE.test(item)
  const previous = FROM.test(text.slice(end, end + 8))
  let among: 'new' | 'some' | undefined
  let amongCount: number | undefined
  for (const m of before.matchAll(AMONG)) {
    const words = (m[1] ?? m[2]).replace(/[（(][^（()）]*[）)]/g, '')
    // Only some requests narrow it: not 工作中, nor the cases of a block (行政诉讼中，结果维持…).
    if (!/申请(?!公开)|件/.test(words)) among = undefined
    else among = WHOLE_AMONG.test(words) ? undefined : NEW_AMONG.test(words) ? 'new' : 'some'
    const count = /(\d+)件/.exec(words)
    amongCount = among === 'new' && count ? Number(count[1]) : undefined
  }
  const list = lists.find((l) => l.from <= at && at < l.reach)
  if (list && SUBSET_WHOLE.test(text.slice(sentence, list.at))) among = 'some'
  // Whose figure: the clause's subject, else the sentence's, in its first clause or the one after its time.
  // 全市's figure is the city's where its paragraph also names the agency's own (本机关收到27件).
  const ends = text.indexOf('\n', at)
  const paragraph = text.slice(text.lastIndexOf('\n', at - 1) + 1, ends < 0 ? text.length : ends)
  const clauses = before.split(/[，,]/)
  let whose = subjectOf(clause, paragraph)
  for (const c of [clauses[0], FIGURE.test(clauses[0]) ? '' : clauses[1]]) {
    if ('others' in whose || 'area' in whose || 'body' in whose || SELF.test(clause)) break
    if (c) whose = subjectOf(c.replace(/[（(][^（()）]*[）)]/g, ''), paragraph)
  }
  return {
    elsewhen: part || shared || previous || period || REVIEWED.test(clause) || OTHER_TIME.test(clause),
    years,
    ...(among ? { among } : {}),
    ...(amongCount === undefined ? {} : { amongCount }),
    whose
  }
}

const POWERS: Record<string, number> = { 万: 4, 亿: 8 }

/**
 * A figure as written (240万, 12.34亿) in the unit of its cells (`unit` 万: a plain figure is in 万), and the
 * place it is exact to: 234.6万件 is 2346000 to the thousand (decimals -3), so 2345678 agrees with it.
 */
function figure(text: string, unit?: '万'): { value: number; decimals: number } | undefined {
  // 二十九件, as formats/prose.ts reads a count in Chinese numerals; one not surely read is left.
  if (!/\d/.test(text)) {
    const value = chineseNumeral(text)
    return value === undefined
      ? undefined
      : { value: value / (unit ? 10 ** POWERS[unit] : 1), decimals: unit ? POWERS[unit] : 0 }
  }
  // A signed change (本年增减-1项) as typed: full-width or the minus sign.
  text = text.replace(/^[−－]/, '-').replace(/^＋/, '+')
  const suffix = POWERS[text.at(-1)!]
  const power = suffix === undefined ? 0 : suffix - (unit ? POWERS[unit] : 0)
  const digits = text.replace(/[万亿]$/, '')
  const places = (digits.split('.')[1] ?? '').length
  // “12.34e4” is read exactly, where 12.34 * 10000 would carry a binary fraction.
  return { value: Number(`${digits}e${power}`), decimals: places - power }
}

function findQuotes(c: Compiled, text: string, section: SectionId): Quote[] {
  const found: Quote[] = []
  const seen = new Set<string>()
  const lists = partLists(text)
  const newOnly = c.quantities.map((q) => q.terms.every((t) => t.key.startsWith('new.')))
  c.quantities.forEach((q, i) => {
    // In this order: a figure read by two patterns is of the first (收到申请27件，办结27件 of those received).
    const patterns = [...q.patterns, ...q.ofReceived, ...(q.decl.within?.section === section ? q.within : [])]
    for (const p of patterns) {
      const received = q.ofReceived.includes(p)
      for (const m of text.matchAll(p)) {
        // Two patterns of one quantity may match the same figure (“新收到…申请259宗”); keep one.
        const key = `${i}:${m.index + m[0].length}`
        if (seen.has(key)) continue
        seen.add(key)
        const { elsewhen, years, among, amongCount, whose } = context(
          text,
          m.index,
          m.index + m[0].length,
          lists
        )
        if (elsewhen || 'others' in whose || among === 'some') continue
        // Of the new requests only (新收申请中，自然人…), a count of applicants is still the year's; an outcome
        // is, where the report carried none over (ofYear), as is one said of the requests received.
        const ofNew =
          among === 'new' && !newOnly[i] ? { ofNew: { count: amongCount } } : received ? { ofNew: {} } : {}
        const read = figure(m[1], q.decl.unit)
        if (!read) continue
        const { value, decimals } = read
        const sign = q.decl.negative?.test(m[0]) ? -1 : 1
        found.push({
          quantity: i,
          quote: m[0],
          at: m.index,
          value: sign * value,
          decimals,
          years,
          ...whose,
          ...ofNew
        })
      }
    }
  })
  return found
}

/** Whether `short`'s characters are all in `long`, in order: 住建局 of 住房和城乡建设局. */
function abridges(long: string, short: string): boolean {
  let i = 0
  for (const ch of long) if (ch === short[i]) i++
  return i === short.length
}

/**
 * The agency's own name, and as written short: 某某市人民政府 as 市政府, 某某市住房和城乡建设局 as 市住建局 (its
 * words in order, ending as it ends, the place before it left aside).
 */
const names = (agency: string, body: string): boolean => {
  if (agency.includes(body) || agency.includes(body.replace(/(?<!人民)政府$/, '人民政府'))) return true
  const own = body.replace(/^[省市区县]/, '')
  return own.length >= 3 && own.at(-1) === agency.at(-1) && abridges(agency, own)
}

const cell = (report: Report, ref: string): number | null | undefined => {
  const [table, key = ''] = splitRef(ref) as [TableId, string?]
  return report.tables[table]?.[key]
}

/**
 * Whether the new requests are all the year handled (上年结转 0) and `count`, if the words give one, is theirs:
 * then what is said of them (在收到的27件申请中，予以公开16件) is said of 三、本年度办理结果.
 */
function newAreAll(report: Report, format: FormatDecl, count: number | undefined): boolean {
  const cells = format.requestsIn
  if (!cells || cell(report, cells.carried) !== 0) return false
  return count === undefined || cell(report, cells.new) === count
}

/** The quotes of this year's figures, of the agency (全市 only in a 市人民政府's report). */
const ofYear = (quotes: Quote[], report: Report, format: FormatDecl): Quote[] =>
  quotes.filter(
    (q) =>
      q.years.every((y) => y === report.year) &&
      (q.area === undefined || report.agency.endsWith(`${q.area}人民政府`)) &&
      (q.body === undefined || names(report.agency, q.body)) &&
      (q.ofNew === undefined || newAreAll(report, format, q.ofNew.count))
  )

/** An outcome of the cases (未发生行政复议被纠错的情况, …行政诉讼败诉案件): none of that outcome, not of cases. */
const OUTCOME = /纠错|纠正|败诉|撤销|确认违法|责令|赔偿/
/** Of one kind only: a cause other than 信息公开 itself (因答复不及时引起的), one column (复议后起诉的). */
const KIND = /复议后|直接起诉|未经复议/
/** What the words go on to name is not a case nor a request: 未收到申请公开信息处理费相关投诉. */
const NOT_CASES = /投诉|举报|咨询|信访|意见|建议/
const CAUSE = /因(.*?)(?:引起|引发|导致|产生|而|被|提起|申请|行政|$)/
const OWN_CAUSE = /^(?:政府|依申请公开|信息公开|工作|的)*$/

/** Words saying there was none, and where they start in the text read. */
interface None {
  quote: string
  at: number
}

/** The first words in `text` saying there was none of what `none` names, as a whole. */
function noneIn(none: RegExp, text: string): None | null {
  for (const m of text.matchAll(global(none))) {
    // 应受理而未受理申请: a duty kept, not an event.
    if (text[m.index - 1] === '而') continue
    const end = m.index + m[0].length
    const rest = /^[^，,。；;\n]*/.exec(text.slice(end, end + 40))![0]
    const cause = CAUSE.exec(m[0])?.[1]
    // A none of the outcome itself (未发生行政复议被纠错) is held to its column.
    const other = OUTCOME.test(none.source) ? false : OUTCOME.test(m[0] + rest)
    // (未收到申请及相关咨询: a none of requests and of more)
    const notCases = NOT_CASES.test(rest) && !/^(?:及|和|与|、|或|以及|并)/.test(rest)
    if (other || KIND.test(m[0]) || notCases || (cause !== undefined && !OWN_CAUSE.test(cause))) continue
    return { quote: m[0], at: m.index }
  }
  return null
}

const nonesIn = (c: Compiled, text: string): (None | null)[] =>
  remember(
    c.nones,
    text,
    () => c.quantities.map((q) => (q.decl.none ? noneIn(q.decl.none, text) : null)),
    QUOTE_CACHE_LIMIT
  )

function tableSum(q: Quantity, report: Report): { sum: number; filled: number } {
  let sum = 0
  let filled = 0
  for (const t of q.terms) {
    const v = report.tables[t.table]?.[t.key]
    if (typeof v === 'number') {
      filled++
      sum += t.sign * v
    }
  }
  return { sum, filled }
}

// The slack is for binary fractions only (a sum of 万元 cells), far below the 4th decimal of 123456.7891万元.
const agrees = (sum: number, q: Quote): boolean =>
  sum === q.value || Math.abs(sum - q.value) <= 0.5 * 10 ** -q.decimals + 1e-12 * Math.max(1, Math.abs(sum))

/** Whether the figure is the quantity's sum with the cells it may also count (27 new and 2 carried over). */
function agreesWith(q: Quantity, report: Report, sum: number, quote: Quote): boolean {
  if (!q.decl.alsoWith) return false
  let also = 0
  for (const t of q.decl.alsoWith) {
    const [table, key = ''] = splitRef(t.cell) as [TableId, string?]
    const v = report.tables[table]?.[key]
    if (typeof v !== 'number') return false
    also += (t.sign ?? 1) * v
  }
  return also > 0 && agrees(sum + also, quote)
}

function checkQuantities(report: Report, format: FormatDecl): Finding[] {
  const out: Finding[] = []
  if (!format.prose.length) return out
  const c = compile(format)
  // NAR-05: every value each quantity is quoted with, where the table cannot say which is right.
  const quoted = new Map<
    number,
    { value: number; quote: string; quoteNth: number; id: string; where: string }[]
  >()
  for (const id of QUOTING) {
    const raw = report.sections[id]
    if (!raw) continue
    const where = sectionWhere(format.sections.find((s) => s.id === id)?.heading ?? '')
    const reported = new Set<string>()
    const text = normalizeProse(raw)
    nonesIn(c, text).forEach((none, i) => {
      if (!none) return
      const q = c.quantities[i]
      const { sum } = tableSum(q, report)
      // Not only above 0: 没有增减 is said against a fall of the signed 本年增/减 as much as a rise.
      if (sum !== 0) {
        out.push({
          rule: 'prose.none',
          severity: 'warning',
          message: checkText.proseNone(where, none.quote, q.label, sum),
          cells: [`sections:${id}`, ...q.refs],
          // the words read, where the same words are also said of some (上年结转的2件申请已全部办结)
          quote: none.quote,
          quoteNth: nthOf(text, none.quote, none.at)
        })
      }
    })
    for (const quote of ofYear(quotesIn(c, text, id), report, format)) {
      const q = c.quantities[quote.quantity]
      const { sum: shown, filled } = tableSum(q, report)
      const unit = q.amount === undefined ? undefined : report.units?.[q.amount]
      // An amount without its unit cannot be said to differ from the words (cell.amountUnit names it); 0 needs none.
      if (q.amount !== undefined && !unit && shown) continue
      const sum = unit === '万元' ? shown * 1e4 : shown
      if (!filled) {
        const list = quoted.get(quote.quantity) ?? []
        if (!list.some((e) => e.value === quote.value))
          list.push({ ...quote, quoteNth: nthOf(text, quote.quote, quote.at), id, where })
        quoted.set(quote.quantity, list)
      }
      // A figure with decimals is the table's rounded to as many places (312.65 as 312.7万元); counts are exact.
      const key = `${quote.quantity}:${quote.quote}`
      if (!filled || agrees(sum, quote) || agreesWith(q, report, sum, quote) || reported.has(key)) continue
      reported.add(key)
      out.push({
        rule: 'prose.quantity',
        severity: 'error',
        message: checkText.proseQuantity(
          where,
          quote.quote,
          q.decl.name,
          unit ? `${q.label}（${unit}）` : q.label,
          shown
        ),
        cells: [`sections:${id}`, ...q.refs],
        quote: quote.quote,
        quoteNth: nthOf(text, quote.quote, quote.at)
      })
    }
  }
  for (const [i, values] of quoted) {
    if (values.length < 2) continue
    const q = c.quantities[i]
    const [a, b] = values
    out.push({
      rule: 'prose.conflict',
      severity: 'warning',
      message: checkText.proseConflict(q.decl.name, a, b, q.label),
      cells: [...new Set(values.map((v) => `sections:${v.id}`)), ...q.refs],
      quote: a.quote,
      quoteNth: a.quoteNth
    })
  }
  return out
}

// ---------------------------------------------------------------- NAR-02

/** A count stated in the prose that a share may be of. */
interface Whole {
  value: number
  /** 件 (宗 counted with it), 条, 次, 人次, 场 …: a share of 件 is never of 条 or 人次. */
  unit: string
  /** Where it ends in its paragraph. */
  end: number
  /** The words of its clause, for the subject a share after another sentence must share with it. */
  words: string
}

interface Percent {
  quote: string
  /** Where the quote starts in the text read. */
  at: number
  pct: string
  decimals: number
  value: number
  /** 约、近、左右: a rounded share, never “impossible”, and held to its part only loosely. */
  approximate: boolean
  part?: number
  /**
   * The whole the share is surely of, as stated (“27件新收申请中”, “办结28件，其中…”), else the nearest
   * total of its unit and subject before it.
   */
  total?: Whole
  /** Whether `total` is the one the words name, so no other whole can explain the share. */
  sure: boolean
  /** Other totals of the unit stated before it in the paragraph, any of which it may be of. */
  others: number[]
  /** The share's sentence up to the share: where a table quantity may be named as its whole. */
  phrase: string
  /** What “占…的” names as the whole, when more than “总数” (占全部申请的51.7%: 申请). */
  named?: string
  /** Words of the “…中，” that opens its sentence (新收申请中), when they state no count. */
  among?: string
  /** A share of people (其中基层人员占65%): of a count of persons only, not of 件 or 次. */
  persons: boolean
}

const PERCENT = /(\d+(?:\.\d+)?)%/g
// A rate or a change is not a share of a count.
const NOT_SHARE = /(?:率|增|降|提高|提升|减少|同比|环比|上升|超过|高于|低于|以上|以下)[^，。；,;\d]{0,6}$/
const SHARE_BEFORE = /(?:占|比例|比重|约|大约)[^，。；,;\d]{0,10}$/
const SHARE_AFTER = /^(?:属|是|为|左右)/
const APPROXIMATE_BEFORE = /(?:约|大约|近|将近|接近)[^，。；,;\d]{0,2}$/
const APPROXIMATE_AFTER = /^(?:左右|上下)/
/** How far off an approximate share may be from its part's exact share: “约占40%” of 11 in 28 (39.3%). */
const APPROXIMATE_SLACK = 5
const UNIT = '(人次|[件条宗项个次篇场人])'
/** A count of a share or its whole, in digits or in Chinese numerals as the counts are read (十五件，占53.6%). */
const COUNT = `(\\d+|${CHINESE_COUNT_ALONE})`
/** The count of a “…中，” that names what it counts (在二十八件申请中). */
const AMONG_COUNT = new RegExp(`(\\d+|${CHINESE_COUNT})${UNIT}`)
// The part is the count that its share follows (“15件，占53.6%”, “2259条,占总体的比例为35.2%”), not the
// whole before a “其中” (“办结28件，其中予以公开的占53.6%”).
const PART = new RegExp(
  `${COUNT}${UNIT}[，,（(]?(?:约|大约|近)?(?:占|所占|的?比例|比重)[^，,。；;%\\d]{0,16}$`
)
/** The whole “占…的” names, and the words that name no whole but the one just stated (占总数的, 占比). */
const NAMED = /占([^，,。；;%\d]*)$/
const GENERIC = /的|比例|比重|比|为|是|达|了|约|大约|近|总数|总量|总体|总计|合计|总和|总额|全部|所有/g
/** A paragraph that opens a part of the report (（二）依申请公开。…): a whole above it is of another part. */
const HEADING = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．])/
const TOTALS = [
  new RegExp(`(?:共|合计|共计|总计|全年|累计)[^，。；,;\\d%]{0,16}?${COUNT}${UNIT}`, 'g'),
  new RegExp(`(?:受理|收到|新收)[^，。；,;\\d%]{0,12}?申请(?:共|合计)?${COUNT}([件条宗项个])`, 'g'),
  new RegExp(`(?:答复|办结)(?:了|的)?${COUNT}([件条宗项个])`, 'g'),
  // “…信息1111条，其中…”: a count that a breakdown follows.
  new RegExp(`${COUNT}${UNIT}(?=[，,]?其中)`, 'g')
]
/** The next item of a list a total opens (“共承办人大代表建议26件、政协提案19件”): the total is their sum. */
const LISTED = new RegExp(`^[、和及与][^，。；,;\\d%]{0,12}?${COUNT}${UNIT}`)
const ANY_COUNT = new RegExp(`${COUNT}${UNIT}(?![%\\d])`, 'g')
/** A count followed by its own share (“共878件，占91.1%”) is a part, not a whole. */
const OWN_SHARE = /^[，,]?(?:约)?占/
/** “27件新收申请中，…”, “在办结的申请中，…”: the whole the sentence is about. */
const SHARE_AMONG = /(?:^|[，,：:])(?:在|从|对)?([^，,。；;：:]*[^其集])中[，,：:]/g
/**
 * What a share and a whole stated in another sentence must both be about for one to be of the other:
 * “培训人员…其中基层人员占65%” is not of the requests counted above it.
 */
const SUBJECTS = [
  /申请|办结|答复|受理|新收|自然人|法人|予以公开|部分公开|不予公开|无法提供|不予处理/,
  /复议/,
  /诉讼/,
  /信息|文件|解读/,
  /建议|提案/
]
const PERSONS = /人员|人数|干部|职工|群众|学员|用户|粉丝|网民/
const PERSON_UNITS = ['人', '人次']
const sameSubject = (a: string, b: string): boolean => SUBJECTS.some((s) => s.test(a) && s.test(b))
const unitOf = (unit: string): string => (unit === '宗' ? '件' : unit)
const sentenceFrom = (text: string, at: number): number =>
  Math.max(...['。', '；', ';', '！'].map((m) => text.lastIndexOf(m, at - 1))) + 1

/** Every total stated in a paragraph, as its sum where it opens a list of counts. */
function totalsIn(para: string): Whole[] {
  const found: Whole[] = []
  const seen = new Set<number>()
  for (const re of TOTALS) {
    for (const m of para.matchAll(re)) {
      let end = m.index + m[0].length
      if (seen.has(end) || OWN_SHARE.test(para.slice(end))) continue
      seen.add(end)
      let clause = m.index
      while (clause > 0 && !/[，,。；;：:]/.test(para[clause - 1])) clause--
      const unit = unitOf(m[2])
      const words = para.slice(clause, end)
      let value = countValue(m[1])
      if (value === undefined) continue
      found.push({ value, unit, end, words })
      for (let next = LISTED.exec(para.slice(end)); next; next = LISTED.exec(para.slice(end))) {
        const item = countValue(next[1])
        if (unitOf(next[2]) !== unit || item === undefined) break
        value += item
        end += next[0].length
        found.push({ value, unit, end, words: para.slice(clause, end) })
      }
    }
  }
  return found.sort((a, b) => a.end - b.end)
}

/**
 * The wholes a share at `at` of paragraph `pi` may be of: those its words name (`sure`), else the totals of
 * its unit stated before it in its paragraph, or where that has none in the two before it (not across a
 * part's heading), the nearest first. A total of another sentence must be about the share's subject.
 */
function wholesFor(
  paragraphs: string[],
  pi: number,
  at: number,
  unit: string | undefined,
  part: number
): { total?: Whole; sure: boolean; others: number[]; among?: string } {
  const para = paragraphs[pi]
  const from = sentenceFrom(para, at)
  const sentence = para.slice(from, at)
  const among = [...sentence.matchAll(SHARE_AMONG)].at(-1)
  if (among) {
    const count = AMONG_COUNT.exec(among[1])
    const value = count ? countValue(count[1]) : undefined
    if (count && value !== undefined && (!unit || unitOf(count[2]) === unit) && value >= part) {
      const whole = { value, unit: unitOf(count[2]), end: from, words: among[1] }
      return { total: whole, sure: true, others: [] }
    }
  }
  const fits = (w: Whole) => (!unit || w.unit === unit) && w.value >= part
  // “办结28件，其中予以公开的占53.6%”: the count a 其中 follows is the whole of what the 其中 lists.
  const breakdown = totalsIn(para).filter(
    (w) => w.end >= from && w.end <= at && /^[，,]?其中/.test(para.slice(w.end)) && fits(w)
  )
  if (breakdown.length) return { total: breakdown.at(-1), sure: true, others: [] }
  for (let i = pi; i >= Math.max(0, pi - 2); i--) {
    const wholes = totalsIn(i === pi ? para.slice(0, at) : paragraphs[i]).filter(
      (w) => fits(w) && (i === pi && w.end >= from ? true : sameSubject(w.words, sentence))
    )
    // Where the share's unit is not known, it is that of the nearest whole.
    const of = unit ?? wholes.at(-1)?.unit
    const same = wholes.filter((w) => w.unit === of)
    if (same.length) {
      return {
        total: same.at(-1),
        sure: false,
        others: same.map((w) => w.value),
        ...(among ? { among: among[1] } : {})
      }
    }
    if (HEADING.test(paragraphs[i])) break
  }
  return { sure: false, others: [], ...(among ? { among: among[1] } : {}) }
}

const CLAUSE_MARK = /[，,。；;：:、（）()\n]/
const percentCache: Memo<Percent[]> = new Map()
const percentsIn = (text: string): Percent[] =>
  remember(percentCache, text, () => findPercents(text), QUOTE_CACHE_LIMIT)

function findPercents(text: string): Percent[] {
  const found: Percent[] = []
  const paragraphs = text.split('\n')
  // where each paragraph starts in the text
  const starts: number[] = []
  paragraphs.reduce((at, p) => (starts.push(at), at + p.length + 1), 0)
  paragraphs.forEach((para, pi) => {
    for (const m of para.matchAll(PERCENT)) {
      const value = Number(m[1])
      if (value > 100) continue
      const before = para.slice(Math.max(0, m.index - 24), m.index)
      const after = para.slice(m.index + m[0].length, m.index + m[0].length + 2)
      if (NOT_SHARE.test(before.slice(-8))) continue
      const partMatch = /占|比例|比重/.test(before) ? PART.exec(before) : null
      if (!SHARE_BEFORE.test(before) && !SHARE_AFTER.test(after) && !partMatch) continue
      const partAt = partMatch ? m.index - before.length + partMatch.index : m.index
      const part = partMatch ? countValue(partMatch[1]) : undefined
      // A part not surely read (一百二件，占…) leaves the share unjudged.
      if (partMatch && part === undefined) continue
      // The unit of a share without its part is that of the count just before it in its sentence, if any
      // (“培训人员320人次，其中基层人员占65%”: of 人次, not of the 6次 of training).
      const sentence = para.slice(sentenceFrom(para, partAt), partAt)
      const unit = partMatch
        ? unitOf(partMatch[2])
        : [...sentence.matchAll(ANY_COUNT)].map((c) => unitOf(c[2])).at(-1)
      const wholes = wholesFor(paragraphs, pi, partAt, unit, part ?? 0)
      const start = partMatch ? partAt : Math.max(0, m.index - 8)
      const named = NAMED.exec(before)?.[1].replace(GENERIC, '')
      // Quoted to the end of its clause (“…17.9%属环保类信息”), or to a bracket, if near; else a few
      // characters on, not one (“17.9%属”).
      const end = m.index + m[0].length
      const next = para.slice(end, end + 20).search(CLAUSE_MARK)
      const quote = para.slice(start, next >= 0 ? end + next : end + 6)
      const lead = /^[，,。；;]/.test(quote) ? 1 : 0
      found.push({
        quote: quote.slice(lead),
        at: starts[pi] + start + lead,
        pct: m[1],
        decimals: (m[1].split('.')[1] ?? '').length,
        value,
        approximate: APPROXIMATE_BEFORE.test(before) || APPROXIMATE_AFTER.test(after),
        persons: PERSONS.test(before.slice(before.search(/[^，,。；;]*$/))),
        phrase: para.slice(sentenceFrom(para, partAt), m.index),
        ...wholes,
        ...(named ? { named } : {}),
        ...(part === undefined ? {} : { part })
      })
    }
  })
  return found
}

const fixed = (v: number, d: number) => v.toFixed(d)

/** Whether some whole count out of `total` rounds to the stated share. */
function possibleShare(p: Percent, total: number, half: number): boolean {
  const k = Math.round((p.value * total) / 100)
  return [k - 1, k, k + 1].some((j) => j >= 0 && j <= total && Math.abs((j / total) * 100 - p.value) <= half)
}

/** When no whole count out of `total` rounds to the stated share: the two nearest, for the message. */
function impossibleShare(p: Percent, total: number, half: number, unit: string): string | null {
  if (possibleShare(p, total, half)) return null
  const lo = Math.floor((p.value * total) / 100)
  return [lo, lo + 1]
    .filter((j) => j >= 0 && j <= total)
    .map((j) => checkText.percentNear(j, fixed((j / total) * 100, Math.max(1, p.decimals)), unit))
    .join('，')
}

/**
 * The whole a share is held to: one a table quantity its words name (“占办结总数的”, “新收申请中”), else
 * the one the prose states (`sure` when its words name it). A whole named otherwise (占全部申请的: new and
 * carried over, or new alone?) is not guessed at. `others` are the wholes that may explain it instead.
 */
function wholeOf(
  p: Percent,
  report: Report,
  c: Compiled | undefined
): { total: number; unit: string; refs: string[]; label?: string; others: number[] } | undefined {
  for (const q of c?.quantities ?? []) {
    if (!q.decl.whole?.test(p.named ?? p.among ?? '')) continue
    const { sum, filled } = tableSum(q, report)
    // “新收申请中，予以公开15件，占53.6%” is loose with its words where 28 stated before gives it; “占办结
    // 总数的” is not.
    const others = p.named ? [] : p.others
    if (filled === q.terms.length && sum > 0)
      return { total: sum, unit: '件', refs: q.refs, label: q.label, others }
  }
  if (!p.total || p.named || (p.persons && !PERSON_UNITS.includes(p.total.unit))) return undefined
  // A table total its sentence names (“从新收申请看”) may be the whole, though not stated.
  const named = (c?.quantities ?? []).filter((q) => !p.sure && q.decl.whole?.test(p.phrase))
  const table = named.map((q) => tableSum(q, report)).filter((t) => t.sum > 0)
  return {
    total: p.total.value,
    unit: p.total.unit,
    refs: [],
    others: p.sure ? [] : [...p.others, ...table.map((t) => t.sum)]
  }
}

function checkPercentages(report: Report, format: FormatDecl): Finding[] {
  const out: Finding[] = []
  const c = format.prose.length ? compile(format) : undefined
  for (const id of ALL) {
    const raw = report.sections[id]
    if (!raw || !/[%％]/.test(raw)) continue
    const where = sectionWhere(format.sections.find((s) => s.id === id)?.heading ?? '')
    const text = normalizeProse(raw)
    for (const p of percentsIn(text)) {
      const whole = wholeOf(p, report, c)
      if (!whole) continue
      const { total } = whole
      const cells = [`sections:${id}`, ...whole.refs]
      const basis = whole.label ? checkText.percentBasis(whole.label, total) : ''
      const half = 0.5 * 10 ** -p.decimals + 1e-9
      const located = { cells, quote: p.quote, quoteNth: nthOf(text, p.quote, p.at) }
      if (p.part === undefined || p.part > total) {
        // A share that a count of another whole stated before it gives is of that whole.
        if (p.approximate || whole.others.some((w) => w > 0 && possibleShare(p, w, half))) continue
        const impossible = impossibleShare(p, total, half, whole.unit)
        if (impossible) {
          out.push({
            rule: 'prose.percentage',
            severity: 'error',
            message:
              checkText.percentImpossible(where, p.quote, total, p.pct, impossible, whole.unit) + basis,
            ...located
          })
        }
        continue
      }
      const part = p.part
      const exact = (part / total) * 100
      const slack = p.approximate ? APPROXIMATE_SLACK : half
      if ([total, ...whole.others].some((w) => w >= part && Math.abs((part / w) * 100 - p.value) <= slack)) {
        continue
      }
      const scale = 10 ** p.decimals
      const truncated = !p.approximate && Math.floor(exact * scale + 1e-9) / scale === p.value
      const shown = fixed(exact, p.decimals + 1)
      out.push(
        truncated
          ? {
              rule: 'prose.percentRounding',
              severity: 'warning',
              message:
                checkText.percentTruncated(where, p.quote, part, total, shown, fixed(exact, p.decimals)) +
                basis,
              ...located
            }
          : {
              rule: 'prose.percentage',
              severity: 'error',
              message: checkText.percentWrong(where, p.quote, part, total, shown, p.pct) + basis,
              ...located
            }
      )
    }
  }
  return out
}

export function checkProse(report: Report, format: FormatDecl): Finding[] {
  return [...checkQuantities(report, format), ...checkPercentages(report, format)]
}

/** Whether the prose gives any table quantity a figure above 0 (新收申请5件): a year with something done. */
export function proseReportsActivity(report: Report, format: FormatDecl): boolean {
  if (!format.prose.length) return false
  const c = compile(format)
  return ALL.some((id) =>
    ofYear(quotesIn(c, normalizeProse(report.sections[id] ?? ''), id), report, format).some(
      (q) => q.value > 0
    )
  )
}
