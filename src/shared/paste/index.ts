// A block pasted from Excel, WPS or a web page, as rows of cell texts. Only the layout is decided
// here; each text still goes through parseCellInput, which alone decides what a value is.

import type { TableDecl } from '../formats/types'
import { toSimplified } from '../import/chinese'
import { indexLines, isPageMark, isPlaceholder, isValueText, textLines } from '../import/lines'
import { readTable } from '../import/tables'
import { dice } from '../text/similarity'

// A unit written as its own word or column after a number ("12 件", "3\t万元") belongs to that number;
// whether the unit is acceptable for the cell is parseCellInput's call, not this module's.
const UNIT_ONLY = /^(?:件|宗|项|个|条|次|万元|万|元)$/u
const SPACED_THOUSANDS =
  /^[-－+＋]?[1-9１-９][0-9０-９]{0,2}(?:[ \u00a0][0-9０-９]{3})+(?:[.．][0-9０-９]+)?(?:件|宗|项|个|条|次|万元|万|元)?$/u

function splitLine(line: string): string[] {
  // Tab-separated (Excel/WPS, most web tables) keeps empty cells; otherwise any run of spaces
  // (half- or full-width) separates values.
  const parts = line.includes('\t') ? line.split('\t') : line.trim().split(/[ \u3000\u00a0]+/u)
  const out: string[] = []
  for (const raw of parts) {
    const text = raw.trim()
    if (UNIT_ONLY.test(text) && out.length > 0 && out[out.length - 1] !== '') out[out.length - 1] += text
    else out.push(text)
  }
  return out
}

/**
 * Excel and WPS copy a cell that holds a line break in quotes, the break kept: a long label wrapped in its
 * cell (（二）部分公开 / （区分处理的…）), as a sheet laid out like the form has it. Split at the break, its
 * first line was taken for a heading and the rest for a label naming no row, said to be misplaced: the cell
 * is one text again, its lines joined as the label they wrap, "" a quote. Only in a sheet's copy (tabs), and
 * only a quote that closes at the cell's end: a text merely beginning with one is left as it is.
 */
function joinQuotedCells(text: string): string {
  if (!text.includes('\t') || !text.includes('"')) return text
  return text.replace(/(^|[\t\n])"((?:[^"]|"")*)"(?=[\t\n]|$)/gu, (_, lead: string, inner: string) =>
    [
      lead,
      inner
        .replace(/""/g, '"')
        .replace(/[ \t]*\n[ \t]*/g, '')
        .replace(/\t/g, ' ')
    ].join('')
  )
}

/**
 * `12\t3\n4\t5` → [['12','3'],['4','5']]; one value per line gives one column.
 * Trailing empty lines (Excel adds one) are dropped; empty cells inside stay '' (a blank cell).
 */
export function parsePasteBlock(text: string): string[][] {
  let lines = joinQuotedCells(text.replace(/\r\n?/g, '\n')).split('\n')
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop()
  while (lines.length > 0 && lines[0].trim() === '') lines.shift()
  // Rows led by their labels, as a report's text or a sheet gives them: a line empty between two rows (a
  // PDF's text leaves one) or a page's number where the copy crossed a page (-3-, 第3页) is no row of the
  // table, and taken for one it would push every row under it onto the next. Down a column of figures
  // alone an empty line is a blank cell, as Excel copies one.
  let rows = lines.map(splitLine)
  if (rows.some(labelledFigures)) {
    lines = lines.filter((l) => l.trim() !== '' && !isPageMark(l.trim()))
    rows = lines.map(splitLine)
  }
  const spaced = lines.map((l) => SPACED_THOUSANDS.test(l.trim()))
  // A column of figures — one a line, as one cell or a column copied gives — whose lines are each a figure
  // with its thousands set apart (3 050, as WPS and some sites print it): one figure a line, as typed.
  // Anywhere else a space parts cells, and 5 120 380 in a row is three of them. Down a column a line is
  // read as it is alone: 1 203 440 pasted by itself is one figure, so it is one under 110 714 too, and a
  // province's figures (2 345 678) are not spread over three cells a line, unsaid. Rows of several
  // figures are kept apart: a tab, two spaces, or a group not of three digits (12 3 45) on any line. Lines
  // that all part into as many cells (10 200 300 / 40 500 600) are likelier rows copied from a PDF's text:
  // only a line of another width (110 714, or 12 alone) shows the block a column of figures.
  const widths = new Set(rows.map((r) => r.length))
  const column =
    rows.every((r, i) => r.length <= 1 || spaced[i]) &&
    (rows.length === 1 || widths.size > 1 || rows.every((r) => r.length <= 2))
  return column ? rows.map((r, i) => (spaced[i] ? [lines[i].trim().replace(/\u00a0/g, ' ')] : r)) : rows
}

