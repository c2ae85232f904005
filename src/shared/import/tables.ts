// Reading a statutory table out of the lines of its part, driven by the TableDecl: every grid row
// with value cells is looked for by its label (normalised and compared fuzzily, since copies break
// and mangle labels), rows and runs of values are aligned in order, and each value goes through
// parseAmountInput. Nothing is guessed: a row whose count of values does not fit stays blank.
import { tableCellName } from '../checks/labels'
import type { CellDecl, TableDecl } from '../formats'
import type { AmountUnit } from '../formats/types'
import { cellValueText, normalizeCellText, parseAmountInput } from '../model/cellInput'
import type { CellValue } from '../model/report'
import { normalizeLabel } from './chinese'
import { isPlaceholder, type Line, type Piece } from './lines'
import { importText } from './messages'
import { bigrams, recall } from '../text/similarity'
import type { CellTrace, ImportProblem } from './types'

/** A cell as the format wants it printed: a number, signed where it may be, thousands grouped or not. */
const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/

interface RowSpec {
  keys: string[]
  /** Undefined for table 四's single row, which has no label of its own. */
  label?: string
  set?: Set<string>
  /** The label less its number and note (coreLabel): all that a row numbered by Word's lists shows. */
  core?: string
  len: number
  /** Group labels (（六）其他处理 …) whose rowspan covers this row. */
  groups: RowSpec[]
}

interface Label {
  norm: string
  set: Set<string>
}

interface Run {
  /** Each label piece, and its words apart when spaces split it (a wrapped stub cell beside the row's label). */
  labels: (Label & { words?: Label[]; printed: string })[]
  text: Set<string>
  values: Piece[]
  first: number
  last: number
}

export interface TableRead {
  values: Record<string, CellValue>
  units: Record<string, AmountUnit>
  trace: Record<string, CellTrace>
  problems: ImportProblem[]
  /** Rows found with the right number of values: how well this declaration fits the source. */
  fit: number
  /** Line indices the table occupies (inclusive), when anything was found. */
  span?: [number, number]
}

const THRESHOLD = 0.6

const ROW_NUMBER = /^(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d+\.)/
/**
 * A row label as compared for its wording: normalised, without its number (（二）, 3.) or the note after it
 * (（区分处理的，只计这一情形，不计其他情形）), which copies abbreviate.
 */
const coreLabel = (label: string): string =>
  normalizeLabel(label)
    .replace(ROW_NUMBER, '')
    .replace(/\([^()]*\)$/, '')
const specCache = new WeakMap<TableDecl, { rows: RowSpec[]; groups: RowSpec[]; vocab: Set<string> }>()

function specs(table: TableDecl): { rows: RowSpec[]; groups: RowSpec[]; vocab: Set<string> } {
  const cached = specCache.get(table)
  if (cached) return cached
  const byKey = new Map(table.cells.map((c) => [c.key, c]))
  const rowLabels = new Set(table.cells.map((c) => c.rowLabel))
  const rows: RowSpec[] = []
  const groups: RowSpec[] = []
  const vocab = new Set<string>()
  const spec = (label: string, keys: string[]): RowSpec => {
    const norm = normalizeLabel(label)
    return { keys, label, set: bigrams(norm), core: coreLabel(label), len: norm.length, groups: [] }
  }
  let open: { group: RowSpec; left: number }[] = []
  for (const gridRow of table.grid) {
    const keys = gridRow.flatMap((g) => (g.kind === 'value' ? [g.key] : []))
    for (const g of gridRow) {
      if (g.kind === 'header' || g.kind === 'label') for (const ch of normalizeLabel(g.text)) vocab.add(ch)
      if (g.kind === 'label' && !rowLabels.has(g.text)) {
        const group = spec(g.text, [])
        groups.push(group)
        open.push({ group, left: g.rowSpan ?? 1 })
      }
    }
    if (keys.length) {
      const hasLabel = gridRow.some((g) => g.kind === 'label')
      const first = byKey.get(keys[0]) as CellDecl
      const row = hasLabel ? spec(first.rowLabel, keys) : { keys, len: 0, groups: [] }
      row.groups = open.map((o) => o.group)
      rows.push(row)
    }
    open = open.map((o) => ({ ...o, left: o.left - 1 })).filter((o) => o.left > 0)
  }
  const result = { rows, groups, vocab }
  specCache.set(table, result)
  return result
}

