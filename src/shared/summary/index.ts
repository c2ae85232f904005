// 生成文字说明: a table's figures as the paragraph an official writes beside it, from the format's
// declared sentences (formats/summaries.ts). Pure; the editor puts the text in the section's prose.
import type { CellDecl, FormatDecl, KeyPattern, SummarySentence, TableDecl, TableId } from '../formats'
import type { AmountUnit } from '../formats/types'
import type { Report } from '../model/report'

export type SummaryResult =
  | { ok: true; text: string }
  /**
   * Cells the sentences need that are blank: a blank is not 0, so nothing is written. `unitless`: amounts
   * given without 元 or 万元, whose sum the words cannot state without guessing its unit.
   */
  | { ok: false; blanks: CellDecl[]; unitless?: CellDecl[] }

const PLACEHOLDER = /\{([^}]+)\}/g
const LIST = 'list'
/**
 * `{±key}`: a signed change (本年增/减) as an official says it: 增加 or 减少 with the figure and the sentence's
 * unit, or 没有增减.
 */
const CHANGE = '±'
const NO_CHANGE = '没有增减'
const ALL_UNITS: AmountUnit[] = ['元', '万元']
/** Between the items of a `{list}`. */
const SEPARATOR = '，'
const UNIT = '件'

const matcher = (pattern: KeyPattern): RegExp =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`)

/** Every key a sentence reads. */
function patternsOf(s: SummarySentence): KeyPattern[] {
  const inText = [...s.text.matchAll(PLACEHOLDER)]
    .map((m) => m[1])
    .filter((p) => p !== LIST)
    .map((p) => (p.startsWith(CHANGE) ? p.slice(CHANGE.length) : p))
  return [
    ...inText.flatMap((p) => p.split('+')),
    ...(s.list ?? []).flatMap((i) => i.keys),
    ...(s.zeroIf ?? [])
  ]
}

const number = (v: number): string => String(Math.round(v * 1e6) / 1e6)

export function summarizeTable(
  report: Report,
  format: FormatDecl,
  table: TableId
): SummaryResult | undefined {
  const summary = format.summaries.find((s) => s.table === table)
  const decl = format.tables.find((t) => t.id === table)
  if (!summary || !decl) return undefined
  const values = report.tables[table]
  const cellsOf = (patterns: KeyPattern[]): CellDecl[] => {
    const res = patterns.map(matcher)
    return decl.cells.filter((c) => res.some((re) => re.test(c.key)))
  }
  const sum = (patterns: KeyPattern[]): number =>
    cellsOf(patterns).reduce((n, c) => n + (values[c.key] ?? 0), 0)
  // Not their sum: 上一年项目数量 2 and 本年增/减 −2 are something to say.
  const zero = (patterns: KeyPattern[]): boolean => cellsOf(patterns).every((c) => !values[c.key])
  const unit = (c: CellDecl): string => (c.domain.kind === 'amount' ? (report.units?.[c.key] ?? '') : '')

  const needed = cellsOf(summary.sentences.flatMap(patternsOf))
  const blanks = needed.filter((c) => values[c.key] === null || values[c.key] === undefined)
  // 0 needs no unit, as the checks have it (cell.amountUnit).
  const unitless = needed.filter((c) => c.domain.kind === 'amount' && values[c.key] && !unit(c))
  if (blanks.length || unitless.length) return { ok: false, blanks, ...(unitless.length && { unitless }) }

  const figure = (p: string, count: string): string => {
    if (p.startsWith(CHANGE)) {
      const n = sum([p.slice(CHANGE.length)])
      return n > 0 ? `增加${number(n)}${count}` : n < 0 ? `减少${number(-n)}${count}` : NO_CHANGE
    }
    const [one, ...more] = cellsOf(p.split('+'))
    // An amount is stated in the unit the report gives it (2350.5万元); a 0 needs none, and is said in 元.
    return (
      number(sum(p.split('+'))) +
      (one && !more.length && one.domain.kind === 'amount' ? unit(one) || '元' : '')
    )
  }
  const sentences = summary.sentences
    .map((s) => sentence(s, sum, zero, figure))
    .filter((s): s is string => Boolean(s))
  return { ok: true, text: sentences.join('') }
}

function sentence(
  s: SummarySentence,
  sum: (patterns: KeyPattern[]) => number,
  zero: (patterns: KeyPattern[]) => boolean,
  figure: (placeholder: string, unit: string) => string
): string | undefined {
  if (s.zeroIf && zero(s.zeroIf)) return s.none
  const items = (s.list ?? [])
    .map((i) => ({ label: i.label, n: sum(i.keys) }))
    .filter((i) => i.n !== 0)
    .map((i) => `${i.label}${number(i.n)}${s.unit ?? UNIT}`)
  if (s.list && items.length === 0) return undefined
  return s.text.replace(PLACEHOLDER, (_, p: string) =>
    p === LIST ? items.join(SEPARATOR) : figure(p, s.unit ?? UNIT)
  )
}

/** Whether the format declares sentences for `table`: only then is 生成文字说明 offered. */
export const summarizable = (format: FormatDecl, table: TableDecl | undefined): boolean =>
  Boolean(table && format.summaries.some((s) => s.table === table.id))

// Pressed again, 生成文字说明 must find the paragraph it wrote before, whatever the figures were then: an
// item of a list may have been 0 (and left out), or the whole sentence said in its none wording. So every
// shape `sentence` can give is read back from the same declarations, never from a sample of its output.

/** What `number` writes. */
const FIGURE = '\\d+(?:\\.\\d+)?'
const STOP = '。'
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const stops = (s: string): number => s.split(STOP).length - 1

/** One way a declared sentence can be written: what it reads as, and over how many full stops. */
interface Form {
  re: RegExp
  stops: number
}

interface Shape {
  zeroIf: KeyPattern[] | undefined
  text: Form
  none: Form | undefined
  /** Whether `sentence` can leave it out of a table that adds up. */
  optional: boolean
}

/** A `{list}` as `sentence` writes it: one item or more, in the declared order. */
function listPattern(s: SummarySentence): string {
  const items = (s.list ?? []).map((i) => `${escape(i.label)}${FIGURE}${escape(s.unit ?? UNIT)}`)
  const from = items.map(
    (item, k) =>
      item +
      items
        .slice(k + 1)
        .map((x) => `(?:${SEPARATOR}${x})?`)
        .join('')
  )
  return `(?:${from.join('|')})`
}

/** A placeholder other than `{list}` as `figure` writes it, whatever the figures and the unit. */
function placeholderPattern(p: string, s: SummarySentence, table: TableDecl): string {
  if (p.startsWith(CHANGE)) {
    const u = escape(s.unit ?? UNIT)
    return `(?:增加${FIGURE}${u}|减少${FIGURE}${u}|${NO_CHANGE})`
  }
  const keys = p.split('+')
  const amount = keys.length === 1 && table.cells.find((c) => c.key === keys[0])?.domain.kind === 'amount'
  return amount ? `${FIGURE}(?:${ALL_UNITS.map(escape).join('|')})` : FIGURE
}

function shapeOf(s: SummarySentence, table: TableDecl): Shape {
  const text = s.text
    .split(/(\{[^}]+\})/)
    .map((part) =>
      part.startsWith('{') && part.endsWith('}')
        ? part === `{${LIST}}`
          ? listPattern(s)
          : placeholderPattern(part.slice(1, -1), s, table)
        : escape(part)
    )
    .join('')
  const former = (pattern: string): string =>
    (s.formerly ?? []).reduce(
      (p, { now, was }) => p.replaceAll(escape(now), `(?:${escape(now)}|${escape(was)})`),
      pattern
    )
  const form = (pattern: string, words: string): Form => ({
    re: new RegExp(`^${former(pattern)}$`),
    stops: stops(words)
  })
  return {
    zeroIf: s.zeroIf,
    text: form(text, s.text),
    none: s.none === undefined ? undefined : form(escape(s.none), s.none),
    // Left out when its figures are 0 and no none wording says so. (A list left empty under a total above 0
    // would be a table that does not add up, which is not put in words.)
    optional: s.none === undefined && Boolean(s.zeroIf ?? s.list)
  }
}

// By format: tables 三 and 四 share their sentences, and a placeholder's shape is its table's (an amount's unit).
const shapeCache = new WeakMap<FormatDecl, Map<TableId, Shape[]>>()
function shapesOf(format: FormatDecl, table: TableId): Shape[] {
  let byTable = shapeCache.get(format)
  if (!byTable) shapeCache.set(format, (byTable = new Map()))
  let shapes = byTable.get(table)
  if (!shapes) {
    const summary = format.summaries.find((s) => s.table === table)
    const decl = format.tables.find((t) => t.id === table)
    shapes = summary && decl ? summary.sentences.map((s) => shapeOf(s, decl)) : []
    byTable.set(table, shapes)
  }
  return shapes
}

/** A paragraph cut after each full stop (a last piece without one kept as it is). */
const piecesOf = (paragraph: string): string[] => paragraph.match(/[^。]*。|[^。]+$/g) ?? []

/**
 * Whether `pieces` from `i` are the sentences from `j` on, each in a shape `sentence` gives. `zero` holds
 * what a none wording already said was 0: a sentence that reads only those says none or nothing.
 */
function reads(pieces: string[], i: number, shapes: Shape[], j: number, zero: Set<KeyPattern>): boolean {
  if (j === shapes.length) return i === pieces.length
  const shape = shapes[j]!
  const fits = (f: Form | undefined): boolean =>
    Boolean(f && i + f.stops <= pieces.length && f.re.test(pieces.slice(i, i + f.stops).join('')))
  const zeroed = shape.zeroIf?.every((p) => zero.has(p)) ?? false
  if (zeroed)
    return shape.none
      ? fits(shape.none) && reads(pieces, i + shape.none.stops, shapes, j + 1, zero)
      : reads(pieces, i, shapes, j + 1, zero)
  return (
    (fits(shape.text) && reads(pieces, i + shape.text.stops, shapes, j + 1, zero)) ||
    (fits(shape.none) &&
      reads(pieces, i + shape.none!.stops, shapes, j + 1, new Set([...zero, ...(shape.zeroIf ?? [])]))) ||
    (shape.optional && reads(pieces, i, shapes, j + 1, zero))
  )
}

/**
 * Whether `paragraph` is one 生成文字说明 writes for `table`, from any figures: its declared sentences in
 * order, each in a shape it takes, and nothing else. A word of the official's in it, and it is theirs.
 */
export function isSummaryOf(paragraph: string, format: FormatDecl, table: TableId): boolean {
  const pieces = piecesOf(paragraph.trim())
  const shapes = shapesOf(format, table)
  return pieces.length > 0 && shapes.length > 0 && reads(pieces, 0, shapes, 0, new Set())
}

/** Whether some sentence of `paragraph` is one 生成文字说明 writes for `table` (the paragraph perhaps not). */
function quotesSummary(paragraph: string, format: FormatDecl, table: TableId): boolean {
  const pieces = piecesOf(paragraph.trim())
  return shapesOf(format, table).some((shape) =>
    [shape.text, shape.none].some(
      (f) => f && pieces.some((_, i) => f.re.test(pieces.slice(i, i + f.stops).join('')))
    )
  )
}

export interface SummaryPlacement {
  /** The section's text with the paragraph in it. */
  prose: string
  /**
   * written: after the text; replaced: in place of the paragraph written before; removed: the paragraph
   * written before taken out, the table now having nothing to say; unchanged: already so.
   */
  outcome: 'written' | 'replaced' | 'removed' | 'unchanged'
  /** Further paragraphs written before for the table, taken out rather than left beside the new one. */
  duplicates: number
  /**
   * Paragraphs of the official's with a sentence the table's paragraph has, perhaps one generated and
   * edited since: kept as they are, since rewriting them would lose what was written into them.
   */
  kept: string[]
}

/**
 * Where the paragraph `text` (summarizeTable's, for `table`) goes in the section's `prose`: in place of the
 * one written before, else after what the official wrote, which stays as it is.
 */
export function placeSummary(
  prose: string,
  text: string,
  format: FormatDecl,
  table: TableId
): SummaryPlacement {
  const paragraphs = prose.split('\n')
  const earlier = paragraphs.flatMap((p, i) => (isSummaryOf(p, format, table) ? [i] : []))
  const kept = paragraphs.filter((p, i) => !earlier.includes(i) && quotesSummary(p, format, table))
  const unchanged: SummaryPlacement = { prose, outcome: 'unchanged', duplicates: 0, kept: [] }
  if (!earlier.length) {
    if (!text || prose.includes(text)) return unchanged
    return {
      prose: prose.trim() ? `${prose.trimEnd()}\n${text}` : text,
      outcome: 'written',
      duplicates: 0,
      kept
    }
  }
  const [first] = earlier
  // The paragraph keeps the indent it was given; one with nothing to say goes, with its line.
  const placed = paragraphs.flatMap((p, i) =>
    i === first && text ? [`${/^\s*/.exec(p)![0]}${text}`] : earlier.includes(i) ? [] : [p]
  )
  const after = placed.join('\n')
  if (after === prose) return unchanged
  return {
    prose: after,
    outcome: text ? 'replaced' : 'removed',
    duplicates: earlier.length - 1,
    kept
  }
}