/** True when the text holds more than one value, so it should fill several cells. */
export function isBlock(text: string): boolean {
  const rows = parsePasteBlock(text)
  return rows.length > 1 || (rows.length === 1 && rows[0].length > 1)
}

// A cell copied with the figures that names them: a row label (一、本年新收…, 1.属于国家秘密) or a column
// heading (自然人). Two Chinese characters at least, and neither a figure with its unit (12万元) nor a word
// written where a figure should be (暂无), which its cell must refuse and say.
const FIGURE = /^[-－]?[\d０-９][\d０-９,，.．]*\s*(?:件|宗|项|个|条|次|万元|万|元)?$/u
const NO_FIGURE = /^(?:暂无|没有|不适用|无此项|未发生|空白?)$/u
const isLabel = (text: string): boolean =>
  !FIGURE.test(text) && !NO_FIGURE.test(text) && /\p{Script=Han}.*\p{Script=Han}/u.test(text)

/**
 * A line of words alone: a label, or the piece of one that a report's text wraps onto a line of its own and
 * splits at its spaces (三 、本 年 度办 理 结果; 计其他情形）). No figure in it, nor a word said for one (暂无,
 * 无, —), which its cell must refuse and say.
 */
function wordsOnly(row: string[]): boolean {
  const texts = row.filter((t) => t !== '')
  return (
    texts.length > 0 &&
    texts.every(
      (t) => /\p{Script=Han}/u.test(t) && !FIGURE.test(t) && !NO_FIGURE.test(t) && !isValueText(t)
    ) &&
    isLabel(texts.join(''))
  )
}

/**
 * Where a row's figures begin: after the labels leading it, blank cells among them (Excel copies a merged
 * group label, （三）不予公开, into its first row only); -1 when it leads with no label.
 */
function figuresFrom(row: string[]): number {
  let from = -1
  for (let i = 0; i < row.length && (row[i] === '' || isLabel(row[i])); i++) if (row[i] !== '') from = i + 1
  return from
}

/** A row of figures led by its label (规章 0 0 5), not a heading of labels alone (自然人 商业企业). */
function labelledFigures(row: string[]): boolean {
  const from = figuresFrom(row)
  return from > 0 && row.slice(from).some(isFigure)
}

// What the table's declaration calls the texts it prints: a row label names a row of figures (blank
// ones too), a heading names none. Compared without spaces and with full-width ASCII half-width, as a
// sheet typed afresh may write them.
interface Names {
  rows: ReadonlySet<string>
  headings: ReadonlySet<string>
}
const NO_NAMES: Names = { rows: new Set(), headings: new Set() }
const namesCache = new WeakMap<TableDecl, Names>()
const nameKey = (text: string): string =>
  text
    .replace(/[\uFF01-\uFF5E]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u00a0\u3000]+/gu, '')

function namesOf(table: TableDecl): Names {
  const hit = namesCache.get(table)
  if (hit) return hit
  const rows = new Set<string>()
  const headings = new Set<string>()
  for (const cell of table.grid.flat())
    if (cell.kind === 'label') rows.add(nameKey(cell.text))
    else if (cell.kind === 'header') headings.add(nameKey(cell.text))
  for (const text of rows) headings.delete(text)
  const names = { rows, headings }
  namesCache.set(table, names)
  return names
}

const isFigure = (text: string): boolean => text !== '' && !isLabel(text)

/**
 * The block without the labels copied along with it: a first column of row labels, a first row of column
 * headings (Excel rows copied whole). Without this every figure lands one cell off, the label refused.
 * `width` is how many cells the row pasted into has from the focused one: blanks that would push the
 * figures past it are a merged label's, not blank figures. `table`, when given, tells a heading repeated
 * further down from a row whose figures are all blank, which a sheet copies alike (text, then blanks).
 * Only labels and blanks are ever taken out: a figure stays, to land in a cell or be said to fall outside.
 */