const MAX_RUNS = 600
const runCache = new WeakMap<Line[], Map<string, Run[]>>()

/** Runs of one region, shared by the tables of both candidate formats. */
function runsOf(lines: Line[], from: number, to: number): Run[] {
  let byRegion = runCache.get(lines)
  if (!byRegion) runCache.set(lines, (byRegion = new Map()))
  const key = `${from}:${to}`
  let runs = byRegion.get(key)
  // A statutory table has a few dozen rows; beyond this a region is not one, and aligning it would
  // only cost time (the alignment is quadratic).
  if (!runs) byRegion.set(key, (runs = computeRuns(lines, from, to).slice(0, MAX_RUNS)))
  return runs
}

function computeRuns(lines: Line[], from: number, to: number): Run[] {
  const runs: Run[] = []
  let labels: Run['labels'] = []
  let values: Piece[] = []
  let first = from
  let last = from
  const close = (): void => {
    if (values.length) {
      const text = bigrams(labels.map((l) => l.norm).join(''))
      runs.push({ labels, text, values, first, last })
      labels = []
      values = []
    }
  }
  for (let i = from; i < to; i++) {
    for (const p of lines[i].pieces) {
      if (p.value) {
        if (!values.length && !labels.length) first = i
        values.push(p)
        last = i
      } else {
        close()
        if (!labels.length) first = i
        const norm = normalizeLabel(p.text)
        const words = p.text.trim().split(/[\s\u00A0\u3000]+/)
        labels.push({
          norm,
          printed: p.text.trim(),
          set: bigrams(norm),
          ...(words.length > 1 && {
            words: words.map((w) => normalizeLabel(w)).map((n) => ({ norm: n, set: bigrams(n) }))
          })
        })
      }
    }
  }
  close()
  return runs
}

/**
 * The longest end of `text` that begins `want`, less a row number before it (4.): `text` whole, or an end of
 * two characters or more, the words of a column to its left glued on (其他处不补正、… in a group's column).
 */
function ending(text: string, want: string): string {
  for (let k = 0; k < text.length; k++) {
    const end = text.slice(k).replace(ROW_NUMBER, '')
    if (end && want.startsWith(end) && (k === 0 || end.length >= 2)) return end
  }
  return ''
}

/**
 * Whether a row's label, wrapped over the lines of a narrow label column (a PDF's, pdftotext -layout's), is
 * the law's label `core` word for word once its lines are joined. Its head ends one of the run's labels
 * (after a group's words beside it: 予公开 2.其他法律行政法); its tail is on the lines after, before the
 * figures or below them (…反复申 / 0 0 0 / 请), even past a page's repeated headings. The words of the
 * columns beside it (（四）, 无法提, 供) interleave and are passed over: only text that goes on with the
 * label exactly is joined, so the next row's label is never taken for a tail.
 */
function wrappedWhole(core: string, run: Run, next: Run | undefined): boolean {
  // A tail may share its line with a group's words (（五）不 版物, 理 请): each word is a candidate too.
  const candidates = (labels: Run['labels']): string[] =>
    labels.flatMap((l) => [l.norm, ...(l.words ?? []).map((w) => w.norm)])
  return run.labels.some((label, i) => {
    const head = ending(label.norm, core)
    if (head.length < 2) return false
    let rest = core.slice(head.length)
    for (const text of [...candidates(run.labels.slice(i + 1)), ...candidates(next?.labels ?? [])]) {
      if (!rest) break
      rest = rest.slice(ending(text, rest).length)
    }
    return !rest
  })
}

function score(run: Run, row: RowSpec): number {
  if (!row.set) return 0
  // A row numbered by Word's automatic numbering prints its label without the number (总计, 其他): too
  // short to share the pairs of characters of （七）总计, it is that row when it is the rest exactly. Its own
  // label only, the one just before its figures: not a column heading above it (总计).
  if (run.labels[run.labels.length - 1]?.norm === row.core) return 1
  let s = recall(row.set, run.text)
  for (const label of run.labels) {
    for (const l of label.words ? [label, ...label.words] : [label]) {
      if (l.norm.length < 4) continue
      const p = recall(l.set, row.set) * (0.5 + 0.5 * Math.min(1, l.norm.length / row.len))
      if (p > s) s = p
    }
  }
  return s
}

