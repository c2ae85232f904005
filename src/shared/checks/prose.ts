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
import { normalizeProse } from './text'
import type { Finding } from './types'

/** Sections whose prose quotes this year's table figures (五 and 六 may cite other years'). */
const QUOTING: readonly SectionDecl['id'][] = ['overview', 'active', 'requests', 'review']
const ALL: readonly SectionDecl['id'][] = ['overview', 'active', 'requests', 'review', 'problems', 'other']

interface Quantity {
  decl: ProseQuantity
  patterns: RegExp[]
  /** Read only in the section `decl.within` names. */
  within: RegExp[]
  terms: { table: TableId; key: string; sign: number }[]
  refs: string[]
  label: string
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
}

interface Compiled {
  quantities: Quantity[]
  quotes: Map<string, Quote[]>
  /** Per text: the first “none” statement of each quantity (or null). */
  nones: Map<string, (string | null)[]>
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
    for (const r of refs)
      if (!index.has(r)) throw new Error(`prose quantity ${decl.name} names unknown cell ${r}`)
    return {
      decl,
      patterns: decl.patterns.map(global),
      within: decl.within?.patterns.map(global) ?? [],
      terms: decl.terms.map((t) => {
        const [table, key = ''] = splitRef(t.cell) as [TableId, string?]
        return { table, key, sign: t.sign ?? 1 }
      }),
      refs,
      label: decl.label ?? refs.map((r) => cellFullName(format, r)).join('+')
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
const YEAR = /(?<!\d)((?:19|20)\d{2})年/g
/** What an item of a breakdown may say before the figure and still be the whole's own (其中本年新收25件). */
const PLAIN = /^(?:本年度?|全年|今年|当年|年内|共|合计|共计|总计|累计|已经?|均)*$/

/**
 * Whether a figure at `at` is not the table's: said of another time, or a part that an item of a “其中”
 * list qualifies (“其中通过网络平台收到申请20件”, “其中局机关新收申请20件”). The years named before it are
 * left to the check, which knows the report's.
 */
function context(text: string, at: number, lists: PartList[]): { elsewhen: boolean; years: number[] } {
  const clause = clauseBefore(text, at)
  // A sentence that opens with its time (“2023年，我局收到…”) speaks of it throughout.
  const sentence = Math.max(...['。', '；', ';', '\n'].map((m) => text.lastIndexOf(m, at - 1))) + 1
  const opening = /^[^，,。；;\n]{0,16}[，,]/.exec(text.slice(sentence, at))?.[0] ?? ''
  const years = [...(clause + opening).matchAll(YEAR)].map((m) => Number(m[1]))
  const part = lists.some((l) => l.from <= at && at < l.reach && !PLAIN.test(clauseBefore(text, at, l.from)))
  return { elsewhen: part || OTHER_TIME.test(clause), years }
}

const POWERS: Record<string, number> = { 万: 4, 亿: 8 }

/**
 * A figure as written (240万, 12.34亿) in the unit of its cells (`unit` 万: a plain figure is in 万), and the
 * place it is exact to: 234.6万件 is 2346000 to the thousand (decimals -3), so 2345678 agrees with it.
 */
function figure(text: string, unit?: '万'): { value: number; decimals: number } {
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
  c.quantities.forEach((q, i) => {
    const patterns = q.decl.within?.section === section ? [...q.patterns, ...q.within] : q.patterns
    for (const p of patterns) {
      for (const m of text.matchAll(p)) {
        // Two patterns of one quantity may match the same figure (“新收到…申请259宗”); keep one.
        const key = `${i}:${m.index + m[0].length}`
        if (seen.has(key)) continue
        seen.add(key)
        const { elsewhen, years } = context(text, m.index, lists)
        if (elsewhen) continue
        found.push({ quantity: i, quote: m[0], at: m.index, ...figure(m[1], q.decl.unit), years })
      }
    }
  })
  return found
}

/** The quotes of this year's figures. */
const ofYear = (quotes: Quote[], year: number): Quote[] =>
  quotes.filter((q) => q.years.every((y) => y === year))

const nonesIn = (c: Compiled, text: string): (string | null)[] =>
  remember(
    c.nones,
    text,
    () => c.quantities.map((q) => q.decl.none?.exec(text)?.[0] ?? null),
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
    nonesIn(c, text).forEach((quote, i) => {
      if (!quote) return
      const q = c.quantities[i]
      const { sum } = tableSum(q, report)
      if (sum > 0) {
        out.push({
          rule: 'prose.none',
          severity: 'warning',
          message: checkText.proseNone(where, quote, q.label, sum),
          cells: [`sections:${id}`, ...q.refs],
          quote
        })
      }
    })
    for (const quote of ofYear(quotesIn(c, text, id), report.year)) {
      const q = c.quantities[quote.quantity]
      const { sum, filled } = tableSum(q, report)
      if (!filled) {
        const list = quoted.get(quote.quantity) ?? []
        if (!list.some((e) => e.value === quote.value))
          list.push({ ...quote, quoteNth: nthOf(text, quote.quote, quote.at), id, where })
        quoted.set(quote.quantity, list)
      }
      // A figure with decimals is the table's rounded to as many places (312.65 as 312.7万元); counts are exact.
      const key = `${quote.quantity}:${quote.quote}`
      if (!filled || agrees(sum, quote) || reported.has(key)) continue
      reported.add(key)
      out.push({
        rule: 'prose.quantity',
        severity: 'error',
        message: checkText.proseQuantity(where, quote.quote, q.decl.name, q.label, sum),
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
// The part is the count that its share follows (“15件，占53.6%”, “2259条,占总体的比例为35.2%”), not the
// whole before a “其中” (“办结28件，其中予以公开的占53.6%”).
const PART = new RegExp(`(\\d+)${UNIT}[，,（(]?(?:约|大约|近)?(?:占|所占|的?比例|比重)[^，,。；;%\\d]{0,16}$`)
/** The whole “占…的” names, and the words that name no whole but the one just stated (占总数的, 占比). */
const NAMED = /占([^，,。；;%\d]*)$/
const GENERIC = /的|比例|比重|比|为|是|达|了|约|大约|近|总数|总量|总体|总计|合计|总和|总额|全部|所有/g
/** A paragraph that opens a part of the report (（二）依申请公开。…): a whole above it is of another part. */
const HEADING = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．])/
const TOTALS = [
  new RegExp(`(?:共|合计|共计|总计|全年|累计)[^，。；,;\\d%]{0,16}?(\\d+)${UNIT}`, 'g'),
  /(?:受理|收到|新收)[^，。；,;\d%]{0,12}?申请(?:共|合计)?(\d+)([件条宗项个])/g,
  /(?:答复|办结)(?:了|的)?(\d+)([件条宗项个])/g,
  // “…信息1111条，其中…”: a count that a breakdown follows.
  new RegExp(`(\\d+)${UNIT}(?=[，,]?其中)`, 'g')
]
/** The next item of a list a total opens (“共承办人大代表建议26件、政协提案19件”): the total is their sum. */
const LISTED = new RegExp(`^[、和及与][^，。；,;\\d%]{0,12}?(\\d+)${UNIT}`)
const ANY_COUNT = new RegExp(`(\\d+)${UNIT}(?![%\\d])`, 'g')
/** A count followed by its own share (“共878件，占91.1%”) is a part, not a whole. */
const OWN_SHARE = /^[，,]?(?:约)?占/
/** “27件新收申请中，…”, “在办结的申请中，…”: the whole the sentence is about. */
const AMONG = /(?:^|[，,：:])(?:在|从|对)?([^，,。；;：:]*[^其集])中[，,：:]/g
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
      found.push({ value: Number(m[1]), unit, end, words })
      let value = Number(m[1])
      for (let next = LISTED.exec(para.slice(end)); next; next = LISTED.exec(para.slice(end))) {
        if (unitOf(next[2]) !== unit) break
        value += Number(next[1])
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
  const among = [...sentence.matchAll(AMONG)].at(-1)
  if (among) {
    const count = new RegExp(`(\\d+)${UNIT}`).exec(among[1])
    if (count && (!unit || unitOf(count[2]) === unit) && Number(count[1]) >= part) {
      const whole = { value: Number(count[1]), unit: unitOf(count[2]), end: from, words: among[1] }
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
      const part = partMatch ? Number(partMatch[1]) : undefined
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
    ofYear(quotesIn(c, normalizeProse(report.sections[id] ?? ''), id), report.year).some((q) => q.value > 0)
  )
}