export function withoutLabels(
  block: string[][],
  width = Infinity,
  table?: TableDecl
): { block: string[][]; rows: number; columns: number; rowLabels: string[] } {
  const names = table ? namesOf(table) : NO_NAMES
  const figureless = (r: string[]): boolean =>
    (r.every((t) => !isFigure(t)) && r.some(isLabel)) || wordsOnly(r)
  const namesRow = (r: string[]): boolean => r.some((t) => names.rows.has(nameKey(t)))
  let rows = 0
  let columns = 0
  let rowLabels: string[] = []
  let out = block
  // The headings over the figures, however many rows they take (表三 has three, 表四 three); a row the
  // table names is one of figures, all blank (规章 with none made, repealed or in force).
  // Selected from a row's label wrapped over lines (（二）部分公开… / 计其他情形） / 9 0 0 …), the lines just
  // above the first figures are that row's label: none of them a heading the table prints.
  let lead: string[] = []
  while (out.length > 1 && figureless(out[0]) && !namesRow(out[0])) {
    const words = out[0].filter((t) => t !== '')
    lead =
      table && wordsOnly(out[0]) && !words.some((t) => names.headings.has(nameKey(t)))
        ? [...lead, words.join('')]
        : []
    out = out.slice(1)
    rows++
  }
  // Further down, a row of labels alone is one the grid has no figures in (第二十条第（五）项 of 表二, a
  // heading repeated): copied from a web page, where such a row keeps no cells for figures. Copied from
  // a sheet, a row with blanks is a row of blank figures, unless the table calls its texts headings, or
  // a label of it stands over figures of other rows (本年处理决定数量, merged over 表二's narrower blocks).
  const asSheet = out.every((r) => r.length === out[0].length)
  const figureColumns = new Set(
    asSheet ? out.flatMap((r) => r.flatMap((t, j) => (isFigure(t) ? [j] : []))) : []
  )
  const heading = (r: string[]): boolean =>
    (r.length > 0 && r.every((t) => t !== '') && wordsOnly(r)) ||
    (figureless(r) &&
      !namesRow(r) &&
      (r.every((t) => t === '' || names.headings.has(nameKey(t))) ||
        r.some((t, j) => isLabel(t) && figureColumns.has(j))))
  // A report's text wraps a long label over lines of its own, its figures on the last or on one after
  // (（二）部分公开（区分处理的，… / 计其他情形） / 9 0 0 …): the lines above a row are its label where it
  // has none of its own. Above the first row they are the table's headings.
  let wrapped = out.map((_, i) => (i === 0 ? lead.join('') : ''))
  if (out.some((r) => !heading(r))) {
    const kept: string[][] = []
    wrapped = []
    let above = lead
    for (const r of out) {
      if (!heading(r)) {
        kept.push(r)
        wrapped.push(above.join(''))
        above = []
      } else if (kept.length) above.push(r.filter((t) => t !== '').join(''))
    }
    rows += out.length - kept.length
    out = kept
  }
  // Split at its spaces, as a web page's text is, a label can take several cells: each row's figures
  // begin after its own. Every row must lead with one (or with the blank of a merged label, or follow
  // its label's lines).
  const starts = out.map(figuresFrom)
  if (
    out.length &&
    starts.every((f, i) => f > 0 || (f < 0 && (out[i][0] === '' || wrapped[i] !== ''))) &&
    starts.some((f) => f > 0)
  ) {
    const widest = Math.max(...starts)
    // Copied from a sheet, every row is as wide and the labels take the same columns in each: a label
    // merged across two or three of them (一、本年新收… over the three label columns of 表三) copies as
    // its text and blanks, which are no figures. Only a web page's rows, split at spaces, differ. Where a
    // row has a figure in a column other rows' labels take, its figures begin there all the same.
    const sheet = out.every((r) => r.length === out[0].length)
    const firstFigure = (r: string[]): number => {
      const i = r.findIndex(isFigure)
      return i < 0 ? r.length : i
    }
    let from = out.map((r, i) => Math.min(sheet || starts[i] <= 0 ? widest : starts[i], firstFigure(r)))
    // One row of a sheet shows no other row's labels: its blanks past the row pasted into tell them.
    while (sheet && out[0].length - from[0] > width && out.every((r, i) => r[from[i]] === ''))
      from = from.map((f) => f + 1)
    columns = Math.max(...from)
    rowLabels = out.map(
      (r, i) =>
        r
          .slice(0, from[i])
          .filter((t) => t !== '')
          .join(' ') || wrapped[i]
    )
    out = out.map((r, i) => r.slice(from[i]))
  }
  return { block: out, rows, columns, rowLabels }
}