/** Values with the filler that copies add after a row (“-” after each row of seed 004) removed. */
function trimmed(values: Piece[], want: number): Piece[] {
  const v = values.slice()
  while (v.length > want && isPlaceholder(v[v.length - 1].text)) v.pop()
  return v
}

/** Whether the run holds exactly `want` values once trailing filler is dropped (trimmed without copying). */
function fits(run: Run, want: number): boolean {
  let n = run.values.length
  while (n > want && isPlaceholder(run.values[n - 1].text)) n--
  return n === want
}

/** Monotone alignment of runs to labelled rows maximising the total score. */
function align(runs: Run[], rows: RowSpec[]): Map<number, number> {
  const n = runs.length
  const m = rows.length
  const s = runs.map((r) =>
    rows.map((row) => {
      const base = score(r, row)
      if (base < THRESHOLD) return -1
      return base + (fits(r, row.keys.length) ? 0.5 : 0)
    })
  )
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++) {
      let b = Math.max(best[i - 1][j], best[i][j - 1])
      const x = s[i - 1][j - 1]
      if (x > 0) b = Math.max(b, best[i - 1][j - 1] + x)
      best[i][j] = b
    }
  const pairs = new Map<number, number>()
  let i = n
  let j = m
  while (i > 0 && j > 0) {
    const x = s[i - 1][j - 1]
    if (x > 0 && Math.abs(best[i][j] - (best[i - 1][j - 1] + x)) < 1e-9) {
      pairs.set(i - 1, j - 1)
      i--
      j--
    } else if (best[i][j] === best[i - 1][j]) i--
    else j--
  }
  return pairs
}

