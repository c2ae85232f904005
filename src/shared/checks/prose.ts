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

interface Percent {
  quote: string
  /** Where the quote starts in the text read. */
  at: number
  pct: string
  decimals: number
  value: number
  /** 约、近、左右: a rounded share, never “impossible”, and held to its part only loosely. */
  approximate: boolean
  /** The whole as the prose states it before the share, when it does. */
  total?: number
  part?: number
  /** From the part (or just before the share) to the % sign: where the whole is named. */
  phrase: string
  /** What “占…的” names as the whole, when more than “总数” (占全部申请的51.7%: 申请). */
  named?: string
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
// The part is the count that its share follows (“15件，占53.6%”, “2259条,占总体的比例为35.2%”), not the
// whole before a “其中” (“办结28件，其中予以公开的占53.6%”).
const PART = /(\d+)[件条宗项个次][，,（(]?(?:约|大约)?(?:占|所占|的?比例|比重)[^，,。；;%\d]{0,16}$/
/** The whole “占…的” names, and the words that name no whole but the one just stated (占总数的, 占比). */
const NAMED = /占([^，,。；;%\d]*)$/
const GENERIC = /的|比例|比重|比|为|是|达|了|约|大约|近|总数|总量|总体|总计|合计|总和|总额|全部|所有/g
/** A paragraph that opens a part of the report (（二）依申请公开。…): a whole above it is of another part. */
const HEADING = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．])/
const TOTALS = [
  /(?:共|合计|共计|总计|全年|累计)[^，。；,;\d%]{0,16}?(\d+)[件条宗项个次]/g,
  /(?:受理|收到|新收)[^，。；,;\d%]{0,12}?申请(?:共|合计)?(\d+)[件条宗项个]/g,
  /(?:答复|办结)(?:了|的)?(\d+)[件条宗项个]/g,
  // “…信息1111条，其中…”: a count that a breakdown follows.
  /(\d+)[件条宗项个次](?=[，,]?其中)/g
]

/** A count followed by its own share (“共878件，占91.1%”) is a part, not a whole. */
const OWN_SHARE = /^[，,]?(?:约)?占/

/**
 * The whole of a share: the last total stated before `end` in this paragraph or the two before it that is
 * not itself a part and is not smaller than the part.
 */
function totalBefore(paragraphs: string[], pi: number, end: number, part = 0): number | undefined {
  for (let i = pi; i >= Math.max(0, pi - 2); i--) {
    const text = i === pi ? paragraphs[i].slice(0, end) : paragraphs[i]
    let best: { at: number; value: number } | undefined
    for (const re of TOTALS) {
      for (const m of text.matchAll(re)) {
        const value = Number(m[1])
        if (value < part || OWN_SHARE.test(paragraphs[i].slice(m.index + m[0].length))) continue
        if (!best || m.index > best.at) best = { at: m.index, value }
      }
    }
    if (best) return best.value
    if (HEADING.test(paragraphs[i])) break
  }
  return undefined
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
      const partMatch = /占|比例/.test(before) ? PART.exec(before) : null
      if (!SHARE_BEFORE.test(before) && !SHARE_AFTER.test(after) && !partMatch) continue
      const partAt = partMatch ? m.index - before.length + partMatch.index : m.index
      const total = totalBefore(paragraphs, pi, partAt, partMatch ? Number(partMatch[1]) : 0)
      const start = partMatch ? partAt : Math.max(0, m.index - 8)
      const named = NAMED.exec(before)?.[1].replace(GENERIC, '')
      // Quoted to the end of its clause (“…17.9%属环保类信息”), or to a bracket, if near; else a few
      // characters on, not one (“17.9%属”).
      const end = m.index + m[0].length
      const next = para.slice(end, end + 20).search(CLAUSE_MARK)
      const quote = para.slice(start, next >= 0 ? end + next : end + 6)
      const lead = /^[，,。；;]/.test(quote) ? 1 : 0
      found!.push({
        quote: quote.slice(lead),
        at: starts[pi] + start + lead,
        pct: m[1],
        decimals: (m[1].split('.')[1] ?? '').length,
        value,
        approximate: APPROXIMATE_BEFORE.test(before) || APPROXIMATE_AFTER.test(after),
        phrase: para.slice(start, m.index),
        ...(named ? { named } : {}),
        ...(total ? { total } : {}),
        ...(partMatch ? { part: Number(partMatch[1]) } : {})
      })
    }
  })
  return found
}

const fixed = (v: number, d: number) => v.toFixed(d)

/** When no whole count out of `total` rounds to the stated share: the two nearest, for the message. */
function impossibleShare(p: Percent, total: number, half: number): string | null {
  const k = Math.round((p.value * total) / 100)
  if ([k - 1, k, k + 1].some((j) => j >= 0 && j <= total && Math.abs((j / total) * 100 - p.value) <= half)) {
    return null
  }
  const lo = Math.floor((p.value * total) / 100)
  return [lo, lo + 1]
    .filter((j) => j >= 0 && j <= total)
    .map((j) => checkText.percentNear(j, fixed((j / total) * 100, Math.max(1, p.decimals))))
    .join('，')
}

/**
 * The whole a share names, from the table when the share names a table quantity (“占办结总数的”). A whole
 * named otherwise (占全部申请的: new and carried over, or new alone?) is not guessed at.
 */
function wholeOf(
  p: Percent,
  report: Report,
  c: Compiled | undefined
): { total: number; refs: string[]; label?: string } | undefined {
  for (const q of c?.quantities ?? []) {
    if (!q.decl.whole?.test(p.named ?? p.phrase)) continue
    const { sum, filled } = tableSum(q, report)
    if (filled === q.terms.length && sum > 0) return { total: sum, refs: q.refs, label: q.label }
  }
  return p.total && !p.named ? { total: p.total, refs: [] } : undefined
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
      if (p.part === undefined || p.part > total) {
        if (p.approximate) continue
        const impossible = impossibleShare(p, total, half)
        if (impossible) {
          out.push({
            rule: 'prose.percentage',
            severity: 'error',
            message: checkText.percentImpossible(where, p.quote, total, p.pct, impossible) + basis,
            cells,
            quote: p.quote,
            quoteNth: nthOf(text, p.quote, p.at)
          })
        }
        continue
      }
      const exact = (p.part / total) * 100
      if (Math.abs(exact - p.value) <= (p.approximate ? APPROXIMATE_SLACK : half)) continue
      const scale = 10 ** p.decimals
      const truncated = !p.approximate && Math.floor(exact * scale + 1e-9) / scale === p.value
      const shown = fixed(exact, p.decimals + 1)
      out.push(
        truncated
          ? {
              rule: 'prose.percentRounding',
              severity: 'warning',
              message:
                checkText.percentTruncated(where, p.quote, p.part, total, shown, fixed(exact, p.decimals)) +
                basis,
              cells,
              quote: p.quote,
              quoteNth: nthOf(text, p.quote, p.at)
            }
          : {
              rule: 'prose.percentage',
              severity: 'error',
              message: checkText.percentWrong(where, p.quote, p.part, total, shown, p.pct) + basis,
              cells,
              quote: p.quote,
              quoteNth: nthOf(text, p.quote, p.at)
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