// A row label as compared with the table's: without its numbering (（一）, 1.), its note in brackets, spaces
// and the width of its ASCII.
const labelCore = (text: string): string =>
  nameKey(text)
    .replace(/^(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|\d+[.．、])/u, '')
    .replace(/[(（][^()（）]*[)）]$/u, '')

/**
 * Whether a row's label, copied with its figures, names the row they landed on (one label may hold the
 * other, as a copy abbreviates): false when a row of another layout (2019's 规范性文件 under 2021's 行政规范性
 * 文件 is fine; its 其他对外管理服务事项 under 行政处罚 is not) put its figures in this one.
 */
export function sameRow(copied: string, row: string): boolean {
  const [a, b] = [labelCore(copied), labelCore(row)]
  // worded a little otherwise (需另行制作 for 需要另行制作), as copies and the 2019 format have it
  return a === '' || a.includes(b) || b.includes(a) || dice(a, b) >= 0.7
}

/** The row of the table a copied label names, if any (not merely a number, （三）, which names none). */
export function namedRow(copied: string, table: TableDecl): string | undefined {
  if (labelCore(copied) === '') return undefined
  return [...new Set(table.cells.map((c) => c.rowLabel))].find((row) => sameRow(copied, row))
}

/**
 * Whether rows of the table are named on lines of their own, among the block's figures: a table copied one
 * cell a line (as a PDF viewer selects one, or a page printing each cell as a line gives it: 规章 / 0 / 0 /
 * 0 / 规范性文件 / …), or each row's label over its figures. No row keeps its label there, and the block,
 * one column of figures or rows under lines of words, would go down from the focused cell by position: each
 * row's figures into other rows. A heading of the table (总计, 其他) names a column, as one copied over its
 * figures does. Labels in the traditional script (規章, as a site converting its pages prints them) count.
 */
export function namesRowsApart(block: string[][], table: TableDecl): boolean {
  const { headings } = namesOf(table)
  const names = (r: string[]): boolean => {
    const label = r.filter((t) => t !== '').join('')
    return wordsOnly(r) && !headings.has(nameKey(label)) && rowNamed(label, table) !== undefined
  }
  return block.some((r) => r.some(isFigure)) && block.some(names)
}

/**
 * Whether the block is a table of one row of figures (表四) copied one cell a line: a column of figures under
 * lines of the table's own headings (行政复议 / 结果维持 / …). Down the column only its first figure has a
 * cell; a figure with its column's heading alone (结果维持 / 3) is no such table.
 */
export function headsOneRow(block: string[][], table: TableDecl): boolean {
  const { headings } = namesOf(table)
  const oneRow = table.grid.filter((row) => row.some((c) => c.kind === 'value')).length === 1
  const heading = (r: string[]): boolean => wordsOnly(r) && headings.has(nameKey(r.join('')))
  return (
    oneRow &&
    block.every((r) => r.length <= 1) &&
    block.filter((r) => r.some(isFigure)).length > 1 &&
    block.some(heading)
  )
}

/**
 * The row a line of words alone names: the row's label as printed or worded a little otherwise (规范性文件,
 * 規章), or the whole of it within (（三）不予公开 1.属于国家秘密) — not a piece of it, as namedRow takes,
 * which a label's own line is not: 其他 is no 其他对外管理服务事项, 本年新 (a wrapped heading) no
 * 一、本年新收政府信息公开申请数量, and 其他处理 no 3.其他.
 */
function rowNamed(copied: string, table: TableDecl): string | undefined {
  const a = labelCore(toSimplified(copied))
  if (a === '') return undefined
  return [...new Set(table.cells.map((c) => c.rowLabel))].find((row) => {
    const b = labelCore(row)
    return a === b || (b.length >= 3 && a.includes(b)) || dice(a, b) >= 0.7
  })
}

/** Figures that a reading by label could not place, with the label above them ('' before any). */
export interface UnreadRow {
  label: string
  figures: string[]
  /** The row of the table the label names, and how many cells it has, where it names one. */
  row?: string
  cells?: number
}

/**
 * Rows copied with their labels, read as the importer reads a published report's table (placedByLabel),
 * with the figures it left unread: each run of them under the label it follows. A placeholder no row took
 * (the dashes some sites print after each row, or under a heading) is filler, not a figure left over.
 */