const CJK_PUNCT = /[\d\s.()（）、，,：:“”"\-—/]/

/**
 * A header line of the table: short, no sentence end, made of the table's own words; not a paragraph indented
 * as typed (收到和处理政府信息公开申请情况如下表： just above the table is the part's prose).
 */
function tableish(line: Line, vocab: Set<string>): boolean {
  if (line.row) return true
  if (line.paragraph) return false
  if (line.pieces.every((p) => p.value)) return true
  const s = normalizeLabel(line.text)
  if (s.length > 40 || /[。；;！？!?]/.test(s) || /[。；！？]/.test(line.text)) return false
  let known = 0
  for (const ch of s) if (vocab.has(ch) || CJK_PUNCT.test(ch)) known++
  return known / s.length >= 0.8
}

const labelCache = new WeakMap<TableDecl, Set<string>>()

/**
 * The lines of a part's prose that are its table's own words: a label or heading of the table on a line of
 * its own, with the lines of nothing but numbers beside them. A table not read in full leaves them behind
 * (text that lost its columns, 2024_hongze_qu_rawtext). Without one such label, numbers alone are prose.
 */
export function tableResidue(table: TableDecl, lines: Line[]): Line[] {
  let labels = labelCache.get(table)
  if (!labels) {
    labels = new Set(
      table.grid
        .flat()
        .flatMap((g) => (g.kind === 'header' || g.kind === 'label' ? [normalizeLabel(g.text)] : []))
    )
    labelCache.set(table, labels)
  }
  const own = (l: Line): boolean => (labels as Set<string>).has(normalizeLabel(l.text))
  if (!lines.some(own)) return []
  return lines.filter((l) => own(l) || (l.pieces.length > 0 && l.pieces.every((p) => p.value)))
}

/** The line a value came from; value pieces of text lines and table rows both carry one. */
const lineOf = (p: Piece): number => p.line

/** Reads `table` from lines[from, to). */
export function readTable(table: TableDecl, lines: Line[], from: number, to: number): TableRead {
  const { rows, groups, vocab } = specs(table)
  const out: TableRead = { values: {}, units: {}, trace: {}, problems: [], fit: 0 }
  for (const c of table.cells) out.values[c.key] = null
  const runs = runsOf(lines, from, to)
  const labelled = rows.filter((r) => r.set)
  const pairs = align(runs, labelled)
  const used = new Set<number>()
  const found = new Set<RowSpec>()
  const byKey = new Map(table.cells.map((c) => [c.key, c]))
  const rowName = (row: RowSpec): string => row.label ?? table.title
  // A whole row: `requests:r2.*`; table 四's unlabelled row is the whole table.
  const rowRef = (row: RowSpec): string =>
    row.label === undefined ? `${table.id}:*` : `${table.id}:${row.keys[0].split('.')[0]}.*`

  // Rows read in full, by the line of their first value: the columns a short row is measured against.
  const complete: Piece[][] = []
  const short: [Run, RowSpec][] = []

  /**
   * A group's line that prints figures above its items (a 小计 the format has no row for): each column must
   * be the sum of the items' (T3-04). Nothing is read from it; a column that disagrees is named.
   */
  const subtotal = (run: Run, group: RowSpec, parts: RowSpec[]): void => {
    const width = parts[0].keys.length
    const values = trimmed(run.values, width)
    if (values.length !== width || parts.some((r) => r.keys.length !== width || !found.has(r))) return
    values.forEach((p, k) => {
      const stated = Number(normalizeCellText(p.text))
      const items = parts.map((r) => out.values[r.keys[k]])
      if (!Number.isFinite(stated) || items.some((v) => typeof v !== 'number')) return
      const sum = (items as number[]).reduce((a, b) => a + b, 0)
      if (sum === stated) return
      const col = (byKey.get(parts[0].keys[k]) as CellDecl).colLabel
      out.problems.push({
        level: 'warning',
        message: importText.subtotal(table.number, group.label as string, col, p.text, sum),
        ref: rowRef(parts[0]),
        finding: { rule: 'requests.subtotal', severity: 'warning' },
        cells: parts.map((r) => `${table.id}:${r.keys[k]}`),
        loc: p.loc
      })
    })
  }

  /**
   * A row read under a label other than the law's (STR-05): 规范性文件 for 2021's 行政规范性文件 (a 2019 row in
   * a 2021 table), 需另行制作 for 需要另行制作. Read all the same, and named to be put right.
   */
  const reworded = (run: Run, row: RowSpec, next: Run | undefined): void => {
    if (row.label === undefined) return
    const core = coreLabel(row.label)
    const printed = run.labels.map((l) => l.norm).join('')
    if (!core || printed.includes(core)) return
    // Laid-out text (a PDF, pdftotext) wraps a long label over lines that interleave with its neighbours'
    // (…行政止公开 / 法规禁): what is missing may be on another line. There, a label that its lines joined
    // make the law's is as printed; else only a label whole on its line and short of a word or two is taken
    // to be worded so. A real (HTML/Word) table row has its label whole.
    const tableRow = Boolean(lines[lineOf(run.values[0])]?.row)
    if (!tableRow && wrappedWhole(core, run, next)) return
    const whole =
      tableRow || (run.labels.length === 1 && core.length - coreLabel(run.labels[0].printed).length <= 2)
    if (!whole) return
    const shown = run.labels.map((l) => l.printed).join('')
    out.problems.push({
      level: 'warning',
      message: importText.rowReworded(table.number, row.label, shown),
      ref: rowRef(row),
      // A finding of the published report only where its table row is sure (HTML, Word): a PDF's cell may
      // break its label where no layout can tell (…反复申, its 请 put elsewhere), and is only asked to be checked.
      ...(tableRow && { finding: { rule: 'table.rowLabel', severity: 'error' as const } }),
      loc: run.values[0]?.loc
    })
  }

  const take = (run: Run, row: RowSpec, late = false): void => {
    let values: (Piece | undefined)[] = trimmed(run.values, row.keys.length)
    if (values.length < row.keys.length && !late && row.label !== undefined) {
      short.push([run, row])
      return
    }
    const placed =
      values.length < row.keys.length ? byPosition(values as Piece[], row.keys.length) : undefined
    if (placed) {
      values = placed
      out.problems.push({
        level: 'notice',
        message: importText.placed(table.number, rowName(row), placed.filter(Boolean).length),
        ref: rowRef(row),
        loc: run.values[0].loc
      })
    } else if (values.length !== row.keys.length) {
      out.problems.push({
        level: 'error',
        message:
          row.label === undefined
            ? importText.reviewCount(values.length)
            : importText.rowCount(table.number, rowName(row), values.length, row.keys.length),
        ref: rowRef(row),
        loc: values[0]?.loc
      })
      return
    }
    out.fit++
    if (!placed) complete.push(values as Piece[])
    values.forEach((p, k) => {
      const key = row.keys[k]
      const cell = byKey.get(key) as CellDecl
      if (!p) {
        // Blank in the source: nothing printed in that column.
        out.trace[key] = { loc: run.values[0].loc, text: '' }
        return
      }
      out.trace[key] = { loc: p.loc, text: p.text }
      const r = parseAmountInput(p.text, cell.domain)
      if (r.ok) {
        out.values[key] = r.value
        if (r.unit) out.units[key] = r.unit
        // Read, but printed against the format (VAL-02): a defect of the published report to put right.
        // An amount says its unit in the cell, 采购总金额's heading having none (T2-04), as the app prints it:
        // “2000万元”, not “2000万” or “3481775656.00元”.
        const text = normalizeCellText(p.text)
        const shown = cellValueText(r.value, cell.domain, r.unit)
        const amount = cell.domain.kind === 'amount'
        if (r.value !== null && (amount ? text !== shown : !PLAIN_NUMBER.test(text)))
          out.problems.push({
            level: 'warning',
            message: (amount ? importText.amountDecorated : importText.cellDecorated)(
              tableCellName(table, cell),
              p.text,
              shown
            ),
            ref: `${table.id}:${key}`,
            finding: { rule: 'cell.printed', severity: 'error' },
            loc: p.loc
          })
      } else if (isPlaceholder(p.text.trim())) {
        // A dash or “无” is how blank cells are printed (our txt export among them): read, as what it is,
        // and the published report's error (VAL-06: the law asks a figure, 0 where nothing happened).
        out.problems.push({
          level: 'warning',
          message: importText.cellPlaceholder(tableCellName(table, cell), p.text.trim()),
          ref: `${table.id}:${key}`,
          finding: { rule: 'cell.placeholder', severity: 'error' },
          loc: p.loc
        })
      } else {
        out.problems.push({
          level: 'error',
          message: importText.cellRefused(tableCellName(table, cell), p.text, r.message),
          ref: `${table.id}:${key}`,
          loc: p.loc
        })
      }
    })
  }

  /**
   * Values of a PDF row that lost its blank cells, put in the columns whose positions they share with the
   * nearest complete row; undefined unless every value sits unambiguously in its own column.
   */
  const byPosition = (values: Piece[], want: number): (Piece | undefined)[] | undefined => {
    if (!values.length || values.some((v) => v.end === undefined)) return undefined
    const line = values[0].line
    const ref = complete
      .filter((r) => r.length === want && r.every((v) => v.end !== undefined))
      .sort((a, b) => Math.abs(a[0].line - line) - Math.abs(b[0].line - line))[0]
    if (!ref) return undefined
    const out: (Piece | undefined)[] = new Array<Piece | undefined>(want).fill(undefined)
    let last = -1
    for (const v of values) {
      const d = ref.map((r) => Math.abs((r.end as number) - (v.end as number)))
      const j = d.indexOf(Math.min(...d))
      const second = Math.min(...d.filter((_, k) => k !== j))
      // pdftotext quantises x positions to characters: a column wanders by a few, never by half the gap.
      if (d[j] > 4 || second < 2 * d[j] || second - d[j] < 2 || j <= last) return undefined
      out[j] = v
      last = j
    }
    return out
  }

  for (const [ri, rj] of pairs) {
    used.add(ri)
    found.add(labelled[rj])
    take(runs[ri], labelled[rj])
    reworded(runs[ri], labelled[rj], runs[ri + 1])
  }
  for (const [run, row] of short) take(run, row, true)
  // Rows without a label (table 四): the first run, not claimed by a labelled row, with exactly as many values.
  for (const row of rows.filter((r) => !r.set)) {
    const ri = runs.findIndex(
      (r, i) => !used.has(i) && trimmed(r.values, row.keys.length).length === row.keys.length
    )
    // A row that lost a value or two is still reported as that row, not as a missing table.
    const fallback = runs.findIndex(
      (r, i) => !used.has(i) && r.values.filter((v) => !isPlaceholder(v.text)).length * 2 >= row.keys.length
    )
    const pick = ri >= 0 ? ri : fallback
    if (pick < 0) continue
    used.add(pick)
    found.add(row)
    take(runs[pick], row)
  }

  if (!found.size) {
    out.problems = [{ level: 'error', message: importText.tableMissing(table.number), ref: `${table.id}:*` }]
    return out
  }
  const merged = new Set<RowSpec>()
  // Runs of numbers that fit no row: a merged group row (洪泽's single （六）其他处理) or noise.
  runs.forEach((run, i) => {
    if (used.has(i) || run.values.every((v) => isPlaceholder(v.text))) return
    const inside = run.first >= runs[Math.min(...used)].first && run.first <= runs[Math.max(...used)].last
    if (!inside) return
    const values = run.values.map((v) => v.text).join(' ')
    const items = (g: RowSpec): RowSpec[] => rows.filter((r) => r.groups.includes(g))
    const scored = groups.map((g) => ({ g, s: score(run, g) })).filter((x) => x.s >= 0.8)
    const group = scored.sort((x, y) => y.s - x.s)[0]?.g
    if (group) merged.add(group)
    const parts = group ? items(group) : []
    // Its items read on lines of their own: the group's line is their total, to be held to them (T3-04).
    if (parts.some((r) => found.has(r))) return subtotal(run, group!, parts)
    // A group printed as one row of zeros: no count is negative, so every item under it is 0 too.
    const width = parts[0]?.keys.length ?? 0
    // (the “-” a copy adds after each row, seed 004's, is no figure of it)
    const figures = trimmed(run.values, width)
    const zeros =
      parts.length > 0 &&
      parts.every((r) => r.keys.length === width) &&
      figures.length === width &&
      figures.every((v) => /^0+$/.test(normalizeCellText(v.text)))
    if (group && zeros) {
      for (const r of parts)
        r.keys.forEach((key, k) => {
          out.values[key] = 0
          out.trace[key] = { loc: run.values[k].loc, text: run.values[k].text }
        })
      out.problems.push({
        level: 'warning',
        message: importText.groupZeros(table.number, group.label as string),
        ref: rowRef(parts[0]),
        cells: parts.flatMap((r) => r.keys.map((k) => `${table.id}:${k}`)),
        loc: run.values[0].loc
      })
      return
    }
    out.problems.push({
      level: 'error',
      message: group
        ? importText.groupRow(table.number, group.label as string, values)
        : importText.strayRow(table.number, values),
      // A merged group row belongs to its first item (r6_1 for （六）其他处理).
      ref: parts.length ? rowRef(parts[0]) : `${table.id}:*`,
      cells: group ? parts.flatMap((r) => r.keys.map((k) => `${table.id}:${k}`)) : undefined,
      loc: run.values[0].loc
    })
  })

  for (const row of rows)
    if (!found.has(row) && !row.groups.some((g) => merged.has(g)))
      out.problems.push({
        level: 'error',
        message: importText.rowMissing(table.number, rowName(row)),
        ref: rowRef(row)
      })
  // The span: from the header lines above the first row found to the last row found.
  const usedRuns = [...used].map((i) => runs[i])
  let a = Math.min(...usedRuns.map((r) => lineOf(r.values[0])))
  const b = Math.max(...usedRuns.map((r) => r.last))
  // Flattened text carries its header as loose lines above the first row; an HTML or Word table carries it
  // in rows of its own, so there a loose line above is prose, however table-like its words.
  const loose = !lines[a].row
  while (a > from && (lines[a - 1].row || (loose && tableish(lines[a - 1], vocab)))) a--
  out.span = [a, b]
  headingUnits(table, lines.slice(a, b + 1), out)
  return out
}

/**
 * An amount whose column heading prints its unit (采购总金额（万元）, as some copies of the 2019 table do) and
 * whose cell prints none is in that unit: read so, it needs no unit written in beside it (T2-04).
 */
function headingUnits(table: TableDecl, lines: Line[], out: TableRead): void {
  for (const cell of table.cells) {
    if (cell.domain.kind !== 'amount' || out.values[cell.key] == null || out.units[cell.key]) continue
    const label = normalizeLabel(cell.colLabel)
    for (const line of lines) {
      const m = HEADING_UNIT.exec(normalizeLabel(line.text).split(label)[1] ?? '')
      if (m) {
        out.units[cell.key] = m[1] === '元' ? '元' : '万元'
        break
      }
    }
  }
}

/** The unit right after a column's label: （万元）, (元), 单位：万元. */
const HEADING_UNIT = /^[（(]?(?:单位[:：]?)?(万元|元)[）)]?/
