// L-T-01: the sums of the indicator tables (附表) of a report before 2019. The legacy format keeps those tables
// as text, as the import found them: a row is a label and its figure on one line (“申请总数  91”, a pasted
// table row “申请总数 | 条 | 10 | 5 | 60”) or on two (a web table read cell by cell). A sentence ends a table.
import type { FormatDecl, IndicatorSum } from '../formats'
import type { Report } from '../model/report'
import { halfWidth } from '../text/width'
import { remember, type Memo } from './memo'
import { checkText, sectionWhere } from './messages'
import type { Finding } from './types'

type Style = 'dot' | 'paren' | 'cnParen' | 'cn'

interface Row {
  /** The label without its numbering, a 其中 in front or a unit after. */
  label: string
  number?: { style: Style; index: number }
  /** The first words are 其中: the rows under another. */
  under: boolean
  /** The row's last figure (本年累计 where a form prints 本期实际 too); null for a blank or “-”. */
  value: number | null | undefined
  /** Where the row lies in the section's text, label to figure. */
  span: [number, number]
}

/** A table's rows; a sentence between two rows splits them into two tables. */
type Table = Row[]

const UNIT = '(?:条|件|人次|个|人|次|篇|份|宗|万元|元)'
const VALUE_LINE = new RegExp(`^(\\d+(?:\\.\\d+)?)\\s*${UNIT}?$`)
const PLACEHOLDER = /^(?:[-—–/／\\]+|无)$/
// A unit column after the label (“规章  件”, “（件）”), never the end of a word (规范性文件, 其他文件).
const UNIT_END = new RegExp(`(?:\\s+${UNIT}|[(（]${UNIT}[)）])$`)
const UNIT_LINE = new RegExp(`^(?:${UNIT}|单位|计量单位|代码)$`)
// A label, then its figures (a coded form prints a unit and a code before them).
const ROW_LINE = new RegExp(
  `^(.*?[\\u4e00-\\u9fff)）])\\s*((?:\\d+(?:\\.\\d+)?\\s+)*\\d+(?:\\.\\d+)?)\\s*${UNIT}?$`
)
const SENTENCE = /[。；;]/
const TABLE_TITLE = /^(?:附表|表)\s*[\d一二三四五六七八九十]|统计表?$/
const CN = '一二三四五六七八九十'

const NUMBERINGS: { style: Style; re: RegExp; index: (s: string) => number }[] = [
  { style: 'dot', re: /^(\d{1,2})\s*[.．、](?!\d)/, index: Number },
  { style: 'paren', re: /^[(（](\d{1,2})[)）]/, index: Number },
  { style: 'cnParen', re: /^[(（]([一二三四五六七八九十])[)）]/, index: (s) => CN.indexOf(s) + 1 },
  { style: 'cn', re: /^([一二三四五六七八九十])、/, index: (s) => CN.indexOf(s) + 1 }
]

function labelled(text: string): Pick<Row, 'label' | 'number' | 'under'> {
  let rest = text.trim().replace(UNIT_END, '').replace(/\s+/g, '')
  const under = /^.{0,4}其中[:：]?/.exec(rest)
  if (under) rest = rest.slice(under[0].length)
  let number: Row['number']
  for (const n of NUMBERINGS) {
    const m = n.re.exec(rest)
    if (!m) continue
    number = { style: n.style, index: n.index(m[1]) }
    rest = rest.slice(m[0].length)
    break
  }
  return { label: rest, number, under: Boolean(under) }
}

function readTables(text: string): Table[] {
  const tables: Table[] = [[]]
  let pending: (Pick<Row, 'label' | 'number' | 'under'> & { start: number; end: number }) | undefined
  const flush = (): void => {
    if (pending) tables.at(-1)?.push({ ...pending, value: undefined, span: [pending.start, pending.end] })
    pending = undefined
  }
  let offset = 0
  for (const raw of text.split('\n')) {
    const start = offset + (raw.length - raw.trimStart().length)
    const end = offset + raw.trimEnd().length
    offset += raw.length + 1
    const line = halfWidth(raw)
      .replace(/[|｜\t]/g, ' ')
      .trim()
    if (!line || UNIT_LINE.test(line)) continue
    const figure = VALUE_LINE.exec(line)
    if (figure || PLACEHOLDER.test(line)) {
      if (pending)
        tables
          .at(-1)
          ?.push({ ...pending, value: figure ? Number(figure[1]) : null, span: [pending.start, end] })
      pending = undefined
      continue
    }
    flush()
    if (SENTENCE.test(line) || line.length > 60) {
      if (tables.at(-1)?.length) tables.push([])
      continue
    }
    const row = ROW_LINE.exec(line)
    if (row) {
      const values = row[2].split(/\s+/).map(Number)
      tables.at(-1)?.push({ ...labelled(row[1]), value: values.at(-1), span: [start, end] })
    } else pending = { ...labelled(line), start, end }
  }
  flush()
  return tables.filter((t) => t.length > 1)
}

/** The rows a total sums: its numbered items, or the 其中 rows under it; undefined when there are none. */
function partsOf(table: Table, at: number, sums: IndicatorSum[]): Row[] | undefined {
  const first = table[at + 1]
  if (!first) return undefined
  const isTotal = (r: Row): boolean => sums.some((s) => s.total.test(r.label))
  if (first.number?.index === 1) {
    const { style } = first.number
    const parts = [first]
    for (const r of table.slice(at + 2)) {
      if (r.number?.style === style) {
        if (r.number.index !== parts.length + 1) break
        parts.push(r)
      } else if (isTotal(r) || (r.value === undefined && TABLE_TITLE.test(r.label))) break
      // anything else is a row under one of the items (不同意公开's reasons)
    }
    return parts
  }
  if (!first.under || first.number) return undefined
  const parts: Row[] = []
  for (const r of table.slice(at + 1)) {
    if (r.number || isTotal(r) || r.value === undefined) break
    parts.push(r)
  }
  return parts
}

interface Mismatch {
  total: Row
  parts: Row[]
}

function mismatches(text: string, sums: IndicatorSum[]): Mismatch[] {
  const out: Mismatch[] = []
  for (const table of readTables(text)) {
    table.forEach((row, at) => {
      const sum = sums.find((s) => s.total.test(row.label))
      if (!sum || row.value == null) return
      const parts = partsOf(table, at, sums)
      if (!parts || parts.length < 2 || parts.some((p) => p.value == null)) return
      if (sum.partsLike && !parts.some((p) => sum.partsLike?.test(p.label))) return
      const total = parts.reduce((n, p) => n + (p.value ?? 0), 0)
      if (Math.abs(total - row.value) > 1e-9) out.push({ total: row, parts })
    })
  }
  return out
}

const memo: Memo<Mismatch[]> = new Map()

export function checkIndicatorSums(report: Report, format: FormatDecl): Finding[] {
  if (!format.indicatorSums.length) return []
  const out: Finding[] = []
  for (const s of format.sections) {
    const text = report.sections[s.id] ?? ''
    if (!/\d/.test(text)) continue
    for (const { total, parts } of remember(memo, text, () => mismatches(text, format.indicatorSums))) {
      out.push({
        rule: 'legacy.tableSum',
        severity: 'error',
        message: checkText.indicatorSum(
          sectionWhere(s.heading),
          total.label,
          total.value ?? 0,
          parts.map((p) => [p.label, p.value ?? 0])
        ),
        cells: [`sections:${s.id}`],
        quote: text.slice(total.span[0], total.span[1])
      })
    }
  }
  return out
}