export function readByLabel(
  text: string,
  table: TableDecl
): { texts: Map<string, string>; notes: string[]; unread: UnreadRow[] } {
  const lines = indexLines(textLines(joinQuotedCells(text)))
  const read = readTable(table, lines, 0, lines.length)
  const lineOf = (loc: { line: number } | object): number => ('line' in loc ? loc.line : -1)
  const readLines = new Set(Object.values(read.trace).map((t) => lineOf(t.loc)))
  const unread: UnreadRow[] = []
  let label = ''
  let open: UnreadRow | undefined
  for (const l of lines) {
    const words = l.pieces.filter((p) => !p.value).map((p) => p.text)
    if (words.length) {
      label = words.join('')
      open = undefined
    }
    const left = readLines.has(lineOf(l.loc))
      ? []
      : l.pieces.filter((p) => p.value && !isPlaceholder(p.text.trim())).map((p) => p.text)
    if (!left.length) continue
    if (!open) {
      const row = rowNamed(label, table)
      open = {
        label,
        figures: [],
        ...(row !== undefined && { row, cells: table.cells.filter((c) => c.rowLabel === row).length })
      }
      unread.push(open)
    }
    open.figures.push(...left)
  }
  const texts = new Map(Object.entries(read.trace).map(([key, t]) => [key, t.text.trim()]))
  // What the reading took upon itself for cells it wrote: figures placed by their columns (a notice), a
  // group's one row of zeros spread over its items (the cells it names). Advice on how the published
  // report prints its table (a label worded otherwise, a unit in a cell) is for the importer, not here.
  const notes = read.problems
    .filter((p) => p.level === 'notice' || (p.level === 'warning' && p.cells && !p.finding))
    .map((p) => p.message)
  return { texts, notes, unread }
}

/**
 * Rows copied with their labels, each read into the row its label names, as the importer reads a published
 * report's table: labels wrapped over lines, a group printed as one row (洪泽's （六）其他处理, 0 in each of
 * its items), a row whose blank cells the text lost. `texts` holds each cell's text by key, '' for a blank
 * of the copy; `notes` what the reading assumed, to be said. Undefined unless every line of figures is
 * read, whole, into a row: then nothing tells where the rest belong.
 */
export function placedByLabel(
  text: string,
  table: TableDecl
): { texts: Map<string, string>; notes: string[] } | undefined {
  const { texts, notes, unread } = readByLabel(text, table)
  if (!texts.size || unread.length) return undefined
  return { texts, notes }
}

/**
 * The row of the table a label copied with its figures names, only where no other row is as likely: the
 * row of the same words first (3.其他, not 2.其他法律行政法规禁止公开, which holds them), else the one row
 * the label is worded as (规范性文件 for 行政规范性文件; （三）不予公开 1.属于国家秘密).
 */
function ownRow(copied: string, rows: readonly string[]): string | undefined {
  const core = labelCore(toSimplified(copied))
  if (core === '') return undefined
  const same = rows.filter((row) => labelCore(row) === core)
  const likely = same.length ? same : rows.filter((row) => sameRow(toSimplified(copied), row))
  return likely.length === 1 ? likely[0] : undefined
}

/**
 * Rows copied each with its label, in an order other than the table's (last year's 2019-format 表二 from a
 * sheet of its own, 行政处罚 above 行政许可), each put in the row its label names. The importer's reading,
 * tried first, goes down the table in its order and leaves such rows unread. Only where every row names a
 * row of its own, and fills it whole (its blanks written as blanks, as a sheet keeps their place): a row
 * short of figures or over, or two naming one row, tells no cell for certain. As placedByLabel, with
 * nothing taken upon itself to say.
 */
export function placedByOwnLabels(
  block: readonly (readonly string[])[],
  rowLabels: readonly string[],
  table: TableDecl
): { texts: Map<string, string>; notes: string[] } | undefined {
  if (!block.length || rowLabels.length !== block.length) return undefined
  const rows = [...new Set(table.cells.map((c) => c.rowLabel))]
  const texts = new Map<string, string>()
  const taken = new Set<string>()
  for (const [i, figures] of block.entries()) {
    const row = ownRow(rowLabels[i], rows)
    if (row === undefined || taken.has(row)) return undefined
    taken.add(row)
    const keys = table.cells.filter((c) => c.rowLabel === row).map((c) => c.key)
    // A heading merged over two columns (2019's 本年增/减 of 行政事业性收费) copies as its figure and a blank.
    const kept = [...figures]
    while (kept.length > keys.length && kept[kept.length - 1] === '') kept.pop()
    if (kept.length !== keys.length) return undefined
    keys.forEach((key, j) => texts.set(key, kept[j]))
  }
  return { texts, notes: [] }
}
